"""General rules of segmentation, each on a small page of new text."""

from __future__ import annotations

from pathlib import Path

import pytest

from hnreader.corpus.model import ArticleKind
from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import squash, squeeze_names, starts_mid_sentence, tidy_marks
from hnreader.corpus.segment import segment_page
from hnreader.corpus.segment.column_headlines import Zone, assign_headlines
from hnreader.corpus.segment.column_pages import _verb_left_for_next_line
from hnreader.corpus.segment.continuation import Start, frame_lead, opening_odds, start_of
from hnreader.corpus.segment.draft import Draft, Para
from hnreader.corpus.segment.headlines import split_roles
from hnreader.corpus.segment.joins import join_evidence, magnitude_takes_unit
from hnreader.corpus.segment.kinds import ExtraKind, Opener
from hnreader.corpus.segment.lines import Line, byline_apart, take_boxes
from hnreader.corpus.segment.paragraph_pages import _headline_like
from hnreader.corpus.segment.patterns import credit_match, is_byline
from hnreader.corpus.segment.roles import article_kind, take_labels

LEAD = "今天，全市首批智慧农业示范基地正式挂牌，覆盖水稻、柑橘、茶叶等主导产业。"
MORE = "据介绍，示范基地将推广水肥一体化和无人机植保，带动周边农户增收。"


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def read_set_page(name: str, number: str):
    """Page ``number`` of the read development set ``name``, segmented."""
    path = next((Path(__file__).parent / name / "pages").glob(f"{number}_*.txt"))
    return parse(path.read_text(encoding="utf-8"), path.name)


def page_of(lines: list[str]):
    """A page of the given printed lines, a blank line between each (as both
    layouts come out of the extraction)."""
    return parse("\n\n".join(lines) + "\n")


def bus_report(day: str, reporter: str) -> list[str]:
    """A short dated report, title first: the story printed after another."""
    return [
        "长沙新开通3条公交微循环线路",
        f"湖南日报{day}讯（记者 {reporter}）今天起，长沙新开通3条公交微循环线路，方便周边居民就近换乘地铁。",
        "据介绍，新线路全部采用新能源车辆，高峰时段发车间隔不超过10分钟。",
    ]


def stories(page):
    return [a for a in page.articles if a.kind != "photo"]


@pytest.mark.parametrize(
    "text",
    [
        "湖南日报·华声在线记者 周小安",
        "湖南日报·新湖南客户端记者 钱多多 通讯员 孙一 报道",
        "文丨李清照",
        "编者",
        "记者 王立 通讯员 赵平",
        "长沙市开福区 读者 周小安",
        "株洲 读者 钱多多",
        "株洲市芦淞区建设街道 读者 钱多多",
        "怀化市溆浦县龙潭镇 读者 向小荷",
        "文/图 周小安",
        "新华社记者 王立",
        "省肿瘤医院放疗科副主任医师 周小安",
        "中南大学商学院教授 钱多多",
        "周小安（湖南师范大学马克思主义学院）",
        "省委党校 桑明川",
        "湖南师范大学 苗远山",
        "钱多多 孙一（中共湖南省委党校）",
        "湖南农业大学 苗远山 钱多多",
    ],
)
def test_bylines_of_other_desks_and_years(text):
    assert is_byline(text)


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("宁乡市 邓秋禾", True),
        ("长沙市天心区 柳如烟", True),
        ("长沙县 黄兴镇", False),
        ("岳阳市 华容县", False),
        # (a county-level city or county as the press names it, without 市 or 县)
        ("汨罗 谢春江", True),
        ("澧县 覃晓岚", True),
        ("凤凰 古城", False),
    ],
)
def test_a_reader_signs_with_the_town_alone_and_two_places_are_no_signature(text, signed):
    assert is_byline(text) is signed


@pytest.mark.parametrize(
    ("text", "name"), [("欧阳晓雯", True), ("司马南", True), ("欧阳晓雯 王立", True)]
)
def test_a_two_character_surname_makes_a_bare_name(text, name):
    from hnreader.corpus.segment.patterns import is_name_line

    assert is_name_line(text) is name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("喻青", True),
        ("粟明远", True),
        ("谌小禾 聂远", True),
        ("郁远航", True),
        ("隋远山 阎立新", True),
        ("言清远", True),
        ("章明川", True),
        ("凌远舟", True),
        ("桑明川 苗远山", True),
        ("凌晨", False),
        ("宁静的", False),
        ("岳阳港", False),
        ("季度末", False),
        ("洪水", False),
        ("章程", False),
        ("言论", False),
        ("施工", False),
        ("费减免", False),
    ],
)
def test_surnames_further_down_the_list_make_bare_names_and_everyday_words_do_not(text, name):
    from hnreader.corpus.segment.patterns import is_name_line

    assert is_name_line(text) is name


@pytest.mark.parametrize("text", ["一路福星", "鱼跃龙门", "万紫千红"])
def test_a_set_phrase_of_four_characters_is_no_bare_name(text):
    """jieba's dictionary holds some four-character phrases as names; a name of
    four characters has a surname of two."""
    from hnreader.corpus.segment.patterns import is_name_line

    assert not is_name_line(text)


@pytest.mark.parametrize("text", ["热心读者来信说", "广大读者朋友们"])
def test_a_line_naming_readers_is_no_signature(text):
    assert not is_byline(text)


def test_a_parallel_opening_is_no_fragment():
    assert not starts_mid_sentence("稳，是前提。发展要稳字当头。")
    assert starts_mid_sentence("务。全市各地积极行动。")


def test_a_dateline_broken_across_lines_is_read_whole():
    page = parse(
        "智慧农业示范基地挂牌\n\n湖南日报 6 月 3\n\n日讯（全媒体记者 周明 通讯员\n\n"
        f"李华）{LEAD}\n\n{MORE}\n"
    )
    (art,) = stories(page)
    assert art.dateline.replace(" ", "") == "湖南日报6月3日讯（全媒体记者周明通讯员李华）"
    assert art.paragraphs[0] == LEAD


def test_a_credit_is_not_joined_to_the_dateline_below_it():
    page = parse(
        "稻田里的无人机\n\n"
        "6月2日，益阳市赫山区，农技人员操作无人机为稻田喷施叶面肥。 湖南日报记者 陈青 摄\n\n"
        "智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.byline.replace(" ", "") == "湖南日报记者陈青摄"
    assert photo.title == "稻田里的无人机"
    (art,) = stories(page)
    assert art.title == "智慧农业示范基地挂牌"


def test_captions_under_a_group_credit_are_one_photo_item():
    page = parse(
        "田间新农人\n\n"
        "6月1日，浏阳市一家农场，返乡青年在调试智能灌溉设备。\n\n"
        "6月2日，宁乡市一处育秧工厂，工人在搬运秧盘。\n\n"
        "以上图片均由 湖南日报全媒体记者 吴凡 摄\n\n"
        "智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    (photo,) = photos
    assert photo.title == "田间新农人" and photo.byline.startswith("以上图片均由")
    assert [p[:5] for p in photo.paragraphs] == ["6月1日，", "6月2日，"]
    assert len(stories(page)) == 1


def test_a_short_label_over_a_signed_piece_is_its_column():
    body = (
        "乡村振兴，人才是关键。近年来，不少年轻人回到家乡，把新技术带进田间地头。\n\n"
        "留住人才，既要有事业平台，也要有生活保障，让返乡者安心扎根。\n"
    )
    page = parse(f"乡野漫笔\n\n让返乡青年留得住\n\n欧阳青\n\n{body}")
    (art,) = stories(page)
    assert (art.column, art.title, art.byline) == ("乡野漫笔", "让返乡青年留得住", "欧阳青")
    assert art.kind == "commentary"


@pytest.mark.parametrize("label", ["短评", "快评"])
def test_a_two_character_column_on_the_title_line_of_a_signed_piece_is_its_column(label):
    body = (
        "乡村振兴，人才是关键。近年来，不少年轻人回到家乡，把新技术带进田间地头。\n\n"
        "留住人才，既要有事业平台，也要有生活保障，让返乡者安心扎根。\n"
    )
    page = parse(f"{label} 让返乡青年留得住\n\n欧阳青\n\n{body}")
    (art,) = stories(page)
    assert (art.column, art.kicker, art.title) == (label, "", "让返乡青年留得住")


def test_section_names_at_the_pages_top_over_a_label_are_furniture_and_the_label_the_column():
    body = (
        "乡村振兴，人才是关键。近年来，不少年轻人回到家乡，把新技术带进田间地头。\n\n"
        "留住人才，既要有事业平台，也要有生活保障，让返乡者安心扎根。\n"
    )
    page = parse(f"评论\n\n理论\n\n湘水时评\n\n让返乡青年留得住\n\n欧阳青\n\n{body}")
    (art,) = stories(page)
    assert (art.column, art.kicker, art.title) == ("湘水时评", "", "让返乡青年留得住")
    assert {"评论", "理论"} <= set(page.extras)


def test_two_framed_short_words_are_a_box():
    page = parse(
        "今日\n\n关注\n\n智慧农业示范基地挂牌\n\n"
        f"湖南日报6月3日讯（全媒体记者 周明）{LEAD}\n\n{MORE}\n"
    )
    assert (ExtraKind.BOX, "今日关注") in set(zip(page.extra_kinds, page.extras, strict=True))
    (art,) = stories(page)
    assert art.title == "智慧农业示范基地挂牌"


def column_page(*blocks: str) -> str:
    """A column-broken page: one printed column line a text line, a blank between."""
    return "\n\n".join(line for block in blocks for line in block.split("\n")) + "\n"


COLUMN_BODY = (
    "湖南日报5月9日讯（全媒体记者 易小川）\n"
    "今天，全省水利建设现场推进会在益阳\n"
    "召开。会议要求，各地要抢抓汛前关键\n"
    "期，加快堤防加固和灌区改造进度。\n"
    "据介绍，今年全省安排水利投资一百二\n"
    "十亿元，重点推进洞庭湖区堤防建设。"
)
#: A dated report whose headline is printed after its body, as column pages
#: print it: the page a test's piece follows.
COLUMN_REPORT = COLUMN_BODY + "\n全省水利建设现场推进会召开"
#: The same report under its headline, as most stories are printed.
TITLED_COLUMN_REPORT = "全省水利建设现场推进会召开\n" + COLUMN_BODY


def test_a_headlines_last_word_alone_stays_in_its_stack():
    # Headline after its body; the title's last word wrapped onto a line.
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省水利建设现场推进会在益阳召开",
            "抢抓汛前关键期 加快堤防加",
            "固",
            "吴大成出席",
        )
    )
    (art,) = stories(page)
    assert art.kicker == "全省水利建设现场推进会在益阳召开"
    assert art.title == "抢抓汛前关键期 加快堤防加固"
    assert art.subtitle == "吴大成出席"


@pytest.mark.parametrize("addressee", ["各市州体育总会：", "各县市区人民政府："])
def test_a_notices_addressee_opens_its_text_not_its_headline(addressee):
    page = parse(
        column_page(
            COLUMN_REPORT,
            "关于开展2021年度全民健身示范村评选的通知",
            addressee,
            "为推动全民健身向农村延伸，经研究，决\n"
            "定开展2021年度全省全民健身示范村评选\n"
            "工作。请各地于9月30日前报送推荐材料。",
            "湖南省体育局",
            "2021年8月2日",
        )
    )
    notice = next(a for a in page.articles if "通知" in a.kicker + a.title)
    assert (notice.kicker, notice.title) == ("", "关于开展2021年度全民健身示范村评选的通知")
    assert notice.paragraphs[0] == addressee


def test_a_countdown_whose_count_is_on_the_next_line_is_one_box():
    page = parse(column_page("距省运会开幕还有", "15天", COLUMN_REPORT))
    assert "距省运会开幕还有15天" in page.extras
    assert [a.title for a in page.articles] == ["全省水利建设现场推进会召开"]


def observation_then_essay(title: str):
    """A column page: a report, then 记者观察 / ``title`` / text / the
    reporters' line, then an essay's column / title / bare name / text."""
    observation = (
        "每逢周末，县城的体育馆里人头攒动，\n"
        "篮球场、羽毛球馆一票难求。群众健身\n"
        "热情高涨，场地供给却跟不上，这是不\n"
        "少县城共同面临的难题。补齐场地短板，\n"
        "需要政府和社会力量一起发力。"
    )
    essay = (
        "周末带孩子去公园，看到不少老人在\n"
        "空地上打太极、跳广场舞，其乐融融。\n"
        "健身的快乐，其实就藏在身边的一块\n"
        "空地里，关键是让空地真正用起来。"
    )
    return parse(
        column_page(
            COLUMN_REPORT,
            "记者观察",
            title,
            observation,
            "湖南日报全媒体记者 秦岭 谷雨",
            "湘韵漫笔",
            "身边的一块空地",
            "柳如烟",
            essay,
        )
    )


def test_reporters_under_an_unsigned_piece_sign_it_when_the_next_stack_signs_its_own():
    # The reporters' line closes the observation, not the signed essay.
    page = observation_then_essay("让县城健身场地多起来")
    by_title = {a.title: a for a in stories(page)}
    assert by_title["让县城健身场地多起来"].byline == "湖南日报全媒体记者 秦岭 谷雨"
    assert by_title["身边的一块空地"].column == "湘韵漫笔"
    assert by_title["身边的一块空地"].byline == "柳如烟"


def test_a_quoted_title_as_wide_as_the_column_under_its_label_is_no_paragraph():
    # Quotation marks widen a title to the column's width: under a column's
    # label, over a paragraph it does not run on into, it is the title.
    page = observation_then_essay("县城健身场地何以“一票难求”")
    observation = next(a for a in stories(page) if a.column == "记者观察")
    assert observation.title == "县城健身场地何以“一票难求”"
    assert observation.paragraphs[0].startswith("每逢周末")


def test_a_name_alone_under_an_unsigned_commentary_is_its_writer():
    # (the title and label over the text, the writer's name at its foot, a
    # photo's title and caption under it)
    page = parse(
        column_page(
            COLUMN_REPORT,
            "赛场快评",
            "奖牌之外更要看成长",
            "省运会赛场上，各代表队摘金\n"
            "夺银，令人振奋。但比奖牌更值\n"
            "得珍视的，是年轻选手的成长。\n"
            "奖牌是一时的，人才培养是长\n"
            "久的。如何把苗子培养好、使用\n"
            "好，值得认真谋划。",
            "谭明",
            "赛场瞬间",
            "9月20日，省运会女子跳远决赛中，\n选手奋力一跃。 湖南日报全媒体记者 周岳 摄",
        )
    )
    comment = next(a for a in stories(page) if a.title == "奖牌之外更要看成长")
    assert (comment.column, comment.byline) == ("赛场快评", "谭明")
    assert "谭明" not in page.extras


def test_an_attendance_line_closes_its_stack_not_the_next_bodys_label():
    # A meeting's stack printed after its body, "某某出席" a blank below it,
    # and an undated body after the zone: the short line is the meeting's
    # subtitle, not that body's column label.
    meeting = Draft(kind="news", dateline="湖南日报5月9日讯（全媒体记者 易小川）")
    meeting.paras.append(
        Para("今天，全省水利建设现场推进会在益阳召开。副省长吴大成出席会议并讲话。", [1])
    )
    essay = Draft()
    essay.paras.append(Para("入夏以来，洞庭湖区的渔民把渔船停进港湾，上岸种起了莲藕。", [9]))
    heads = ["全省水利建设现场推进会在益阳召开", "抢抓汛前关键期 加快堤防加固", "吴大成出席"]
    zone = Zone([Line(3 + 2 * k, text, 1, False) for k, text in enumerate(heads)], 0, 1)
    drafts = [meeting, essay]
    assign_headlines(drafts, [zone])
    assert [[li.raw for li in part] for part in meeting.heads] == [[h] for h in heads]
    assert essay.column == ""


def test_a_bare_name_under_a_title_after_its_body_signs_that_commentary():
    # Label / title / bare name printed after a commentary's body, then the
    # next commentary signed with its own byline: the name is the first's.
    first = (
        "入冬以来，不少社区把闲置的\n"
        "活动室改成了老年食堂，老人\n"
        "花几块钱就能吃上热饭热菜。\n"
        "办好这样的小事，要算长远账，\n"
        "让好事办得久、办得好。"
    )
    second = (
        "湖南日报全媒体评论员 石凯文\n"
        "连日来，多地开展农村道路\n"
        "安全隐患排查，发现问题立\n"
        "即整改，群众出行更放心了。"
    )
    page = parse(column_page(first, "湘韵时评", "老年食堂要办得长久", "贺雨桐", second))
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["入冬以来"].title == "老年食堂要办得长久"
    assert by_first["入冬以来"].byline == "贺雨桐"
    assert by_first["连日来，"].byline == "湖南日报全媒体评论员 石凯文"


def test_a_title_under_a_column_name_under_the_last_writers_name_heads_the_next_piece():
    # Signature / a column's name of no known kind / a title as wide as the
    # narrow column: the title heads the next commentary, not its text.
    first = (
        "入冬以来，不少社区把闲置的\n"
        "活动室改成了老年食堂，老人\n"
        "花几块钱就能吃上热饭热菜。\n"
        "办好这样的小事，要算长远账，\n"
        "让好事办得久、办得好。"
    )
    second = (
        "逢年过节送礼盒，包装越做越\n"
        "精美，价格也水涨船高。一盒\n"
        "月饼装在三层盒子里，拆开后\n"
        "大半是纸板和塑料，既浪费资\n"
        "源，又加重了消费者的负担。"
    )
    page = parse(
        column_page(
            "湘韵时评",
            "老年食堂要办得长久",
            first,
            "高山青",
            "一孔之见",
            "别让过度包装抬高了价格",
            second,
            "贺雨桐",
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["入冬以来"].byline == "高山青"
    later = by_first["逢年过节"]
    assert (later.column, later.title, later.byline) == (
        "一孔之见",
        "别让过度包装抬高了价格",
        "贺雨桐",
    )


def test_a_bare_name_closing_the_page_signs_the_commentary_above_it():
    # The page's last commentary: label, title, body, and its writer's bare
    # name on the page's last line, two characters long.
    first = (
        "湖南日报全媒体评论员 石凯文\n"
        "连日来，多地开展农村道路\n"
        "安全隐患排查，发现问题立\n"
        "即整改，群众出行更放心了。"
    )
    last = (
        "入冬以来，不少社区把闲置的\n"
        "活动室改成了老年食堂，老人\n"
        "花几块钱就能吃上热饭热菜。\n"
        "办好这样的小事，要算长远账，\n"
        "让好事办得久、办得好。"
    )
    page = parse(
        column_page("农村道路要常查常新", first, "湘韵时评", "老年食堂要办得长久", last, "贺桐")
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["入冬以来"].title == "老年食堂要办得长久"
    assert by_first["入冬以来"].byline == "贺桐"
    assert "贺桐" not in page.extras


def test_a_name_tight_under_a_title_closed_by_a_quote_signs_the_commentary_above():
    # Label / title / a name set tight under it, after the commentary's body,
    # then a dated report: the name (no word jieba reads as a name) signs it.
    first = (
        "一季度，全省固定资产投资增\n"
        "长较快，项目建设热火朝天。\n"
        "投资要快，更要投得准，把钱\n"
        "花在补短板、强后劲上。"
    )
    report = (
        "湖南日报4月21日讯（记者 石青禾）今\n"
        "天，全省一季度重大项目集中开工，涵\n"
        "盖新材料、交通水利等领域。"
    )
    page = parse(column_page(first, "经济时语", "投资“快跑”更要“跑准”\n卜小川", report))
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["一季度，"].title == "投资“快跑”更要“跑准”"
    assert by_first["一季度，"].byline == "卜小川"


def test_a_headline_after_two_run_together_bodies_cuts_off_its_own():
    # A signed commentary, then an unsigned one whose title follows it:
    # nothing but a new paragraph parts their bodies.
    first = (
        "江河评说\n"
        "护好湘江清水\n"
        "湖南日报评论员 石青山\n"
        "湘江是全省人民的母亲河，护\n"
        "好湘江，就是护好发展的底色。\n"
        "治水要上下游协同，沿江各地\n"
        "要管住排污口，守住湘江清水。"
    )
    second = (
        "近来，一些城市的老旧小区\n"
        "加装电梯进展缓慢，低楼层住\n"
        "户与高楼层住户意见不一。\n"
        "加装电梯是民生实事，基层要\n"
        "多搭平台、多做协商，让加装电\n"
        "梯成为邻里和睦的纽带。"
    )
    page = parse(column_page(first, second, "晨风短评", "加装电梯要多协商"))
    by_title = {a.title: a for a in stories(page)}
    assert set(by_title) == {"护好湘江清水", "加装电梯要多协商"}
    assert by_title["加装电梯要多协商"].paragraphs[0].startswith("近来")
    assert by_title["加装电梯要多协商"].column == "晨风短评"
    assert by_title["护好湘江清水"].paragraphs[-1].endswith("守住湘江清水。")


def test_a_byline_alone_under_a_bunched_headline_signs_that_story():
    # Two stacks bunched after the first story's body; the first is signed
    # on a line of its own under its title.
    feature = (
        "清晨，浏阳河畔的花木基地里，\n"
        "工人们正忙着给苗木浇水。基\n"
        "地负责人说，今年花木订单比\n"
        "去年多了三成，销往长三角。"
    )
    news = (
        "湖南日报5月9日讯（全媒体记者 易小川）\n"
        "今天，全省水利建设现场推进会在益阳\n"
        "召开。会议要求，各地要抢抓汛前关键\n"
        "期，加快堤防加固和灌区改造进度。"
    )
    page = parse(
        column_page(
            feature,
            "浏阳花木订单多了三成",
            "湖南日报全媒体记者 龙小溪",
            "全省水利建设现场推进会召开",
            news,
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert by_title["浏阳花木订单多了三成"].byline == "湖南日报全媒体记者 龙小溪"
    assert by_title["全省水利建设现场推进会召开"].paragraphs[0].startswith("今天")


def test_a_headline_line_printed_twice_is_read_once():
    # Drawn twice for a bold effect, in a stack of three pieces.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "加快堤防加固进度",
            "加快堤防加固进度",
            "吴大成出席",
        )
    )
    (art,) = page.articles
    assert (art.kicker, art.title, art.subtitle) == (
        "全省水利建设现场推进会召开",
        "加快堤防加固进度",
        "吴大成出席",
    )


@pytest.mark.parametrize(
    "strip",
    [
        "2019年4月2日\n星期二\n03\n综合\n责任编辑 白露",
        "责任编辑 白露\n综合\n03",
        "星期二\n03",
    ],
)
def test_an_inner_pages_header_strip_is_no_story(strip):
    page = parse(column_page(strip, COLUMN_BODY, "全省水利建设现场推进会召开"))
    (art,) = page.articles
    assert art.title == "全省水利建设现场推进会召开"
    assert "".join(strip.split()) in "".join(page.extras).replace(" ", "")


def test_a_lone_date_line_is_no_header_strip():
    # One piece of a strip's shape next to a short word proves nothing.
    raw = ["据悉，首批工程开工定在", "5月20日", "开工", "洞庭湖区堤防先行。"]
    lines = [Line(k + 1, text, 1, False) for k, text in enumerate(raw)]
    kept, boxes = take_boxes(lines)
    assert (kept, boxes) == (lines, [])


def test_a_photo_title_whose_words_are_the_captions_heads_the_photo():
    # Set a few blank lines above its caption, and longer than most.
    caption = "5月8日，桃源县茶庵铺镇，采茶工在茶园里忙着采摘夏茶。 湖南日报全媒体记者 邓小山 摄"
    page = parse(
        "桃源茶庵铺夏茶采摘忙\n\n\n\n"
        + caption
        + "\n\n"
        + column_page(COLUMN_BODY, "抢抓汛前关键期")
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "桃源茶庵铺夏茶采摘忙"
    assert [a.title for a in stories(page)] == ["抢抓汛前关键期"]


def test_a_jump_marker_goes_with_the_story_whose_paragraph_it_cuts():
    # The cut paragraph belongs to the first story (its tail sent back by
    # the paragraph assignment); the marker is printed under the second story's dateline.
    a1 = "湖南日报6月3日讯（全媒体记者 周明）今天，全省防汛救灾工作会议召开，要求确保受灾地区学校9"
    a2 = "会议强调，要及时落实受灾群众过渡期生活救助，抓好受灾地区农业生产自救，补种，同"
    b1 = "湖南日报6月3日讯（全媒体记者 王立）今天，湘赣两省在长沙签署区域合作框架协议。"
    b2 = "与会人员表示，湘赣边地区山水相连、人文相亲，合作基础深厚，前景广阔。"
    page = parse(
        f"抓紧恢复生产加快灾后重建\n\n{a1}\n\n湘赣两省签署区域合作框架协议\n\n{b1}\n\n"
        f"月1日如期开学。\n\n{a2}\n\n（下转2版）\n\n{b2}\n"
    )
    cut, other = stories(page)
    assert cut.paragraphs[-1].endswith("同")
    assert (cut.continued, other.continued) == ("下转2版", "")
    assert other.paragraphs[-1].startswith("与会人员表示")


def test_a_headline_printed_in_another_storys_cut_heads_its_dated_story():
    # The second story's headline falls between a paragraph of the first
    # story cut open and its rest; the second story's dateline comes later.
    a1 = "湖南日报6月3日讯（全媒体记者 周明）今天，全省首批数字乡村试点县名单公布，试点县涉及的"
    a2 = "42个数字乡村项目中，已有30个开工，其余项目将于年内全部开工。"
    a3 = "据介绍，试点县将推进农村宽带提速和智慧农业应用，带动农民增收。"
    b1 = "湖南日报6月3日讯（全媒体记者 王立）今天，省气象台发布暴雨黄色预警，预计未来两天湘西北有大到暴雨。"
    page = parse(
        f"数字乡村试点县名单公布\n\n{a1}\n\n省气象台发布暴雨黄色预警\n\n{a2}\n\n{a3}\n\n{b1}\n"
    )
    first, second = stories(page)
    assert first.title == "数字乡村试点县名单公布"
    assert first.paragraphs[0].endswith("涉及的" + a2)
    assert second.title == "省气象台发布暴雨黄色预警"
    assert second.paragraphs[0].startswith("今天，省气象台发布暴雨黄色预警")


def test_a_short_line_between_a_finished_paragraph_and_a_caption_titles_the_photo():
    # Every line set a blank apart: the title is as near the paragraph above
    # as the caption below, and shares the page's subject with the story.
    page = parse(
        column_page(
            "全省水利建设现场推进会",
            COLUMN_BODY,
            "堤防夜色",
            "5月8日晚，益阳市赫山区，施工人员在\n工地上连夜作业。",
            "                  湖南日报全媒体记者 邓小山 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "堤防夜色"
    (story,) = stories(page)
    assert story.title == "全省水利建设现场推进会"
    assert story.paragraphs[-1].endswith("重点推进洞庭湖区堤防建设。")


@pytest.mark.parametrize(
    ("head", "tail", "wanting"),
    [
        ("我省开展夏季食品安全专项检查", "守水人", False),  # closed on a verb used as a noun
        ("全省新建改建农村公路1.2万公里", "路长制", False),  # closed on its measure word
        ("让群众办事更便捷更", "舒心", True),  # an adverb wants its verb
    ],
)
def test_a_headline_line_closed_on_a_noun_wants_no_word_under_it(head, tail, wanting):
    from hnreader.corpus.segment.column_headlines import _left_wanting

    assert _left_wanting(head, tail) is wanting


def test_a_piece_signed_with_a_bare_name_is_commentary():
    body = (
        "近年来，我省大力推进县域经济发展，\n一批特色产业集群加快成长，县域经济\n成为全省经济增长的重要支撑。\n"
        "发展县域经济，关键在产业。各地要\n立足资源禀赋，培育壮大主导产业，\n让县域经济活力充分迸发。"
    )
    page = parse(
        column_page("让县域经济活力迸发", "周小安", body, COLUMN_BODY, "全省水利建设现场推进会召开")
    )
    signed = next(a for a in page.articles if a.byline == "周小安")
    assert signed.kind == "commentary"


def test_a_short_line_over_a_reporters_byline_is_its_title_not_a_column():
    body = (
        "清晨6点，天刚蒙蒙亮，涟源市一座小型\n水库的管理员已经走上了大坝。他拿\n着手电筒，沿着坝顶一路检查。\n"
        "今年58岁的他，已经守了这座水库20\n多年。他的水位记录本上，密密麻麻\n记着每天的水位和放水量。"
    )
    page = parse(
        column_page(
            "守水人",
            "湖南日报全媒体记者",
            "曾瑞 通讯员 刘伟",
            body,
            COLUMN_REPORT,
        )
    )
    keeper = next(a for a in page.articles if "水位记录本" in "".join(a.paragraphs))
    assert (keeper.column, keeper.title) == ("", "守水人")


def test_the_rest_of_a_stack_over_a_dateline_cuts_no_other_body_that_shares_its_words():
    # A report's title and subtitle over its dateline at the page's top; a
    # commentary whose last paragraph echoes the subtitle, its own title
    # printed after it: the subtitle is the report's, the commentary whole.
    report = Draft(kind="news", dateline="湖南日报7月9日讯（记者 周立新）")
    report.paras.append(Para("今天，省政府常务会议研究部署洞庭湖生态保护工作。", [5]))
    essay = Draft()
    for no, text in enumerate(
        [
            "日前，我省在洞庭湖区推行湖长负责制，每一片水域都有了明确的责任人。",
            "制度的生命力在于执行，湖长不能只挂名不巡湖，要定期公开水质数据。",
            "一湖清水映蓝天，是湖区百姓的心愿，守护清水蓝天要靠每一位湖长。",
        ]
    ):
        essay.paras.append(Para(text, [9 + 2 * no]))
    top = Zone(
        [
            Line(1, "省政府常务会议研究部署洞庭湖生态保护工作", 1, False),
            Line(3, "守护一湖清水 映照湖区蓝天", 1, False),
        ],
        -1,
        0,
    )
    after = Zone(
        [Line(15, "洞庭时论", 1, False), Line(17, "湖长不能只挂名不巡湖", 1, False)], 1, -1
    )
    drafts = [report, essay]
    assign_headlines(drafts, [top, after])
    assert [li.raw for part in report.heads for li in part] == [
        "省政府常务会议研究部署洞庭湖生态保护工作",
        "守护一湖清水 映照湖区蓝天",
    ]
    assert len(drafts) == 2 and len(essay.paras) == 3


class _Scores:
    """Headline evidence given outright: text -> body -> score."""

    def __init__(self, table: dict[str, dict[int, float]]) -> None:
        self.table = table

    def of(self, text: str) -> dict[int, float]:
        return self.table.get(text, {})


@pytest.mark.parametrize(
    ("first", "sheds"),
    [("第二届湘非农业合作论坛筹备工作就绪", True), ("省长在全省农业工作会议上强调", False)],
)
def test_a_long_stacks_last_line_that_speaks_of_a_headless_body_is_its_title(first, sheds):
    from hnreader.corpus.segment.column_headlines import Part, Stack, _last_line_to_headless
    from hnreader.corpus.segment.kinds import ZonePart

    texts = [first, "三十余个非洲国家确认参会", "让合作的路子越走越宽"]
    read = [[Part(ZonePart.HEAD, [Line(1 + 2 * k, t, 1, False)]) for k, t in enumerate(texts)]]
    # (the commentary, body 1, shares a little more with the last line than
    # the report, body 0, does: as weakly as a commentary's title does)
    scores = _Scores({texts[0]: {0: 0.97}, texts[1]: {0: 0.73}, texts[2]: {0: 0.11, 1: 0.14}})
    zones = [Zone([part.lines[0] for part in read[0]], 0, -1)]
    stacks = _last_line_to_headless(zones, read, scores, [0, 1], [Stack(0, 0, 2, 0, 1.8)])
    got = [(s.first, s.last, s.body) for s in stacks]
    # (under a speaker's line, the lines below are what was said)
    assert got == ([(0, 1, 0), (2, 2, 1)] if sheds else [(0, 2, 0)])


def test_a_section_name_at_a_pages_top_is_furniture_not_the_first_storys_kicker():
    page = parse(
        "体育\n\n"
        "第七届湖南省运动会开幕\n\n"
        "3000余名运动员参加45个大项角逐\n\n"
        "湖南日报8月9日讯（全媒体记者 彭湘 通讯员 罗文）今晚，第七届湖南省运动会"
        "在衡阳开幕，全省14个市州的3000余名运动员将参加45个大项的角逐。\n\n"
        "本届省运会首次设置群众组比赛，共有1200余名业余选手报名参赛。\n",
        "2026-08-10_p7.txt",
    )
    (games,) = page.articles
    headline = games.kicker + games.title + games.subtitle
    assert headline == "第七届湖南省运动会开幕3000余名运动员参加45个大项角逐"
    assert "体育" in page.extras


def test_a_features_first_crosshead_right_under_its_byline_is_a_section_head():
    page = parse(
        "湘绣小镇的“新针法”\n\n"
        "湖南日报全媒体记者 罗青 通讯员 胡丝\n\n"
        "老手艺有了新买家\n\n"
        "初夏的沙坪，绣坊里一片安静，几十名绣娘低头穿针引线，绣架上的猛虎已经有了神采。\n\n"
        "绣坊负责人说，这两年通过直播卖绣品，订单排到了年底，最远卖到了北欧。\n\n"
        "年轻人回来了\n\n"
        "27岁的刘晓琴大学毕业后回到小镇，跟着母亲学刺绣，如今已能独立完成双面绣。\n",
        "2024-06-05_p8.txt",
    )
    (feature,) = page.articles
    assert feature.paragraphs[0] == "老手艺有了新买家"
    assert feature.subheads == ("老手艺有了新买家", "年轻人回来了")


def test_a_headline_quoting_a_code_prompt_is_no_box():
    page = parse(
        "长沙地铁全线网推行刷码乘车 进站可以“扫一扫”了\n\n"
        "湖南日报3月2日讯（全媒体记者 何五）今天起，长沙地铁全线网车站支持手机刷码进站，"
        "乘客打开应用程序即可乘车。\n\n"
        "据介绍，刷码乘车支持先乘车后付费，票价与现金购票一致。\n",
        "2024-03-03_p5.txt",
    )
    (metro,) = page.articles
    headline = metro.kicker + metro.title + metro.subtitle
    assert headline.replace(" ", "") == "长沙地铁全线网推行刷码乘车进站可以“扫一扫”了"
    assert not page.extras


def test_a_paragraph_with_one_line_cut_short_at_a_figure_stays_in_its_story():
    # The second paragraph's third line stops short before its unit (…1300 万 /
    # 立方米): its first line, indented under full lines, is no headline.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "益阳南洞庭湖区堤防加固工程是全省",
            "投资最大的水利项目之一，开工以来累计",
            "完成土石方和混凝土浇筑1300 万",
            "立方米。今年汛前将完成主体工程，届时",
            "沿湖群众的防洪安全将得到有效保障。",
        )
    )
    (story,) = stories(page)
    assert story.title == "全省水利建设现场推进会召开"
    assert "益阳南洞庭湖区堤防加固工程是全省投资最大" in story.paragraphs[-1]


def test_a_features_crossheads_quoting_sayings_are_its_sections_not_new_stories():
    # Two paragraphs in, the first crosshead quotes a saying (its comma inside
    # the marks); another follows: the feature runs in sections.
    page = parse(
        "山里的巡回法庭\n\n"
        "湖南日报全媒体记者 罗青 通讯员 胡丝\n\n"
        "清晨的桂东山区，雾还没有散，法官周明已经背着国徽出发了。\n\n"
        "这是他今年第四十次巡回办案，要去的村子离县城有八十多公里。\n\n"
        "“群众的事，要用群众的话说”\n\n"
        "村部的会议室里，双方当事人各执一词，周明先请他们喝口茶，再一条条讲政策。\n\n"
        "调解不到一个小时，两家人就握手言和，在调解书上签了字。\n\n"
        "“官司了了，心结也要解开”\n\n"
        "周明说，判决只能定分止争，真正让人服气的，是把道理讲到心坎上。\n",
        "2024-06-05_p8.txt",
    )
    (feature,) = page.articles
    assert feature.title == "山里的巡回法庭"
    assert feature.subheads == ("“群众的事，要用群众的话说”", "“官司了了，心结也要解开”")


def test_a_captions_second_sentence_over_its_credit_stays_with_the_photo():
    page = parse(
        column_page(
            "全省水利建设现场推进会",
            COLUMN_BODY,
            "堤防夜色",
            # (a caption set wider than the column, its last sentence a line of its own)
            "5月8日晚，益阳市赫山区南洞庭湖大堤上，施工人员在工地上连夜作业。",
            "汛期临近，全市堤防加固进入冲刺。",
            "                  湖南日报全媒体记者 邓小山 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.paragraphs[-1].endswith("全市堤防加固进入冲刺。")
    assert photo.byline.replace(" ", "") == "湖南日报全媒体记者邓小山摄"
    (story,) = stories(page)
    assert story.paragraphs[-1].endswith("重点推进洞庭湖区堤防建设。")


def test_the_second_phrase_of_a_couplet_title_on_its_own_line_is_no_column_label():
    page = parse(
        column_page("全省水利建设现场推进会召开", "抢抓汛前工期", "筑牢安澜防线", COLUMN_BODY)
    )
    (story,) = stories(page)
    assert (story.kicker, story.title, story.subtitle) == (
        "全省水利建设现场推进会召开",
        "抢抓汛前工期 筑牢安澜防线",
        "",
    )
    assert story.column == ""


def test_a_short_line_stating_the_provinces_news_is_a_kicker_not_a_column_label():
    from hnreader.corpus.segment.column_headlines import read_zone
    from hnreader.corpus.segment.kinds import ZonePart

    # (its words in no story, as a column's name: still the province doing something)
    zone = Zone(
        [Line(5, "我省出台方案", 1, False), Line(7, "推进乡镇卫生院提质升级", 1, False)], 0, 1
    )
    parts = read_zone(zone, lambda text: True)
    assert [p.kind for p in parts] == [ZonePart.HEAD, ZonePart.HEAD]


def test_a_body_under_its_own_stack_is_not_cut_for_a_story_its_first_lines_name():
    # A commentary printed under its label and title opens on the feature it
    # comments on: the feature's title names its first paragraph, but the
    # stack right over the body heads it from its first line; no second story
    # ran together there.
    feature = Draft(kind="feature", byline="湖南日报全媒体记者 易小川")
    feature.starts_with = Opener.BYLINE
    for no, text in enumerate(
        [
            "清晨六点，株洲市体育中心的跑道上已经有了脚步声，十九岁的龙小雨一圈一圈地练。",
            "小学四年级时，体育老师发现她跑得快，把她带进了学校田径队。",
        ]
    ):
        feature.paras.append(Para(text, [5 + 2 * no]))
    comment = Draft(kind="commentary", byline="石凯文")
    comment.starts_with = Opener.BYLINE
    for no, text in enumerate(
        [
            "从湘江岸边的农家女儿，到国家赛场上的亚军，龙小雨跑出的是一个乡村孩子的梦想。",
            "可是，还有多少有天赋的孩子，因为没有运动场、没有老师，早早离开了赛道？",
            "让更多孩子走进运动场，先要让孩子有地方运动，让乡村学校有体育老师。",
        ]
    ):
        comment.paras.append(Para(text, [21 + 2 * no]))
    feature_zone = Zone(
        [
            Line(1, "从湘江岸边跑向国家赛场", 1, False),
            Line(3, "——记株洲市田径运动员龙小雨", 1, False),
        ],
        -1,
        0,
    )
    comment_zone = Zone(
        [Line(15, "体坛快评", 1, False), Line(17, "让更多孩子走进运动场", 1, False)], 0, 1
    )
    drafts = [feature, comment]
    assign_headlines(drafts, [feature_zone, comment_zone])
    assert len(drafts) == 2
    assert comment.column == "体坛快评"
    assert ["".join(line.raw for line in head) for head in comment.heads] == [
        "让更多孩子走进运动场"
    ]
    assert len(comment.paras) == 3


def test_a_headline_line_that_speaks_of_its_own_body_raises_no_claim_on_another():
    # (one of a report's headline lines names another report more, but speaks
    # of its own too: it is its own stack's, and no body is cut for it)
    from hnreader.corpus.segment.column_headlines import Affinity, Part, Stack, _misplaced
    from hnreader.corpus.segment.kinds import ZonePart

    flood = Draft(kind="news", dateline="湖南日报7月4日讯（记者 易小川）")
    flood.paras.append(
        Para("东洞庭湖区各蓄洪垸今天逐垸落实转移预案，做好分蓄洪准备，确保群众安全。", [9])
    )
    rivers = Draft(kind="news", dateline="湖南日报7月4日讯（记者 龙小溪）")
    rivers.paras.append(
        Para("四水干流水位总体平稳。省水利厅派出专家组，赴东洞庭湖区督导分蓄洪准备工作。", [21])
    )
    affinity = Affinity([flood, rivers], [0, 1])
    mine, other = "专家组督导分蓄洪准备", "水利厅专家组督导蓄洪垸"
    assert affinity.of(mine)[1] > affinity.of(mine)[0] >= 0.1
    assert affinity.of(other)[1] > 0.1 > affinity.of(other)[0]
    for text, claims in ((mine, 0), (other, 1)):
        parts = [
            Part(ZonePart.HEAD, [Line(1, text, 1, False)]),
            Part(ZonePart.HEAD, [Line(3, "各蓄洪垸逐垸落实转移预案", 1, False)]),
        ]
        stacks = [Stack(0, 0, 1, 0, 1.0), Stack(1, 0, 0, 1, 1.0)]
        read = [parts, [Part(ZonePart.HEAD, [Line(15, "四水干流水位总体平稳", 1, False)])]]
        assert len(_misplaced(read, affinity, stacks)) == claims


def test_a_title_over_the_papers_unnamed_writer_keeps_its_commentary():
    # A report's kicker and title over its dateline at the page's top speak
    # the commentary's words; the commentary's own title, signed 湖南日报评论员,
    # is bunched with another report's headline far from its text.
    report = Draft(kind="news", dateline="湖南日报7月9日讯（全媒体记者 易小川）")
    report.paras.append(Para("经过军民连续三天三夜奋战，资水大堤险段今天成功除险。", [5]))
    essay = Draft()
    for no, text in enumerate(
        [
            "三天三夜，军民并肩。资水大堤险段成功除险，靠的是军民连续奋战。",
            "每一位守堤的英雄，都值得我们致敬。除险之后，堤防巡查不能松。",
        ]
    ):
        essay.paras.append(Para(text, [9 + 2 * no]))
    other = Draft(kind="news", dateline="湖南日报7月9日讯（全媒体记者 龙小溪）")
    other.paras.append(Para("今天，全省水利建设现场推进会在益阳召开。", [25]))
    top = Zone(
        [
            Line(1, "军民连续奋战三天三夜", 1, False),
            Line(3, "资水大堤险段成功除险", 1, False),
        ],
        -1,
        0,
    )
    bunch = Zone(
        [
            Line(15, "致敬大堤上的英雄", 1, False),
            Line(17, "湖南日报评论员", 1, False),
            Line(19, "全省水利建设现场推进会召开", 1, False),
        ],
        1,
        2,
    )
    drafts = [report, essay, other]
    assign_headlines(drafts, [top, bunch])
    assert [li.raw for part in essay.heads for li in part] == ["致敬大堤上的英雄"]
    assert essay.byline == "湖南日报评论员"


@pytest.mark.parametrize(("names_it", "stays"), [(0.2, True), (0.0, False)])
def test_a_kicker_that_lost_a_claim_and_rejoined_its_title_cuts_no_body(names_it, stays):
    # A kicker first read alone for the words it shares with a feature's
    # last section, then, that claim lost to the feature's own stack, read
    # with the title under it over the report it names: the feature is no
    # two stories. A line that names the report no better ran on in the
    # feature, and may cut it.
    from hnreader.corpus.segment.column_headlines import Part, Stack, _joined_another_stack
    from hnreader.corpus.segment.kinds import ZonePart

    texts = ["禁渔十年倒计时", "湖区退捕渔民全部上岸"]
    read = [[Part(ZonePart.HEAD, [Line(1 + 2 * k, t, 1, False)]) for k, t in enumerate(texts)]]
    scores = _Scores({texts[0]: {0: names_it, 3: 0.3}})
    keep, rival = Stack(5, 0, 1, 3, 1.2), Stack(0, 0, 0, 3, 0.3)
    final = [Stack(0, 0, 1, 0, 1.8), keep]
    zones = [Zone([], 0, 1)]
    assert _joined_another_stack(zones, read, scores, final, keep, rival) is stays


def test_a_run_of_sections_is_never_cut_into_two_stories():
    from hnreader.corpus.segment.column_headlines import _among_sections

    paras = [
        Para("清晨，老船工已经出门。", [1]),
        Para("上岸新路", [3], subhead=True),
        Para("他当上了巡护员。", [5]),
        Para("守护一江清水", [7], subhead=True),
        Para("如今他每天巡江。", [9]),
        Para("“过去靠江吃饭。”他说。", [11]),
    ]
    assert [c for c in range(1, len(paras)) if not _among_sections(paras, c)] == [1, 5]


@pytest.mark.parametrize(
    ("tail", "apart"), [("唐志远", True), ("伍嘉禾", True), ("黄金期", False), ("高峰期", False)]
)
def test_only_a_persons_name_set_tight_under_a_title_stands_apart_from_it(tail, apart):
    from hnreader.corpus.segment.blocks import Block, _writer_tight_under

    title = Line(1, "全省春茶采摘进入", 1, False)
    block = Block([title], title.raw)
    under, text = Line(2, tail, 0, False), Line(4, "清明前后，茶山上一片繁忙。", 1, False)
    assert _writer_tight_under(block, under, text) is apart


def test_a_numbered_crosshead_read_into_a_stack_is_the_pieces_first_crosshead():
    from hnreader.corpus.segment.regroup import _numbered_crosshead_out_of_stack

    piece = Draft(kind="commentary")
    section = Line(3, "一、数字技术为传统产业打开新空间", 1, False)
    title = Line(41, "以数字技术推动传统产业转型", 1, False)
    piece.heads = [[section], [title]]
    piece.paras = [Para("当前，数字技术正由消费领域向生产领域渗透。", [5, 7])]
    _numbered_crosshead_out_of_stack([piece])
    assert piece.heads == [[title]]
    assert [(p.text, p.subhead) for p in piece.paras] == [
        ("一、数字技术为传统产业打开新空间", True),
        ("当前，数字技术正由消费领域向生产领域渗透。", False),
    ]


@pytest.mark.parametrize(
    ("line", "signs"),
    [
        ("长沙市民 李可欣", True),
        ("岳阳县村民 张三", True),
        ("株洲读者 王某", True),
        # (a headline of the same words, nothing set apart: no signature)
        ("绿道串起三市居民的周末", False),
    ],
)
def test_a_reader_signs_with_the_town_and_who_the_reader_is(line, signs):
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline(line) is signs


def test_a_code_to_join_a_discussion_and_what_it_joins_are_one_box():
    page = parse(
        "长沙老旧小区新增停车泊位3000个\n\n"
        "湖南日报5月8日讯（记者 石青禾）记者今天从长沙市住建局获悉，今年以来，"
        "长沙在老旧小区改造中新增停车泊位3000个，缓解了居民停车难。\n\n"
        "据介绍，长沙还将推动机关单位停车场夜间向周边居民错时开放。\n\n"
        "扫码参与\n\n"
        "“城市停车”话题讨论\n",
        "2016-05-09_p5.txt",
    )
    (report,) = page.articles
    assert report.title == "长沙老旧小区新增停车泊位3000个"
    assert "扫码参与“城市停车”话题讨论" in page.extras


@pytest.mark.parametrize(
    ("tail", "dangles"),
    [("发展的", True), ("经济和", True), ("并恢复土地", False), ("按照", False)],
)
def test_a_sentence_dangles_on_a_particle_alone_not_on_a_word_ending_in_its_character(
    tail, dangles
):
    from hnreader.corpus.segment.column_pages import _dangles

    assert _dangles(tail) is dangles


def paragraph_page(*lines: str) -> str:
    """A page extracted one paragraph a line, a blank between."""
    return "\n\n".join(lines) + "\n"


#: A dated report of two paragraphs under its headline, one a line: the
#: paragraph page a test's piece follows.
PARAGRAPH_REPORT = (
    "全省春季农业生产现场会召开",
    "湖南日报3月5日讯(全媒体记者 柯文)今天,全省春季农业生产现场会在常德召开,部署春耕备耕工作。",
    "会议要求,各地要抓好早稻集中育秧,确保粮食播种面积稳定。",
)


def test_a_title_printed_between_the_pieces_of_a_cut_sentence_heads_the_headless_report():
    # One paragraph a line: a report's sentence cut (…各相关单位 / 要压紧…),
    # another report's title printed in the cut, that report's dateline and
    # lead further down with no headline of its own.
    page = parse(
        paragraph_page(
            "全省森林防火部署会召开",
            "湖南日报3月12日讯(全媒体记者 郁青)今天,全省森林防火部署会在益阳举行,"
            "部署春季森林防火工作。",
            "会议指出,清明前后是森林火灾易发期,防火形势严峻。各地各相关单位",
            "全省化肥储备供应充足",
            "要压紧压实责任,加强野外用火管理,确保不发生重特大森林火灾。",
            "会议要求,要加强巡山护林和火情监测,及时发现和处置火情。",
            "湖南日报3月12日讯(全媒体记者 桂山)记者从省供销合作总社获悉,"
            "目前全省库存化肥160万吨,能够满足生产需要。",
            "▶(下转2版)",
        )
    )
    meeting, fertiliser = stories(page)
    assert [p[:4] for p in meeting.paragraphs] == ["今天，全", "会议指出", "会议要求"]
    assert meeting.paragraphs[1].endswith(
        "各地各相关单位要压紧压实责任，加强野外用火管理，确保不发生重特大森林火灾。"
    )
    assert fertiliser.title == "全省化肥储备供应充足"


def group_of_photos_after_feature(title: str) -> str:
    """A paragraph page: a feature with a crosshead, then a group of photos
    printed one paragraph a line (``title`` / captions / group credit), then
    a dated report."""
    return paragraph_page(
        "一座古桥的“新生”",
        "湖南日报全媒体记者 苗青山 通讯员 郜云",
        "初冬时节，在通道侗族自治县坪坦河畔，一座有着两百多年历史的风雨桥修缮完工，"
        "村民们又能在桥上歇脚聊天了。",
        "修旧如旧守住乡愁",
        "修缮前，县里请来文物专家反复论证，决定尽量保留原有木构件，只对朽坏部分进行替换，"
        "桥上的彩绘也按老样子重新描画。",
        "“桥修好了，村里的老人最高兴。”村支书说，风雨桥是侗寨的“客厅”，修好了桥，"
        "也就守住了大家的念想。",
        title,
        "11月28日，通道侗族自治县一处侗寨，村民在鼓楼前晾晒稻谷。",
        "侗族姑娘在风雨桥上练习侗族大歌。",
        "游客在侗寨里品尝油茶。",
        "以上图片均由湖南日报全媒体记者 甘霖 摄",
        "全省冬季农田水利建设全面铺开",
        "湖南日报11月29日讯(全媒体记者 祁远)记者从省水利厅获悉,全省冬季农田水利建设全面铺开,"
        "已完成投资18亿元。",
    )


@pytest.mark.parametrize("title", ["侗乡冬韵", "侗乡冬日 风雨桥畔"])
def test_a_group_of_photos_over_its_credit_takes_its_title_and_every_caption(title):
    # The group's title and first captions must not close the feature above
    # as its crosshead and paragraphs, nor open the first caption.
    feature, photo, report = parse(group_of_photos_after_feature(title)).articles
    assert [p[:4] for p in feature.paragraphs] == ["初冬时节", "修旧如旧", "修缮前，", "“桥修好"]
    assert photo.kind == "photo" and photo.title == title
    assert [p[:6] for p in photo.paragraphs] == ["11月28日", "侗族姑娘在风", "游客在侗寨里"]
    assert report.title == "全省冬季农田水利建设全面铺开"


def test_a_commentarys_text_before_its_title_and_writer_on_one_line_is_its_own():
    # One paragraph a line: a report, then a commentary's text with its
    # title and writer's name on one line after it, then the next report.
    page = parse(
        paragraph_page(
            "长沙地铁新线开通试运营",
            "湖南日报1月14日讯(全媒体记者 麦青禾 通讯员 谷远)今天上午,长沙地铁一条新线开通"
            "试运营,全长十八公里,沿线设站十二座,连通城东多个大型居住片区。",
            "新线开通后,沿线居民进城通勤时间平均缩短二十分钟,地铁运营线路总里程进一步增加。",
            "春运大幕即将拉开,对于在外打拼的人来说,一张回家的车票,连着一年的牵挂和期盼。",
            "这些年,春运的硬件越来越好,高铁越织越密,购票越来越便捷,可旅途中的服务细节仍有短板。",
            "春运服务多些人情味,就要多从旅客的角度想问题,为老人和带孩子的旅客多开方便之门。",
            "春运服务多些“人情味” 方远舟",
            "全省新能源装机规模持续扩大",
            "湖南日报1月14日讯(全媒体记者 卜星河)记者今天从省能源局获悉,截至去年底,全省风电"
            "和光伏装机规模持续扩大,清洁能源发电量占比进一步提高。",
        )
    )
    metro, comment, energy = stories(page)
    assert len(metro.paragraphs) == 2
    assert (comment.title, comment.byline) == ("春运服务多些“人情味”", "方远舟")
    assert [p[:4] for p in comment.paragraphs] == ["春运大幕", "这些年，", "春运服务"]
    assert energy.title == "全省新能源装机规模持续扩大"


def test_a_label_between_two_signed_pieces_closes_the_first_when_the_second_signs_after():
    # One paragraph a line: a commentary under its title and writer, its
    # label after it, then a second commentary's text, title and writer.
    page = parse(
        paragraph_page(
            "夜间经济要亮起来更要暖起来",
            "方晓岚",
            "入夏以来,不少城市的夜市重新热闹起来,小吃摊、文创集市和露天演出吸引了大批市民和游客。",
            "夜间经济要长久,还得在安全、卫生和交通上下足功夫,让市民逛得放心、玩得舒心。",
            "湘江时评",
            "进入汛期,强降雨天气明显增多,山洪、滑坡等灾害风险随之上升,防汛的弦一刻也松不得。",
            "防汛要把功夫下在平时,隐患排查要细,预警信息要快,转移避险要果断,决不能心存侥幸。",
            "防汛的弦一刻也松不得 陶知远",
        )
    )
    night, flood = stories(page)
    assert (night.column, night.byline) == ("湘江时评", "方晓岚") and len(night.paragraphs) == 2
    assert (flood.title, flood.byline) == ("防汛的弦一刻也松不得", "陶知远")
    assert [p[:4] for p in flood.paragraphs] == ["进入汛期", "防汛要把"]


def test_two_stacks_over_two_datelines_head_their_stories_set_side_by_side():
    # Two reports set side by side: both stacks, both datelines, then their
    # paragraphs in turns, as the extraction read across the two columns.
    page = parse(
        paragraph_page(
            "全省早稻收购进度过半",
            "收购价格稳中有升",
            "全省高校毕业生就业形势稳定",
            "去向落实率同比提高",
            "湖南日报7月30日讯(全媒体记者 钟晓禾)记者今天从省粮食和物资储备局获悉,"
            "全省早稻收购进度已过半,各收购点累计收购早稻一百二十万吨。",
            "湖南日报7月30日讯(全媒体记者 易远山)记者今天从省教育厅获悉,"
            "全省高校毕业生去向落实率比上年同期明显提高。",
            "粮库收购现场秩序井然,售粮农户当场结算,早稻收购价格比去年略有上涨。",
            "各高校开展就业帮扶,为家庭困难毕业生一对一推荐岗位,毕业生就业渠道进一步拓宽。",
            "粮食部门提醒,早稻收购期间要严格执行质价政策,不得压级压价。",
            "教育部门表示,将继续举办线上线下招聘会,帮助毕业生尽早落实去向。",
        )
    )
    grain, jobs = stories(page)
    assert squash(grain.kicker + grain.title) == "全省早稻收购进度过半收购价格稳中有升"
    assert squash(jobs.kicker + jobs.title) == "全省高校毕业生就业形势稳定去向落实率同比提高"
    assert [p[:4] for p in grain.paragraphs[1:]] == ["粮库收购", "粮食部门"]
    assert [p[:4] for p in jobs.paragraphs[1:]] == ["各高校开", "教育部门"]


def test_a_one_line_stack_and_a_two_phrase_stack_over_two_datelines_in_turns():
    # A title alone and a kicker and title on one line, bunched over two
    # datelines; the two reports' paragraphs then in strict turns. One opens
    # on a word jieba does not know (桐编…), one names no topic of either
    # report: the turns the others keep say where they go.
    page = parse(
        paragraph_page(
            "临武香芋进入采挖期",
            "麻阳桐编走出大山 老手艺编出新日子",
            "湖南日报9月12日讯(全媒体记者 欧阳岚 通讯员 邝林)临武县的香芋基地里,"
            "农户们正忙着采挖香芋,装车发往各地。",
            "湖南日报麻阳9月12日讯(全媒体记者 龙素英 通讯员 舒平)在麻阳苗族自治县的一家"
            "桐编工坊里,二十多名村民围坐一起,把桐木条编成篮筐和灯罩。",
            "临武是全省重要的香芋产区,今年种植面积四万亩,香芋个大粉糯,深受客商欢迎。",
            "桐编是麻阳的传统手艺,过去多用来编农具,如今编出的篮筐和灯罩卖到了沿海城市。",
            "县里组织了一批技术员,分片包干,深入田间开展指导。",
            "桐编工坊负责人舒桂兰介绍,工坊按件计酬,村民在家门口就能挣到一份工钱。",
            "为延长产业链,临武县建起了香芋冷库和加工厂,把香芋做成了香芋酥和香芋粉。",
        )
    )
    taro, craft = stories(page)
    assert squash(taro.kicker + taro.title) == "临武香芋进入采挖期"
    assert squash(craft.kicker + craft.title) == "麻阳桐编走出大山老手艺编出新日子"
    assert [p[:4] for p in taro.paragraphs[1:]] == ["临武是全", "县里组织", "为延长产"]
    assert [p[:4] for p in craft.paragraphs[1:]] == ["桐编是麻", "桐编工坊"]


def test_a_storys_last_paragraphs_printed_under_the_next_storys_first_go_back_up():
    # One paragraph a line: a county report, then the next report's stack,
    # dateline and second paragraph, then the first report's last two
    # paragraphs (one naming its county), then the second report's own.
    page = parse(
        paragraph_page(
            "安化黑茶春茶开采",
            "湖南日报4月9日讯(全媒体记者 谌立新 通讯员 夏青)安化县的高山茶园里,茶农们"
            "穿行在茶垄间采摘春茶,黑茶加工厂里揉捻机转个不停。",
            "近年来,安化县推动黑茶与旅游融合发展,建成一批茶旅融合示范基地。",
            "祁东黄花菜种植面积扩大",
            "湖南日报4月9日讯(全媒体记者 黄柏林 通讯员 邓玲)祁东县今年新增黄花菜种植"
            "面积一万亩,黄花菜基地里农户正忙着施肥除草。",
            "祁东黄花菜色泽金黄、口感爽脆,是当地的一张名片。",
            "茶园务工带动了村民就业增收,采茶工每月增收三千元。",
            "安化县农业农村局负责人表示,今年将继续扩大高山茶园面积,做强黑茶品牌。",
            "祁东县农业农村局组织技术员下到田间,指导农户科学管护黄花菜。",
            "在祁东县城的一家加工厂,工人们正把晒干的黄花菜分拣装箱。",
        )
    )
    tea, lily = stories(page)
    assert [p[:4] for p in tea.paragraphs[1:]] == ["近年来，", "茶园务工", "安化县农"]
    assert [p[:4] for p in lily.paragraphs[1:]] == ["祁东黄花", "祁东县农", "在祁东县"]


def test_a_features_quoted_crosshead_over_another_stack_takes_its_section_back():
    # One paragraph a line: a feature in sections (一本“X账”：…), its third
    # crosshead printed over the next report's stack, that report's lead,
    # the feature's last section, then the report's own paragraphs.
    page = parse(
        paragraph_page(
            "一家老茶厂的转型样本",
            "湖南日报记者 易晓川",
            "秋日的一个上午,记者走进安化一家老茶厂,揉捻机整齐排列,发酵车间里茶香扑鼻。",
            "一本“效率账”:人少了,产量翻番",
            "老茶厂引进自动化揉捻和烘焙设备后,一条生产线只需六名工人,黑茶年产量翻了一番。",
            "一本“品牌账”:从卖原料到卖品牌",
            "过去茶厂只卖毛茶,利润薄,如今茶厂注册了自己的商标,精制黑茶卖进了几十个城市。",
            "一本“未来账”:从卖茶叶到卖体验",
            "益阳竹产业加快向精深加工延伸",
            "湖南日报9月25日讯(记者 符佳禾)益阳竹产业园今年前8个月实现产值四十二亿元,"
            "竹地板、竹家具等精深加工产品占比超过六成。",
            "老茶厂今年建起了茶文化体验馆,游客可以在茶厂里亲手揉茶、压砖,茶厂的体验收入逐月增加。",
            "茶厂负责人说,茶旅融合让老茶厂有了新的增长点,明年还将开发研学课程。",
            "益阳市林业局负责人表示,将继续培育竹产业龙头企业,推动竹产业向高端化发展。",
        )
    )
    tea, bamboo = stories(page)
    assert tea.title == "一家老茶厂的转型样本"
    assert "一本“未来账”：从卖茶叶到卖体验" in tea.paragraphs
    assert tea.paragraphs[-1].startswith("茶厂负责人说")
    assert bamboo.title == "益阳竹产业加快向精深加工延伸" and not bamboo.kicker
    assert bamboo.paragraphs[-1].startswith("益阳市林业局")


def test_a_features_stack_printed_under_its_reporters_is_its_headline():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 龙溪禾 卢远山",
            "乡村振兴一线见闻",
            "一口古井的新生",
            "——桑植县一个土家山寨的护水故事",
            "初秋的一个清晨,记者沿着石板路走进桑植县的一个土家山寨,寨子中央的古井边已经有村民在挑水。",
            "这口古井有三百多年历史,前些年井水一度浑浊,村里组织村民清淤护井,如今井水又清又甜。",
        )
    )
    (feature,) = stories(page)
    assert (feature.title, feature.subtitle) == ("一口古井的新生", "——桑植县一个土家山寨的护水故事")
    assert feature.byline.startswith("湖南日报全媒体记者")
    assert feature.paragraphs[0].startswith("初秋的一个清晨")
    assert "乡村振兴一线见闻" in (feature.kicker, feature.column)


def test_a_name_cut_after_its_surname_is_one_word_across_the_cut():
    from hnreader.corpus.segment.joins import completes_word, name_across

    assert completes_word("省文化厅副厅长刘", "振华介绍，本届艺术节首次设立")
    assert not name_across("他们沿着堤岸走到黄", "河边上看日出")
    assert not completes_word("省文化厅副厅长", "介绍，本届艺术节首次设立")
    # (the rest of the sentence found past another story's paragraph by it)
    assert name_across("长沙中院破产庭庭长曾", "柏舟介绍，对具有挽救价值的企业")
    assert not name_across("茶园面积发展到三千多亩，带动周", "和茶连在一起")
    # (after the words quoted, who said them closes the sentence: “…。”某某说。)
    assert name_across("“这件事办好了，大家心里都亮堂。”村党支部书记欧阳", "明华说。村里随后")
    assert not name_across("“这件事办好了，大家心里都亮堂。”村党支部书记欧阳", "光照在墙上。")
    # (or what a deputy brought: …合作社理事长向 / 红梅带来了…的建议)
    assert name_across("省人大代表、一家农业合作社理事长向", "红梅带来了关于冷链物流的建议。")
    assert not name_across("省人大代表、一家农业合作社发展迅速", "大会提出了三条建议。")


def test_a_short_open_line_after_a_box_is_a_paragraphs_start_not_a_caption():
    page = parse(
        paragraph_page(
            "省政协召开湘江保护专题协商会",
            "湖南日报9月19日讯(记者 石青禾)今天,省政协召开专题协商会,围绕湘江保护和治理建言献策。",
            "委员们建议,进一步完善流域生态补偿机制,加快沿江工业园区污水处理设施提质改造。",
            "扫一扫 下载新湖南客户端",
            "省生态环境厅负责人介绍,湘江干流18",
            "个省控断面水质已全部达到或优于Ⅲ类标准。",
        )
    )
    assert not [a for a in page.articles if a.kind == "photo"]
    (report,) = stories(page)
    assert report.paragraphs[-1].startswith("省生态环境厅负责人介绍")
    assert report.paragraphs[-1].endswith("优于Ⅲ类标准。")


def test_two_labels_over_a_signed_piece_give_the_first_to_the_dated_report_above():
    page = parse(
        paragraph_page(
            "全省春耕备耕有序推进",
            "湖南日报3月5日讯(全媒体记者 石青禾)记者今天从省农业农村厅获悉,全省春耕备耕"
            "有序推进,种子、化肥等农资储备充足,早稻集中育秧已陆续启动。",
            "各地农技人员深入田间地头,指导农户做好机械检修和育秧准备。",
            "春耕一线",
            "代表访谈",
            "让种子有“中国芯”",
            "湖南日报全媒体记者 简晓禾",
            "“种子是农业的芯片。”全国人大代表柳成林说,种业振兴要在育种创新上下功夫。",
            "柳成林建议,加大对种业科研的长期投入,让更多好品种走进农户的田里。",
        )
    )
    spring, interview = stories(page)
    assert spring.column == "春耕一线"
    assert (interview.column, interview.title) == ("代表访谈", "让种子有“中国芯”")


@pytest.mark.parametrize(
    ("head", "paren"),
    [
        ("湖南日报1月22日讯", "（全媒体记者 张三）"),
        ("湖南日报·华声在线1月22日讯", "(记者 张三 通讯员 李四)"),
        ("新华社北京1月22日电", "（记者 张三）"),
    ],
)
def test_a_dateline_broken_before_its_parenthesis_is_read_whole(head, paren):
    page = parse(
        paragraph_page(
            "全省高速公路新增通车里程三百公里",
            head,
            paren + "记者今天从省交通运输厅获悉，全省高速公路今年新增通车里程三百公里。",
            "各地交通部门表示，将继续加快在建项目进度，确保年内再建成一批高速公路项目。",
        )
    )
    (report,) = stories(page)
    assert squash(report.dateline) == squash(head + paren)
    assert report.paragraphs[0].startswith("记者今天")


FEATURE_WITH_REPORT_SET_IN = column_page(
    "乡村书屋里的新气象",
    "农家书屋 越读越有味",
    "湖南日报全媒体记者 廖清风",
    "通讯员 邓雨桐",
    "入冬以来，记者走进益阳、娄底、怀化",
    "等地的农家书屋，看到书屋里读书的村",
    "民越来越多，书屋的模样也在变。",
    "①书屋搬进了文化广场",
    "在安化县一个村的文化广场旁，新建",
    "的农家书屋窗明几净，书架上摆满了种",
    "养技术、法律常识和少儿读物。村民老",
    "周说，以前书屋在村部二楼，平时锁着",
    "门，现在搬到广场边，天天开着门。",
    "②借书还书更方便了",
    "湖南日报12月3日讯（全媒体记者 韩立秋）",
    "记者今天从省农业农村厅获悉，今年全省",
    "发放农机购置补贴资金九亿元，补贴机具",
    "四万余台套，带动农民投资农机二十多亿",
    "元。其中，水稻插秧机、烘干机和植保无",
    "人机的补贴数量较上年均增两成以上。",
    "省农业农村厅有关负责人介绍，明年将",
    "进一步优化补贴范围，向丘陵山区适用的",
    "小型农机和智能农机倾斜，让补贴资金更",
    "好地服务粮食生产。",
    "在涟源市一个村的农家书屋，管理员",
    "小罗打开电脑，为前来借书的村民登记。",
    "书屋接入了县图书馆的通借通还系统，村",
    "民在书屋就能借到县图书馆的书，读完",
    "还到镇上的分馆也可以。村民说，书屋的",
    "书多了，借书还书都方便了，读书的人也",
    "就多了起来。",
    "③读书会办到了田间地头",
    "每到周末，怀化市一个村的农家书屋",
    "里总是坐满了人。书屋管理员组织村民",
    "开展读书会，请农技员来讲种养技术，请",
    "退休教师来给孩子们讲故事，书屋成了",
    "村里最热闹的地方。有的村还把读书会",
    "办到了田间地头，村民们一边干活一边",
    "全省农机购置补贴",
    "资金九亿元发放到位",
    "补贴机具四万余台套",
    "听书。书屋里的知识，用到了田里。",
)


def test_numbered_crossheads_keep_their_sections_round_a_report_set_in():
    page = parse(FEATURE_WITH_REPORT_SET_IN)
    [feature] = [a for a in page.articles if a.byline.startswith("湖南日报")]
    [report] = [a for a in page.articles if a.dateline]
    heads = [p for p in feature.paragraphs if p[:1] in "①②③"]
    assert heads == ["①书屋搬进了文化广场", "②借书还书更方便了", "③读书会办到了田间地头"]
    body = "".join(feature.paragraphs)
    assert "通借通还" in body and "一边听书。书屋里的知识" in body
    assert "书屋" not in "".join(report.paragraphs)
    # (the stack printed into the section's last sentence heads the report)
    assert report.kicker == "全省农机购置补贴" and report.title.startswith("资金九亿元发放到位")


def test_full_lines_without_a_clause_before_a_sentences_end_are_text():
    # Lines as wide as the column, no mark in them, then 上。: one sentence.
    page = parse(
        column_page(
            COLUMN_BODY,
            "会议强调，灾后重建的活儿很细，",
            "这些工作不像抢险那样惊心动魄",
            "却关系到千家万户的切身利益和",
            "一方水土的长远发展与安居乐业",
            "大局。各地要把重建工作抓紧抓实。",
        )
    )
    [story] = page.articles
    assert "一方水土的长远发展与安居乐业大局。" in "".join(story.paragraphs)


def test_a_weeklys_name_over_the_page_is_its_banner_not_a_column():
    page = parse(
        column_page(
            "经济周刊",
            "园区里的新项目",
            "湖南日报全媒体记者 沈知远",
            "初冬时节，记者走进湘潭经开区，一批",
            "新项目正在加紧建设，塔吊林立、车辆往",
            "来，处处是忙碌的景象。",
            "园区负责人介绍，今年园区新签约项目",
            "四十余个，总投资超过三百亿元，新能源",
            "和智能装备项目占了六成。",
        )
    )
    [story] = page.articles
    assert story.title == "园区里的新项目" and story.column == ""
    assert "经济周刊" in page.extras


def test_a_weeklys_name_inside_the_page_over_a_piece_is_its_column():
    # The theory weekly's name printed between pieces, over a title: the
    # column of the piece under it, not the page's banner.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "理论周刊",
            "让园区成为县域发展的主引擎",
            "沈知远",
            "园区是县域经济的主阵地。近年来，我",
            "省各县市园区加快转型，新能源和智能",
            "装备项目占了六成。",
            "园区要发展，关键在于特色。各县市要",
            "立足资源禀赋，培育一两个主导产业。",
        )
    )
    piece = next(a for a in page.articles if a.title == "让园区成为县域发展的主引擎")
    assert (piece.column, piece.byline) == ("理论周刊", "沈知远")
    assert "理论周刊" not in page.extras


def test_a_paragraphs_indented_first_line_naming_the_story_is_no_headline():
    # 水利建设将充分征求… opens the story's last paragraph, indented; its
    # sentence ends two lines down. The next story follows with its stack.
    page = parse(
        column_page(
            COLUMN_BODY,
            "水利建设将充分征求各地",
            "基层意见，力争年底前完成大",
            "头。",
            "全省春播进度过半",
            "湖南日报5月9日讯（全媒体记者 成若谷）",
            "记者今天从省农业农村厅获悉，全省春",
            "播进度已经过半，早稻集中育秧面积同比",
            "增加，各地抢抓晴好天气加快机插进度。",
        )
    )
    first, second = page.articles
    assert "水利建设将充分征求各地基层意见" in "".join(first.paragraphs)
    assert second.title == "全省春播进度过半"


def test_titled_briefs_under_their_sections_name_are_items_of_their_own():
    # A feature in sections, then a run of briefs: titles as short as its
    # crossheads, one brief opening on its day like a caption.
    page = parse(
        paragraph_page(
            "山里的茶叶卖到了海外",
            "湖南日报全媒体记者 苏明远 通讯员 邓小禾",
            "初冬的古丈县，茶园依然一片葱绿。记者走进默戎镇的一家茶企，工人们正在赶制一批发往海外的订单。",
            "从“论斤卖”到“论克卖”",
            "过去，村里的茶叶大多卖给上门收购的茶贩，价格上不去。这几年，茶企统一收购鲜叶，精深加工后按克定价，茶农的收入翻了一番。",
            "从“山里走”到“海外走”",
            "今年以来，这家茶企已向中亚和欧洲发出茶叶二十多个批次，海外订单排到了明年春天。",
            "简讯",
            "湘潭开通两条夜间公交",
            "日前，湘潭市开通两条夜间公交线路，串联城区主要商圈和住宅小区，每晚运营至二十三时，票价两元。",
            "娄底举办冬季招聘会",
            "12月3日，娄底市举办冬季大型招聘会，一百二十余家企业提供岗位四千余个，现场有六百余人达成就业意向。",
            "岳阳新增三家星级农家乐",
            "日前，岳阳市新评定三家五星级农家乐，全市星级农家乐已达八十余家，成为周末休闲的好去处。",
        )
    )
    briefs = [a for a in page.articles if a.column == "简讯"]
    assert [a.title for a in briefs] == [
        "湘潭开通两条夜间公交",
        "娄底举办冬季招聘会",
        "岳阳新增三家星级农家乐",
    ]
    assert all(a.kind == "news" and len(a.paragraphs) == 1 for a in briefs)
    [feature] = [a for a in page.articles if a.byline]
    assert "娄底" not in "".join(feature.paragraphs)


@pytest.mark.parametrize(
    ("cut", "reporter", "rest"),
    [
        ("\n", "湖南日报全媒体记者 唐俊杰", "通讯员 黄小蕾 摄影报道"),
        ("\n\n", "湖南日报全媒体记者 唐俊杰", "通讯员 黄小蕾 摄影报道"),
        ("\n\n", "湖南日报全媒体记者 唐俊杰 通讯员", "黄小蕾 摄影报道"),
    ],
)
def test_a_photo_credit_broken_over_two_lines_credits_its_caption(cut, reporter, rest):
    page = parse(
        paragraph_page(
            "全省中小学开学",
            "湖南日报9月1日讯（全媒体记者 易晓春）今天，全省中小学迎来新学期，一千多万名学生走进校园，开始新学期的学习生活。",
            "各地学校提前做好开学准备，对校舍、食堂和校车开展安全检查，确保学生平安返校。",
            "9月1日，长沙市一所小学，学生们在开学典礼上向国旗敬礼。\n" + reporter + cut + rest,
            "开学第一课",
            "湖南日报9月1日讯（全媒体记者 周静远）记者从省交通运输厅获悉，今年全省新增农村客运班线二百余条，方便群众出行。",
        )
    )
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.byline == "湖南日报全媒体记者 唐俊杰 通讯员 黄小蕾 摄影报道"
    assert "国旗敬礼" in photo.paragraphs[0]
    assert not any("唐俊杰" in a.byline for a in page.articles if a is not photo)


def test_a_dated_storys_headline_printed_after_its_text_heads_it_not_the_next_story():
    # The report on the orchestra, no headline over it; its headline under its
    # text, then the next piece's stack.
    page = parse(
        paragraph_page(
            "湖南日报9月23日讯（全媒体记者 易禹琳）今晚，湖南交响乐团新乐季开幕音乐会在省会音乐厅上演，乐团演奏了多首经典曲目。",
            "据介绍，新乐季湖南交响乐团将推出四十余场音乐会，并走进校园和社区开展公益演出。",
            "湖南交响乐团新乐季开幕",
            "非遗故事",
            "侗寨鼓楼下的歌声",
            "湖南日报全媒体记者 姚学文",
            "入秋的通道侗族自治县坪坦乡，稻田金黄，鼓楼下，村里的歌队正在排练新编的侗歌。",
            "这几年，随着乡村旅游的兴起，侗歌成了村里的一张名片，歌队一年要为游客演出两百多场。",
        )
    )
    report, feature = page.articles
    assert report.title == "湖南交响乐团新乐季开幕"
    assert feature.title == "侗寨鼓楼下的歌声" and "交响" not in feature.kicker + feature.column


def test_a_short_line_under_a_caption_titles_the_photo_when_the_story_under_it_has_its_headline_after_its_text():
    page = parse(
        paragraph_page(
            "3月18日，岳阳市体育中心，太极拳选手在省运会群众组比赛中展示技艺。湖南日报全媒体记者 辜鹏博 摄",
            "赛场雄姿",
            "湖南日报3月18日讯（全媒体记者 李国斌）今晚，湖南大剧院春季演出季启幕，三个月里将上演话剧、音乐会和戏曲等四十余场演出。",
            "为让更多市民走进剧场，本演出季推出了学生票和惠民票，最低票价五十元。",
            "湖南大剧院春季演出季启幕",
        )
    )
    photo, story = page.articles
    assert photo.kind == "photo" and photo.title == "赛场雄姿"
    assert story.title == "湖南大剧院春季演出季启幕" and len(story.paragraphs) == 2


def test_the_answerers_name_under_an_interviewers_question_is_part_of_the_interview():
    page = parse(
        paragraph_page(
            "访一位从事调解工作十年的社区书记",
            "“把矛盾化解在家门口”",
            "湖南日报全媒体记者 余晓蓉",
            "记者：您在社区做调解工作已经十年了，最常遇到的是哪类纠纷？",
            "周红梅",
            "最多的是邻里纠纷，漏水、噪音、停车位，都是小事，但处理不好就会变成大矛盾。",
            "记者：遇到双方都不肯让步的时候，您怎么办？",
            "周红梅",
            "先分开听，再坐到一起谈。很多时候，大家要的不是谁赢谁输，而是一句公道话。",
        )
    )
    [interview] = page.articles
    assert interview.kicker == "访一位从事调解工作十年的社区书记"
    assert interview.title == "“把矛盾化解在家门口”"
    assert interview.paragraphs.count("周红梅") == 2 and len(interview.paragraphs) == 6


def test_an_interviews_stack_under_its_writers_keeps_its_marks_and_width():
    # The writers first, then the column, whom the interview is with (wider
    # than the column, a pause in it) and what they said, in quotes.
    page = parse(
        column_page(
            COLUMN_BODY,
            "湖南日报全媒体记者 田甜",
            "代表话落实",
            "访省人大代表、邵阳一家家纺企业负责人",
            "“把小毛巾做成大产业”",
            "记者：今年大会期间，您最关注的是什",
            "么？",
            "代表：我最关注县域产业怎么做强。一条",
            "毛巾，从纺纱、织造到印染、缝制，能带",
            "动上千人就业，关键是把链条留在家门口。",
        )
    )
    interview = page.articles[-1]
    assert interview.column == "代表话落实"
    assert interview.kicker == "访省人大代表、邵阳一家家纺企业负责人"
    assert interview.title == "“把小毛巾做成大产业”"
    assert interview.paragraphs[0].startswith("记者：今年大会期间")


def test_two_one_line_stacks_over_two_datelines_each_head_the_story_they_name():
    page = parse(
        paragraph_page(
            "道县脐橙春季管护忙",
            "宜章瑶绣走出大山 指尖技艺绣出“幸福花”",
            "湖南日报4月15日讯（全媒体记者 蒋晓茜）眼下正是脐橙春季管护的关键期，道县果农忙着疏花、施肥、防治病虫害。",
            "湖南日报宜章4月15日讯（全媒体记者 李秉文）在宜章县莽山瑶族乡的瑶绣工坊里，十几名瑶族妇女正飞针走线。",
            "道县是全国重要的脐橙产区，当地推广水肥一体化和绿色防控技术，脐橙品质逐年提升。",
            "瑶绣是瑶族传统手工技艺，合作社带动两百多名妇女在家门口就业，绣品远销海外。",
        )
    )
    oranges, embroidery = page.articles
    assert oranges.title == "道县脐橙春季管护忙"
    assert squash(embroidery.kicker + embroidery.title) == "宜章瑶绣走出大山指尖技艺绣出“幸福花”"
    assert all("瑶绣" not in p for p in oranges.paragraphs)


def test_a_group_credit_broken_over_two_lines_credits_the_captions_over_it():
    page = parse(
        paragraph_page(
            "代表委员履职忙",
            "3月6日，北京，湖南代表团驻地，全国人大代表在审议政府工作报告时认真记录。",
            "3月6日，北京，全国政协委员在小组讨论中发言。",
            "以上图片均由湖南日报全媒体记者",
            "辜鹏飞 摄",
            "湖南日报北京3月6日电（全媒体记者 李婷婷）全国政协委员、省政协一位副主席今天在小组讨论时建议，加大对县域特色产业的支持。",
        )
    )
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "代表委员履职忙" and len(photo.paragraphs) == 2
    assert squash(photo.byline) == "以上图片均由湖南日报全媒体记者辜鹏飞摄"


@pytest.mark.parametrize("banner", ["文旅·暑期游", "2022湖南两会"])
def test_a_label_on_the_pages_first_line_over_a_dateline_is_the_pages_banner(banner):
    # The first report prints its stack after its text: the banner is none of it.
    page = parse(
        column_page(
            banner,
            "湖南日报7月20日讯（全媒体记者 覃小桂）",
            "记者今天从张家界市文化旅游部门获悉，",
            "进入暑期，全市旅游市场持续火热，日均",
            "接待游客超过十万人次，入境游客明显增",
            "多。",
            "暑期客流持续攀升",
            "张家界日接待游客超10万人次",
            "武陵源上线智慧服务平台",
            "湖南日报7月20日讯（全媒体记者 向晚晴）",
            "近日，武陵源景区“一机游”智慧服务平台",
            "正式上线，游客用手机就能预约门票、查",
            "询客流和规划路线。",
        )
    )
    first, _ = page.articles
    assert banner in page.extras
    assert first.kicker == "暑期客流持续攀升" and first.title == "张家界日接待游客超10万人次"


def test_a_cartoons_title_under_its_credit_is_the_cartoons_whatever_follows():
    page = parse(
        paragraph_page(
            "走马观花拍几张照片，调研报告就有了“素材”。",
            "王成 作",
            "漫画：“打卡式”调研",
            "新华时评",
            "网络直播不是法外之地",
            "新华社北京9月12日电（记者 白阳）近期，相关主管部门集中整治网络直播平台，一批传播低俗内容的账号被依法关停。",
            "网络直播不是法外之地，平台要担起主体责任，主播要守住法律和道德的底线。",
        )
    )
    cartoon, story = page.articles
    assert cartoon.kind == "photo" and cartoon.title == "漫画：“打卡式”调研"
    assert "漫画" not in story.kicker + story.title


def test_a_cartoons_title_after_the_word_is_no_drawers_credit():
    # (漫画：and a name credits the drawer; 漫画：and words no name opens on
    # titles the cartoon, its caption and credit under it)
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "漫画：层层加码",
            "一份通知下到基层，从县到乡再到村，每过一级就多出几项要求。",
            "李青禾 作",
        )
    )
    report, cartoon = page.articles
    assert report.paragraphs[-1].startswith("会议要求")
    assert (cartoon.kind, cartoon.title, cartoon.byline) == ("photo", "漫画：层层加码", "李青禾 作")


def test_a_column_pages_photo_credit_broken_over_two_lines_is_one_credit():
    page = parse(
        column_page(
            "金色稻浪",
            "10月11日，南县三仙湖镇，农机手驾驶收割机在田间抢收晚稻。",
            "              湖南日报全媒体记者 郭立新",
            "                  通讯员 肖小娟 摄影报道",
            "古镇秋色",
            "10月10日，永顺县芙蓉镇，游客在瀑布旁的吊脚楼间游览。童小迪 摄",
            COLUMN_REPORT,
        )
    )
    rice = page.articles[0]
    assert rice.kind == "photo" and rice.title == "金色稻浪"
    assert squash(rice.byline) == "湖南日报全媒体记者郭立新通讯员肖小娟摄影报道"
    assert not any(a.byline.startswith("湖南日报全媒体记者 郭") for a in page.articles[1:])


def test_a_stack_printed_inside_its_dated_story_is_its_whole_headline():
    # The lead, then the story's three-line stack where the columns broke,
    # then the rest of the story.
    page = parse(
        column_page(
            "湖南日报2月2日讯（全媒体记者 孙明坚）",
            "2月2日，省领导赴长沙、株洲两地的制造",
            "业企业开展新春调研，察看生产线复工和",
            "新产品研发情况，听取企业负责人意见。",
            "在株洲一家生产电力机车的工厂，车间里",
            "机器轰鸣，工人们正在赶制海外订单。",
            "省领导赴企业开展新春调研",
            "奋力开好局起好步",
            "推动制造业加快转型升级",
            "调研中强调，制造业是实体经济的主",
            "体，要抢抓新春开局的关键时机，稳生",
            "产、拓市场、抓创新，抓紧推进工厂的",
            "智能化改造和数字化转型。",
        )
    )
    [story] = page.articles
    assert squash(story.kicker + story.title + story.subtitle) == (
        "省领导赴企业开展新春调研奋力开好局起好步推动制造业加快转型升级"
    )
    assert "智能化改造" in "".join(story.paragraphs)


def test_a_line_reporting_speech_over_a_photo_is_the_storys_text_not_a_headline():
    page = parse(
        column_page(
            "走进复工复产一线",
            "一家外贸企业的“逆势突围”",
            "湖南日报全媒体记者 陈小璋",
            "6月16日，在浏阳经开区一家生产医",
            "用防护用品的企业车间里，十几条生产线",
            "正开足马力运转，工人们在忙着装箱。",
            "“疫情是一次大考，也逼着我们转型。”",
            "张海燕说，企业下一步打算保留防护用品",
            "6月17日，衡南县车江镇，农民在早稻田间查看稻穗长势。郭小亮 摄",
            "生产线，同时加快开发新产品。",
        )
    )
    feature = page.articles[0]
    assert feature.kicker == "走进复工复产一线" and feature.title == "一家外贸企业的“逆势突围”"
    assert "张海燕说，企业下一步打算保留防护用品" in "".join(feature.paragraphs)


def test_a_column_pages_group_credit_broken_over_two_lines_credits_its_photos():
    page = parse(
        column_page(
            "湘江边上龙舟闹",
            "6月11日，湘潭县易俗河镇湘江河段，龙舟队员在训练。",
            "当天，岸边的村民为龙舟队员加油鼓劲。",
            "以上图片均由通讯员",
            "谭小毅 刘晓明 摄",
            COLUMN_REPORT,
        )
    )
    photo = page.articles[0]
    assert photo.kind == "photo" and photo.title == "湘江边上龙舟闹"
    assert squash(photo.byline) == "以上图片均由通讯员谭小毅刘晓明摄"
    assert all("以上图片" not in "".join(a.paragraphs) for a in page.articles)


def test_a_column_line_broken_before_its_figure_is_the_sentence_not_a_headline_or_box():
    page = parse(
        column_page(
            "全省推进智慧物流园区建设",
            "湖南日报3月12日讯（全媒体记者 田甜）",
            "记者从省发展改革委获悉，全省今年",
            "将新建一批智慧物流园区。",
            "据统计，全省物流园区的信息化率",
            "已达到",
            "76%，园区企业平均库存周转天数比",
            "三年前缩短了一半。",
            "去年全省累计建成冷链仓储项",
            "目",
            "350个，新增库容一百多万吨，农产",
            "品流通损耗明显降低。",
        )
    )
    assert len(page.articles) == 1
    text = "".join(page.articles[0].paragraphs)
    assert "信息化率已达到76%" in text and "冷链仓储项目350个" in text
    assert page.extras == ()


def test_a_headline_broken_before_its_figure_alone_stays_a_headline():
    page = parse(
        column_page(
            "株洲高新区一季度工业投资增长",
            "26%",
            "湖南日报4月9日讯（全媒体记者 陈永刚）",
            "记者从株洲高新区获悉，一季度园区",
            "完成工业投资一百多亿元，新开工项",
            "目四十个。",
        )
    )
    assert squash(page.articles[0].title) == "株洲高新区一季度工业投资增长26%"


def test_a_headline_printed_tight_under_a_paragraph_and_over_a_dateline_opens_its_report():
    text = paragraph_page(
        "全省港口货物吞吐量稳步增长",
        "湖南日报5月6日讯（记者 邓晶琎）记者从省交通运输厅获悉，一季度全省港口完成货物吞吐量"
        "九千多万吨，其中城陵矶港集装箱吞吐量比上年增加\n"
        "岳阳推进会提出 两年内新建标准化码头二十个",
        "湖南日报5月6日讯（记者 曹娴 通讯员 李强）今天召开的岳阳港口建设推进会提出，"
        "两年内全市新建标准化码头二十个，港口综合通过能力提升三成。",
        "12%。水运物流成本比公路运输低四成以上。",
    )
    page = parse(text)
    assert [a.title for a in page.articles][-1] == "两年内新建标准化码头二十个"
    assert page.articles[-1].kicker == "岳阳推进会提出"
    assert all("推进会提出两年内" not in "".join(a.paragraphs) for a in page.articles)


def test_a_photo_caption_set_to_the_column_width_under_its_title_is_the_photos():
    page = parse(
        column_page(
            "湖南日报6月2日讯（全媒体记者 胡宇芬）",
            "记者今天从中南大学获悉，该校牵头",
            "组建的先进材料创新中心正式运行，",
            "首批入驻科研团队二十个。",
            "中南大学先进材料创新中心运行",
            "首批入驻科研团队二十个",
            "毕业季留影",
            "6月1日，湘潭大学图书馆前，即将",
            "毕业的学生们穿上学位服合影留念。今",
            "年，该校共有本科毕业生五千多名，",
            "学校组织了专场招聘会、就业指导课",
            "等活动，帮助毕业生顺利走上工作岗",
            "位。",
            "湖南日报全媒体记者 罗新国 摄",
            COLUMN_REPORT,
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "毕业季留影" and squash(photo.byline) == "湖南日报全媒体记者罗新国摄"
    assert "湘潭大学图书馆前" in "".join(photo.paragraphs)
    story = page.articles[0]
    assert (story.kicker, story.title) == ("中南大学先进材料创新中心运行", "首批入驻科研团队二十个")


def test_a_commentators_byline_over_a_dateline_keeps_title_byline_and_text_together():
    text = paragraph_page(
        "全省新建5G基站一万个",
        "湖南日报4月2日讯（记者 彭婷）记者从省通信管理局获悉，一季度全省新建5G基站一万个。",
        "目前，全省县城以上城区已实现5G网络连续覆盖。",
        "以实干实绩开创发展新局",
        "新华社评论员",
        "新华社北京4月1日电 发展是第一要务。新征程上，要把新发展理念贯穿各方面。",
        "实干才能梦想成真。各地各部门要拿出抓落实的硬招实招。",
    )
    page = parse(text)
    piece = next(a for a in page.articles if a.title == "以实干实绩开创发展新局")
    assert piece.byline == "新华社评论员" and piece.dateline.startswith("新华社北京4月1日电")
    assert piece.paragraphs[-1].startswith("实干才能梦想成真")
    assert len(page.articles) == 2


def test_an_experts_byline_under_a_title_opens_the_question_and_answer_piece():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "健康问答",
            "秋冬季节如何预防关节疼痛",
            "省中医院骨伤科主任医师 何立新",
            "问：天一冷，膝盖就隐隐作痛，",
            "该怎么办？",
            "答：首先要注意保暖，避免久",
            "站久坐，适当做些伸展运动。",
        )
    )
    piece = page.articles[-1]
    assert piece.title == "秋冬季节如何预防关节疼痛" and piece.column == "健康问答"
    assert squash(piece.byline) == "省中医院骨伤科主任医师何立新"
    assert piece.paragraphs[0].startswith("问：")


def test_an_experts_byline_on_a_paragraph_page_stays_whole():
    page = parse(
        paragraph_page(
            "三伏天如何健脾祛湿",
            "湖南省中医院脾胃科主任医师 孙立平",
            "中医认为，长夏属土，与脾相应。这个时节湿气重，最容易伤脾，不少人会出现食欲不振、身体困重。",
            "祛湿先健脾。饮食上宜清淡，可适量吃些山药、薏米、赤小豆，少吃生冷油腻。",
        )
    )
    piece = page.articles[0]
    assert piece.title == "三伏天如何健脾祛湿"
    assert squash(piece.byline) == "湖南省中医院脾胃科主任医师孙立平"
    assert len(page.articles) == 1


def test_a_long_kicker_of_clauses_over_a_short_title_at_the_pages_top_is_the_kicker():
    text = paragraph_page(
        "湖南大学材料团队潜心攻关六年，研制出能在零下六十摄氏度稳定工作的新型电池",
        "“耐寒电池”面世",
        "湖南日报3月2日讯（记者 黄利飞）湖南大学材料科学与工程学院今天发布，团队研制出一种新型低温锂电池。",
        "目前，团队已与省内一家储能企业合作建设中试线。",
    )
    story = parse(text).articles[0]
    assert story.title == "“耐寒电池”面世"
    assert story.kicker.startswith("湖南大学材料团队潜心攻关六年，")


def test_a_long_kicker_under_a_series_banner_over_a_title_and_its_subtitle_is_the_kicker():
    # The series' banner (two parts about a middle dot) is the page's furniture.
    text = paragraph_page(
        "绿色湖南·生态强省",
        "护一江碧水,守一方净土,全省河湖长制工作从“有名”走向“有实”再迈向“有效”",
        "湘水长清",
        "——我省全面推行河湖长制工作综述",
        "湖南日报全媒体记者 邓晶 通讯员 罗平",
        "初冬时节,湘江长沙段碧波荡漾,江鸥翔集。沿江而行,一幅人水和谐的画卷徐徐展开。",
        "一、从“有名”到“有实”",
        "全省设立省、市、县、乡、村五级河湖长两万余名,每条河流都有了自己的“管家”。",
    )
    story = parse(text).articles[0]
    assert (story.title, story.subtitle) == ("湘水长清", "——我省全面推行河湖长制工作综述")
    assert story.kicker.startswith("护一江碧水，")
    assert story.column == ""


def test_a_sections_word_over_a_series_name_over_a_features_stack_is_the_pages():
    # 农业 is the page's; the series' name under it is the feature's column.
    text = paragraph_page(
        "农业",
        "种业振兴·育种人在行动",
        "水稻良种观察之二",
        "一粒稻种的“十年磨一剑”",
        "湖南日报全媒体记者 曾宁 通讯员 谢文",
        "深秋，醴陵一处育种基地里，稻穗压弯了枝头。育种团队正在逐株记录株高和穗长。",
        "团队负责人说，培育一个新品种，少则七八年，多则十余年，靠的是一季一季地试。",
    )
    page = parse(text)
    story = page.articles[0]
    assert (story.column, story.kicker, story.title) == (
        "种业振兴·育种人在行动",
        "水稻良种观察之二",
        "一粒稻种的“十年磨一剑”",
    )
    assert "农业" in page.extras


def test_a_list_under_its_own_title_after_a_story_is_an_item_of_its_own():
    text = paragraph_page(
        "湘江边的“晨练团”越来越壮大",
        "湖南日报7月9日讯（记者 王亮）清晨6点，湘潭市湘江风光带上，几十名市民跟着音乐打太极拳。",
        "晨练团负责人介绍，团里年纪最大的成员已经78岁，每天风雨无阻。",
        "全省青少年田径锦标赛首日部分项目成绩",
        "男子甲组100米：1.陈思远(衡阳)10秒86；2.彭博(长沙)10秒95；3.谢宇(邵阳)11秒02。",
        "女子乙组跳远：1.刘可欣(株洲)5米62；2.黄静(岳阳)5米48；3.周敏(益阳)5米31。",
    )
    page = parse(text)
    assert [a.title for a in page.articles] == [
        "湘江边的“晨练团”越来越壮大",
        "全省青少年田径锦标赛首日部分项目成绩",
    ]
    assert page.articles[1].paragraphs[0].startswith("男子甲组100米：")


def test_a_cartoons_words_set_to_the_column_width_over_its_artists_credit_are_the_cartoons():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "“签到”",
            "有的督查组到基层转一圈，拍几张照",
            "片就算完成任务，群众反映的问题却",
            "没人过问。",
            "李晓峰 作",
            "湖南日报5月9日讯（全媒体记者 周斌）",
            "今天，全省春季造林现场会在邵阳召开。",
        )
    )
    cartoon = next(a for a in page.articles if a.kind == "photo")
    assert cartoon.title == "“签到”" and squash(cartoon.byline) == "李晓峰作"
    assert "".join(cartoon.paragraphs).startswith("有的督查组到基层转一圈")


def test_a_caption_opening_on_a_place_set_to_the_column_width_is_the_photos():
    page = parse(
        column_page(
            "湖南日报6月2日讯（全媒体记者 胡宇芬）",
            "记者今天从中南大学获悉，该校牵头",
            "组建的先进材料创新中心正式运行，",
            "首批入驻科研团队二十个。",
            "中南大学先进材料创新中心运行",
            "首批入驻科研团队二十个",
            "云海梯田",
            "新化县紫鹊界梯田，云雾在山间缭",
            "绕，层层梯田若隐若现。入夏以来，",
            "景区迎来避暑游客高峰，周边民宿",
            "入住率保持在九成以上。",
            "通讯员 曾小林 摄",
            COLUMN_REPORT,
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "云海梯田" and "紫鹊界梯田" in "".join(photo.paragraphs)
    story = page.articles[0]
    assert (story.kicker, story.title) == ("中南大学先进材料创新中心运行", "首批入驻科研团队二十个")


def test_a_column_byline_broken_over_three_lines_is_read_whole():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "一条老街的“新生”",
            "湖南日报全媒体记者",
            "邓晶琎",
            "通讯员 刘文斌",
            "走进衡阳市雁峰区的一条老街，青石",
            "板路干净整洁，沿街店铺生意兴隆。",
        )
    )
    feature = page.articles[-1]
    assert feature.title == "一条老街的“新生”"
    assert squash(feature.byline) == "湖南日报全媒体记者邓晶琎通讯员刘文斌"


def test_a_writers_note_under_the_name_is_the_bylines():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "以数字赋能激发乡村活力",
            "周立新",
            "（作者系湖南师范大学商学院教授）",
            "乡村振兴离不开数字技术的支撑。近",
            "年来，各地在数字乡村建设上下了不",
            "少功夫。",
        )
    )
    piece = page.articles[-1]
    assert squash(piece.byline) == "周立新(作者系湖南师范大学商学院教授)"
    assert piece.paragraphs[0].startswith("乡村振兴离不开")


def test_a_commentators_spread_name_under_the_role_is_the_bylines():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湘江时论",
            "守护一江碧水",
            "湖南日报评论员",
            "江 涛",
            "保护母亲河，是全省上下的共同责任。",
            "近年来，沿江各地持续推进治理。",
        )
    )
    piece = page.articles[-1]
    assert squash(piece.byline) == "湖南日报评论员江涛"
    assert piece.paragraphs[0].startswith("保护母亲河")


def test_a_phrase_between_two_lines_of_clauses_over_its_count_is_the_sentences():
    page = parse(
        column_page(
            "临武推进香芋产业园建设",
            "湖南日报4月2日讯（记者 刘勇）",
            "记者从临武县获悉，该县香芋种植面积",
            "已达8万亩，亩产值超过一万元。",
            "为延伸产业链，临武县建设香芋产业园，引进",
            "和培育龙头企业",
            "12家，开发出芋片、芋粉等30多个",
            "产品，带动5000多户农民增收。",
        )
    )
    assert len(page.articles) == 1
    assert "产业园，引进和培育龙头企业12家" in "".join(page.articles[0].paragraphs)


#: Three labelled commentaries, the middle one's title and writer printed
#: with no text under them (its text is elsewhere on the page).
_TITLE_SIGNED_WITHOUT_TEXT = (
    "湘江时评",
    "让群众的“钱袋子”鼓起来",
    "周立",
    "增加农民收入，是乡村振兴的",
    "关键所在。各地要在发展特色",
    "产业上多下功夫。",
    "湘江时评",
    "别让“文山会海”拖累基层干部",
    "谭杰",
    "湘江时评",
    "好政策要落到实处",
    "龙卫",
    "一些地方的惠民政策，出台时",
    "轰轰烈烈，落实时却冷冷清清。",
)


def test_a_two_character_name_over_the_next_pieces_label_signs_the_title_above_it():
    page = parse(column_page(*_TITLE_SIGNED_WITHOUT_TEXT))
    titles = [a.title for a in page.articles]
    assert all("谭杰" not in t for t in titles)
    by_title = {a.title: a for a in page.articles}
    assert by_title["让群众的“钱袋子”鼓起来"].byline == "周立"
    assert by_title["好政策要落到实处"].byline == "龙卫"


@pytest.mark.xfail(
    reason="a title and its writer with no text under them are read as text", strict=True
)
def test_a_title_signed_with_no_text_under_it_is_a_piece_of_its_own():
    page = parse(column_page(*_TITLE_SIGNED_WITHOUT_TEXT))
    by_title = {a.title: a for a in page.articles}
    assert by_title["别让“文山会海”拖累基层干部"].byline == "谭杰"


def test_a_full_name_under_a_finished_commentary_and_over_a_label_signs_it():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "三湘微评",
            "别让“考核表”压弯基层的腰",
            "有的地方考核指标层层加码，基层干部",
            "疲于填表报数，干事的工夫被挤占。",
            "减负要从精简考核做起。",
            "周梓晴",
            "三湘微评",
            "老街改造要留住烟火气",
            "蒋小梅",
            "一些老街改造后，店铺整齐了，街面",
            "干净了，过去的人气却少了许多。",
        )
    )
    first, second = page.articles[1:]
    assert first.byline == "周梓晴" and "".join(first.paragraphs).endswith("精简考核做起。")
    assert (second.column, second.title, second.byline) == (
        "三湘微评",
        "老街改造要留住烟火气",
        "蒋小梅",
    )


def test_a_paragraph_pages_byline_broken_between_spread_names_is_read_whole():
    text = (
        "湘江边的“智造”新城\n\n"
        "湖南日报全媒体记者 邓 瑶\n"
        "陈 萌 通讯员 李 佳\n\n"
        "清晨，湘潭经开区的生产线已经忙碌起来，一台台新车缓缓驶下装配线。\n\n"
        "这里是全省重要的汽车零部件生产基地，聚集了上百家配套企业。\n"
    )
    feature = parse(text).articles[0]
    assert feature.title == "湘江边的“智造”新城"
    assert squash(feature.byline) == "湖南日报全媒体记者邓瑶陈萌通讯员李佳"


def test_the_papers_commentator_at_the_head_of_the_first_line_signs_apart():
    # The paper's unnamed commentator printed in-line before the commentary's
    # first words (湖南日报评论员 一年之计，…): a byline, then the text.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "▷（下转2版）",
            "扛牢防汛责任 守护万家安澜",
            "湖南日报评论员 汛期将至，",
            "责任在肩。各地要把防汛抗旱作为头",
            "等大事，压紧压实各级责任。",
        )
    )
    piece = page.articles[-1]
    assert (piece.title, piece.byline) == ("扛牢防汛责任 守护万家安澜", "湖南日报评论员")
    assert piece.paragraphs[0].startswith("汛期将至，责任在肩。")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("湖南日报评论员 汛期将至，", ["湖南日报评论员", "汛期将至，"]),
        ("本报评论员 民生无小事", ["本报评论员", "民生无小事"]),
        ("湖南日报评论员 周立新", ["湖南日报评论员 周立新"]),  # (a name: one byline)
    ],
)
def test_an_unnamed_commentator_is_parted_from_text_not_from_a_name(text, parts):
    line = Line(1, text, 1, False)
    assert [part.raw for part in byline_apart(line)] == parts


def test_a_numbered_crosshead_read_into_an_untitled_report_is_not_its_headline():
    page = parse(
        paragraph_page(
            "湖南日报6月3日讯(全媒体记者 夏天)今天,全省首个低空经济产业园在株洲开园,首批入驻企业二十家。",
            "园区负责人介绍,产业园将重点发展无人机研发制造和低空物流。",
            "二、场景开放:从“试飞”到“常飞”",
            "据悉,园区今年将开通三条无人机物流航线,覆盖周边多个乡镇。",
        )
    )
    story = page.articles[0]
    assert story.title_derived and "二、场景开放" not in story.title
    assert any(p.startswith("二、场景开放") for p in story.paragraphs)


def test_a_photo_caption_of_two_paragraphs_closed_by_its_credit_keeps_its_title():
    # Title, a caption opening on its day and place, a second paragraph ending
    # on the credit; then a notice: an item of its own.
    page = parse(
        paragraph_page(
            "全省启动夏季防溺水专项行动",
            "湖南日报6月2日讯(全媒体记者 柯文)今天,全省防溺水专项行动启动,各地将加强重点水域巡查。",
            "省应急厅有关负责人表示,将在重点水域设置警示标识和救生设施。",
            "消防员进社区",
            "6月1日,衡阳市蒸湘区一个社区,消防员向居民演示灭火器使用方法。",
            "今年以来,全省已开展消防安全进社区活动2600余场。 湖南日报全媒体记者 郭方 摄",
            "寻找失主启事",
            "2024年5月30日,市民在五一广场附近捡到一个黑色背包,内有证件和现金若干。",
            "请失主携带有效证件到五一广场派出所认领。",
            "联系电话:0731-84456110",
            "长沙市公安局芙蓉分局五一广场派出所",
            "2024年6月2日",
            "湘江长沙段水位持续回落",
            "湖南日报6月2日讯(全媒体记者 周航)记者从省水文中心获悉,湘江长沙段水位今天回落至警戒水位以下。",
        )
    )
    titles = [a.title for a in page.articles]
    assert titles == [
        "全省启动夏季防溺水专项行动",
        "消防员进社区",
        "寻找失主启事",
        "湘江长沙段水位持续回落",
    ]
    photo = page.articles[1]
    assert photo.kind == "photo" and len(photo.paragraphs) == 2
    notice, report = page.articles[2], page.articles[3]
    assert notice.paragraphs[-1] == "2024年6月2日"
    assert (report.kicker, report.subtitle) == ("", "")


def test_a_column_byline_broken_between_two_reporters_names_is_read_whole():
    # A feature's byline on top of its stack, broken after the first name:
    # the next line's names and 通讯员 go on it, no column label.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报全媒体记者 胡立松",
            "王晓亮 通讯员 谭小凯",
            "一家种业企业的出海之路",
            "良种也能“漂洋过海”",
            "——探访长沙种业企业国际化一线",
            "长沙一家种业企业今年初接到一笔大订",
            "单，却被一纸检疫证书难住了。",
        )
    )
    feature = page.articles[-1]
    assert squash(feature.byline) == "湖南日报全媒体记者胡立松王晓亮通讯员谭小凯"
    assert feature.column == ""


def test_a_byline_broken_between_two_names_over_the_text_is_read_whole():
    # (the feature's headline printed after its text)
    page = parse(
        column_page(
            "湖南日报全媒体记者 胡立松",
            "王晓亮 通讯员 谭小凯",
            "长沙一家种业企业今年初接到一笔大订",
            "单，却被一纸检疫证书难住了。",
            "良种也能“漂洋过海”",
        )
    )
    feature = page.articles[-1]
    assert squash(feature.byline) == "湖南日报全媒体记者胡立松王晓亮通讯员谭小凯"
    assert feature.paragraphs[0].startswith("长沙一家种业企业")


def test_an_interviews_question_over_its_title_and_subtitle_is_the_kicker_in_columns():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "农家乐如何留住回头客？",
            "“把服务做到客人心坎上”",
            "——访韶山市文旅局负责人刘望春",
            "湖南日报全媒体记者 邓晓林",
            "暑期以来，韶山游客量持续攀升。农家",
            "乐如何留住回头客？记者采访了韶山市",
            "文旅局负责人刘望春。",
        )
    )
    piece = page.articles[-1]
    assert piece.kicker == "农家乐如何留住回头客？"
    assert (piece.title, piece.subtitle) == (
        "“把服务做到客人心坎上”",
        "——访韶山市文旅局负责人刘望春",
    )


def test_an_interviews_question_over_its_title_and_subtitle_is_the_kicker_in_paragraphs():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "农家乐如何留住回头客？",
            "“把服务做到客人心坎上”",
            "——访韶山市文旅局负责人刘望春",
            "湖南日报全媒体记者 邓晓林",
            "暑期以来,韶山游客量持续攀升。农家乐如何留住回头客？记者采访了韶山市文旅局负责人刘望春。",
            "记者:今年暑期客流情况怎么样？",
        )
    )
    piece = page.articles[-1]
    assert piece.kicker == "农家乐如何留住回头客？"
    assert piece.title == "“把服务做到客人心坎上”"
    assert len(page.articles[0].paragraphs) == 2


def test_a_reviews_kicker_naming_the_work_stays_apart_from_its_title():
    # 读《某书》 over the title, printed tight: kicker and title, no one title.
    text = column_page(
        COLUMN_REPORT,
        "读《湘西茶事》",
        "一片叶子里的山河",
        "文丨贺岚风",
        "翻开周明远的新著《湘西茶事》，扑面而",
        "来的是一股清新的茶香。这本书记下了湘西",
        "三十多位茶人的故事。",
    ).replace("读《湘西茶事》\n\n", "读《湘西茶事》\n")
    review = parse(text).articles[-1]
    assert (review.kicker, review.title, review.byline) == (
        "读《湘西茶事》",
        "一片叶子里的山河",
        "文丨贺岚风",
    )


def test_a_title_right_over_the_papers_commentator_keeps_its_commentary():
    # A report's stack bunched after its text shares the commentary's words;
    # the title printed right over 湖南日报全媒体评论员 is the commentary's.
    page = read_set_page("dev_j", "016")
    commentary = next(a for a in page.articles if a.byline == "湖南日报全媒体评论员")
    assert commentary.title == "县域强则全省强" and commentary.column


def test_a_title_of_two_short_questions_under_a_handing_kicker_heads_its_interview():
    page = parse(
        paragraph_page(
            "全省中小学秋季开学平稳有序",
            "湖南日报9月1日讯(全媒体记者 柯文)今天,全省中小学秋季开学,各地开学工作平稳有序。",
            "省教育厅要求,各地继续做好课后服务,严控作业总量和时长。",
            "新学期新安排,家长关心的事有了回音——",
            "午餐怎么订? 校车怎么坐?",
            "湖南日报全媒体记者 邓晓林",
            "开学在即,午餐、校车、课后服务……不少家长心中有疑问。记者就此采访了省教育厅有关负责人。",
            "记者:学校午餐一定要订吗?",
        )
    )
    interview = page.articles[-1]
    assert interview.kicker == "新学期新安排，家长关心的事有了回音——"
    assert interview.title == "午餐怎么订？ 校车怎么坐？"
    assert len(page.articles[0].paragraphs) == 2


def test_a_reports_stack_over_a_features_reporters_keeps_its_second_line():
    # A dated report's two headline lines printed after its text, then the
    # next feature's reporters over that feature's own stack: the reporters
    # sign the feature, so both lines above them are the report's.
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省水利投资再创新高",
            "今年将安排一百二十亿元",
            "湖南日报全媒体记者 邓晓林",
            "农家乐如何留住回头客？",
            "“把服务做到客人心坎上”",
            "——访韶山市文旅局负责人刘望春",
            "暑期以来，韶山游客量持续攀升。农家",
            "乐如何留住回头客？记者采访了韶山市",
            "文旅局负责人刘望春。",
        )
    )
    report, interview = page.articles
    assert squash(report.kicker + report.title + report.subtitle) == squash(
        "全省水利投资再创新高今年将安排一百二十亿元"
    )
    assert interview.byline == "湖南日报全媒体记者 邓晓林"


def test_a_question_without_its_mark_over_a_title_is_the_kicker_no_column():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "农村垃圾分类难怎么破",
            "一个村庄的“分类账”",
            "——来自浏阳市农村人居环境整治一线的调查",
            "湖南日报全媒体记者 邓晓林",
            "走进浏阳市一个山村，路边的分类垃圾",
            "桶摆放整齐，村道干干净净。",
        )
    )
    feature = page.articles[-1]
    assert (feature.column, feature.kicker) == ("", "农村垃圾分类难怎么破")
    assert feature.title == "一个村庄的“分类账”"


def test_a_clause_stopped_before_its_figure_over_a_dateline_is_no_headline():
    # …产值突破 / dateline of the next report / 260亿元，…: the cut paragraph
    # goes on after the report's first paragraph, no headline of it.
    page = parse(
        paragraph_page(
            "安化黑茶产业提质增效",
            "湖南日报6月12日讯(全媒体记者 柯文)6月正值夏茶采摘季,安化县的茶园里,采茶工们穿行在茶垄间。",
            "安化县把黑茶产业作为主导产业,全县茶园面积达到36万亩,去年茶叶综合产值突破",
            "湖南日报6月12日讯(全媒体记者 周航)记者从省水利厅获悉,截至5月底,全省农村自来水普及率继续提高。",
            "260亿元,带动36万人从事茶产业相关工作。",
        )
    )
    tea, water = page.articles
    assert tea.paragraphs[-1].endswith("产值突破260亿元，带动36万人从事茶产业相关工作。")
    assert "安化" not in water.title


def test_every_brief_of_a_run_under_its_label_takes_the_label():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湘地快讯",
            "娄底开通首条定制公交",
            "湖南日报3月5日讯(全媒体记者 周航)今天,娄底首条定制公交线路开通,连接城区与两个工业园区。",
            "汝城举办春季招聘会",
            "湖南日报3月5日讯(全媒体记者 邓晓林)今天,汝城县春季招聘会举行,提供就业岗位两千余个。",
            "临湘新建三座农村水厂",
            "湖南日报3月5日讯(全媒体记者 谷远)记者获悉,临湘今年将新建三座农村水厂,惠及群众五万余人。",
        )
    )
    briefs = page.articles[1:]
    assert [a.title for a in briefs] == [
        "娄底开通首条定制公交",
        "汝城举办春季招聘会",
        "临湘新建三座农村水厂",
    ]
    assert [a.column for a in briefs] == ["湘地快讯"] * 3
    assert page.articles[0].column == ""


def test_a_stack_over_a_quote_under_a_features_reporters_is_read_however_wide():
    # The feature's reporters over its stack: a line of no clause nearly as
    # wide as the column, then what someone said, set whole in quotes.
    page = read_set_page("dev_yp", "009")
    feature = next(
        a for a in page.articles if squash(a.byline).startswith("湖南日报全媒体记者余蓉")
    )
    assert "“送完这一届，还有下一届”" in feature.kicker + feature.title + feature.subtitle
    assert feature.paragraphs[0].startswith("6月7日早上6点半")


@pytest.mark.parametrize("label", ["财经速递", "乡村农讯", "科技要讯"])
def test_a_runs_label_read_as_the_first_briefs_kicker_is_the_runs_column(label):
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            label,
            "湖南首单乡村振兴票据发行",
            "湖南日报3月5日讯(全媒体记者 周航)日前,我省首单乡村振兴票据成功发行,募集资金五亿元。",
            "长沙数字人民币试点扩围",
            "湖南日报3月5日讯(全媒体记者 邓晓林)记者获悉,长沙数字人民币试点场景扩大到农贸市场。",
        )
    )
    briefs = page.articles[1:]
    assert [(a.kicker, a.title, a.column) for a in briefs] == [
        ("", "湖南首单乡村振兴票据发行", label),
        ("", "长沙数字人民币试点扩围", label),
    ]


def test_a_photos_title_tight_over_its_dated_caption_is_its_title():
    # A photo's title and its caption's first line with no blank between:
    # the title stays apart, the caption opens on its day and place.
    page = parse(
        "\n\n".join(PARAGRAPH_REPORT)
        + "\n\n稻田“护苗队”\n6月3日,衡南县车江镇,农技人员在稻田查看秧苗长势。"
        + "当地组织农技队下田指导早稻管护。\n\n湖南日报全媒体记者 彭湘源 摄\n"
    )
    photo = page.articles[-1]
    assert photo.title == "稻田“护苗队”"
    assert photo.paragraphs[0].startswith("6月3日，衡南县车江镇")


def test_a_photos_title_under_its_caption_and_credit_over_a_whole_stack_is_its_own():
    # A feature, then a photo's caption and credit, then its title, then the
    # next report's stack set whole on one line in two phrases: the title is
    # the photo's, no label closing the feature above.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "守着一片茶园",
            "湖南日报全媒体记者 易峰 通讯员 石兰",
            "清晨五点,古丈县默戎镇的茶园里已有人影。五十八岁的向大姐背着竹篓,沿着茶垄一路采下去。",
            "她在这片茶园干了三十年,从一个采茶工做成了合作社的带头人,带着全村一百多户种茶。",
            "9月12日,岳阳县新墙河畔,农民驾驶收割机抢收中稻。当地今年种植中稻四十二万亩。",
            "全媒体记者 陶德安 摄",
            "金秋时节",
            "全省职工技能大赛落幕 湖南选手夺得三个一等奖",
            "湖南日报9月12日讯(全媒体记者 谷雨晴)今天,全省职工职业技能大赛在株洲闭幕,"
            "来自全省的六百余名选手参加了十个工种的比赛。",
            "大赛评出一等奖十个,获奖选手可按规定晋升相应职业技能等级。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "金秋时节"
    feature, report = page.articles[1], page.articles[-1]
    assert feature.title == "守着一片茶园" and feature.column == ""
    assert (report.kicker, report.title) == ("全省职工技能大赛落幕", "湖南选手夺得三个一等奖")


def test_a_line_its_editors_note_calls_a_column_is_the_column():
    # A series' first piece: the line over its title is named in the
    # editor's note as the column it opens (推出“…”栏目).
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "一线调研",
            "一棵茶树的“翻身记”",
            "湖南日报全媒体记者 谭一川 通讯员 何青",
            "编者按",
            "茶产业是山区群众增收的重要产业。本报今起推出“一线调研”栏目,敬请关注。",
            "初夏时节,安化县江南镇的茶山上,茶农们正忙着采摘夏茶。茶农李大姐说,现在夏茶也能卖上好价钱。",
        )
    )
    piece = page.articles[-1]
    assert (piece.kicker, piece.title, piece.column) == ("", "一棵茶树的“翻身记”", "一线调研")


def test_a_columns_name_under_a_dash_led_subtitle_is_the_column_whatever_its_words():
    # The column's name set under the stack's dash-led subtitle, naming what
    # the feature reports (乡村人才振兴): no third headline part.
    page = parse(
        column_page(
            "山村里的“新农人”",
            "——安化县返乡创业青年见闻",
            "乡村人才振兴观察",
            "湖南日报全媒体记者 谭一川",
            "通讯员 何青",
            "初夏时节，安化县江南镇的茶山上，返",
            "乡青年李小军正带着村民采摘夏茶。这",
            "几年，当地推进乡村人才振兴，吸引了",
            "一百多名年轻人回乡创业。",
            "“以前夏茶没人要，现在也能卖上好价",
            "钱。”李小军一边采茶一边说。",
        )
    )
    (piece,) = page.articles
    assert (piece.kicker, piece.title, piece.subtitle, piece.column) == (
        "",
        "山村里的“新农人”",
        "——安化县返乡创业青年见闻",
        "乡村人才振兴观察",
    )


def test_a_run_of_briefs_label_under_a_feature_is_the_briefs_not_the_features():
    # The label heads the briefs printed under it: it closes no piece above.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "山里的流动药箱",
            "湖南日报全媒体记者 谭一川 通讯员 何青",
            "清晨六点,桑植县的乡村医生向大姐背起药箱出了门。她负责的三个村散落在山坳里,走一趟要大半天。",
            "二十年来,她走坏了十几双鞋,村里老人的血压、血糖,她都记在一个本子上。",
            "简讯",
            "郴州新建十个农产品冷链仓",
            "湖南日报4月2日讯(全媒体记者 邓永明)郴州市今年新建农产品冷链仓十个,新增库容两万吨。",
            "衡阳开通三条城乡客运公交",
            "湖南日报4月2日讯(全媒体记者 曹辉)衡阳市近日新开通城乡客运公交线路三条,覆盖二十个村。",
        )
    )
    assert [(a.title, a.column) for a in page.articles[1:]] == [
        ("山里的流动药箱", ""),
        ("郴州新建十个农产品冷链仓", "简讯"),
        ("衡阳开通三条城乡客运公交", "简讯"),
    ]


def test_a_reporters_piece_under_a_kicker_of_five_paragraphs_is_a_feature():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "走进山区卫生院",
            "小镇医院的“新气象”",
            "湖南日报全媒体记者 谭一川 通讯员 何青",
            "早上八点,古丈县默戎镇卫生院的门诊大厅已坐满了人。",
            "三年前,这家卫生院只有两间诊室,群众看病都往县城跑。",
            "如今,卫生院新建了住院楼,还开了康复理疗和中医科室。",
            "县医院每周派专家来坐诊,卫生院的医生也轮流去县里进修。",
            "院长说,去年住院病人比三年前翻了一番。",
        )
    )
    assert page.articles[-1].kind == "feature"


def test_a_poem_of_even_lines_under_a_bare_named_poet_is_read_whole():
    # A poem whose title does not say it is verse, under its poet's bare
    # name: eleven short lines of about one width, then the next piece's
    # column name, title and writer. No line is a box or a headline.
    verse = [
        "雨从山那边来",
        "敲着瓦片上的",
        "旧年的青苔",
        "灯下的母亲",
        "把针线穿过",
        "一个长长的冬",
        "窗外的竹林",
        "低头听了一夜",
        "天亮的时候",
        "山还是那座山",
        "水已绕过村庄",
    ]
    page = parse(
        column_page(
            "河边的老樟树",
            "文丨周小溪",
            "村口的老樟树，据说有三百多岁了。",
            "夏天，全村人都爱到树下乘凉，老人",
            "摇着蒲扇讲古，孩子们在树根间捉迷",
            "藏。樟树不说话，只是把影子铺得很",
            "宽很宽。",
            "山中夜雨",
            "龙青禾",
            *verse,
            "乡土随笔",
            "外婆的腌菜坛",
            "文丨易春燕",
            "外婆的灶屋里，一排腌菜坛靠墙站着，",
            "坛口蒙着纱布，压着青石。每年秋",
            "天，外婆都要腌上几坛萝卜和豆角。",
        )
    )
    essay, poem, essay2 = page.articles
    assert (poem.title, poem.byline, list(poem.paragraphs)) == ("山中夜雨", "龙青禾", verse)
    assert essay.column == "" and (essay2.title, essay2.column) == ("外婆的腌菜坛", "乡土随笔")


def test_a_deputys_seat_post_and_name_under_a_title_sign_the_piece():
    # A two sessions' page of voices: each title, then the deputy's seat and
    # post and name on one line, then what the deputy said.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "给山区学校多留几位好老师",
            "全国人大代表、城步苗族自治县某中学校长 杨春梅",
            "我在山区教书二十年,最大的感受是年轻老师留不住。我建议提高山区教师的生活补助。",
            "让县城医院接得住大病",
            "省政协委员、某市人民医院院长 邓志华",
            "县城医院的设备这几年更新了不少,缺的是能看大病的医生。",
        )
    )
    assert [(a.title, a.byline) for a in page.articles[1:]] == [
        ("给山区学校多留几位好老师", "全国人大代表、城步苗族自治县某中学校长 杨春梅"),
        ("让县城医院接得住大病", "省政协委员、某市人民医院院长 邓志华"),
    ]


def test_a_caption_of_two_sentences_in_column_lines_runs_to_its_credit():
    # A photo's title, its caption set to the column's width in two
    # sentences, the second on lines of its own, then the credit alone.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "车间赶工忙",
            "5月20日，株洲高新区一家电机企业，",
            "工人在生产线上组装新能源汽车电机。",
            "今年以来，该企业订单比去年多了四成，",
            "产品远销东南亚。",
            "                  湖南日报全媒体记者 谭湘林 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "车间赶工忙"
    assert photo.byline == "湖南日报全媒体记者 谭湘林 摄"
    assert photo.paragraphs[-1].endswith("产品远销东南亚。")


def test_a_readers_signature_of_town_and_name_is_never_a_title_and_a_writer():
    # A letter signed at its end with the reader's district and name, set
    # apart by a space: one signature, the letter's byline.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "小区门口的路灯该修了",
            "编辑同志:我家小区门口的三盏路灯坏了快两个月,晚上出门黑灯瞎火,老人孩子很不方便。",
            "希望物业尽快派人来修一修。",
            "衡阳市蒸湘区读者 王建民",
            "长沙新开三条社区巴士线路",
            "湖南日报4月2日讯(全媒体记者 曹辉)长沙市近日新开通社区巴士线路三条,连通十个小区。",
        )
    )
    letter = page.articles[1]
    assert (letter.title, letter.byline) == ("小区门口的路灯该修了", "衡阳市蒸湘区读者 王建民")
    assert page.articles[-1].title == "长沙新开三条社区巴士线路"


def test_a_dateline_broken_twice_inside_its_reporters_names_is_whole():
    # The reporters' parenthesis broken over three lines, a line of names
    # alone in the middle: one dateline, no byline item of its own.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "全省开展冬季消防安全检查",
            "湖南日报12月3日讯(全媒体记者 周立",
            "通讯员 罗晓 谭敏",
            "彭宇 刘欣)今天,省消防救援总队部署开展冬季消防安全检查,重点检查人员密集场所。",
            "检查将持续到明年2月,对发现的隐患一律限期整改。",
        )
    )
    report = page.articles[-1]
    assert len(page.articles) == 2
    assert squash(report.dateline) == squash(
        "湖南日报12月3日讯（全媒体记者 周立 通讯员 罗晓 谭敏 彭宇 刘欣）"
    )
    assert report.paragraphs[0].startswith("今天，省消防救援总队")


def test_the_papers_name_set_close_to_its_pages_is_the_pages_banner():
    page = parse(
        paragraph_page(
            "湖南日报评论",
            "潇湘快评",
            "让节约成为一种习惯",
            "湖南日报评论员",
            "一粒米、一度电、一滴水,看似微不足道,积少成多却是一笔不小的财富。",
            "节约不是小气,而是一种对资源、对劳动的尊重。",
        )
    )
    (piece,) = page.articles
    assert (piece.kicker, piece.title, piece.column) == ("", "让节约成为一种习惯", "潇湘快评")


def test_a_letter_signed_under_its_title_by_a_reader_with_no_town_is_signed():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "来信:小区门前的积水何时能排",
            "读者 邹明亮",
            "编辑同志:我家小区门前一下雨就积水,深的地方没过脚踝,居民出行很不方便。",
            "希望市政部门尽快疏通排水管道。",
        )
    )
    letter = page.articles[-1]
    assert (letter.title, letter.byline) == ("来信：小区门前的积水何时能排", "读者 邹明亮")


def test_a_dated_reports_headline_printed_after_its_lead_is_its_own():
    # A dated report with no headline over it: its lead, a paragraph cut,
    # then its headline on a line of two phrases, then another story's text.
    page = parse(
        paragraph_page(
            "▲ ▲(上接1版)会议指出,文化旅游是我省具有比较优势的产业,要持续做大做强,",
            "湖南日报5月8日讯(记者 谭晓 通讯员 罗一)记者今天从省文化和旅游厅获悉,"
            "“五一”假期全省接待游客3200万人次,比上年增长15.2%。",
            "从景区看,红色旅游景区最受欢迎,接待游客增长最快。假期,全省红色",
            "“五一”假期全省接待游客增长15.2% 红色旅游景区最受欢迎",
            "推动文旅深度融合,打造一批精品线路和特色街区。",
            "会议还研究了其他事项。",
            "旅游景区接待游客增长21.6%,韶山、花明楼等景区游客量创新高。",
        )
    )
    report = next(a for a in page.articles if a.dateline)
    assert report.kicker + report.title + report.subtitle == (
        "“五一”假期全省接待游客增长15.2%红色旅游景区最受欢迎"
    )


def test_a_dated_reports_headline_printed_under_another_storys_text_names_its_own_lead():
    # A feature cut by a dated report's lead, the feature's text running on
    # under it, a crosshead, then the report's headline, naming what that lead
    # told (and not the text just above it), then the report's rest.
    page = parse(
        paragraph_page(
            "金秋果乡采摘忙",
            "湖南日报记者 谭晓",
            "入秋以来,沿江各县的果园陆续开园,游客、客商纷至沓来。",
            "一、产业:从“小果园”到“大基地”",
            "走进溆浦县的一处果园,枝头挂满了金黄的柚子,果农正忙着采摘装箱。园区负责人介绍,今年全县柚子种植面积达到",
            "湖南日报9月6日讯(记者 罗一)记者今天从省气象局获悉,我省首部新一代"
            "天气雷达组网系统日前通过验收,可提前两小时预警冰雹和短时强降水。",
            "12万亩,预计产量比去年增加两成,线上订单已排到下个月。",
            "二、销售:从“等客来”到“找上门”",
            "“今年的柚子个头大、水分足,每斤能多卖两毛钱。”果农笑着说。县里还请来电商主播,"
            "在果园里直播带货,一场直播就卖出3万多斤,不少客商也循着直播找上门来订货。",
            "沿江而下,麻阳、辰溪的冰糖橙也进入采摘季,县乡道路两旁随处可见收购点,运输车辆往来不断。",
            "三、品牌:从“卖产品”到“卖品牌”",
            "新一代天气雷达组网系统通过验收 冰雹预警提前两小时",
            "据介绍,系统由8部雷达组成,覆盖全省山区和库区,数据每6分钟更新一次。",
            "省气象局有关负责人表示,将把雷达数据接入各地防灾减灾平台。",
            "如今,溆浦柚子已注册地理标志商标,品牌价值逐年提升,果农的腰包越来越鼓。",
        )
    )
    report = next(a for a in page.articles if a.dateline)
    assert report.kicker + report.title + report.subtitle == (
        "新一代天气雷达组网系统通过验收冰雹预警提前两小时"
    )


def test_a_name_cut_in_two_goes_on_where_the_story_prints_it_whole_again():
    # …种粮大户曾佑 / another report / 泉有一本…: jieba knows no such name, but
    # the feature prints 曾佑泉 whole twice further on.
    page = parse(
        paragraph_page(
            "一笔细账里的种粮底气",
            "湖南日报记者 谭晓",
            "在华容县治河渡镇,种粮大户曾佑",
            "全省秋粮收购全面展开",
            "湖南日报10月9日讯(记者 罗一)记者今天从省粮食和物资储备局获悉,全省秋粮收购"
            "全面展开,已设立收购网点1200多个。",
            "省粮食和物资储备局有关负责人表示,将严格执行最低收购价政策,确保农民种粮有钱赚。",
            "泉有一本记了六年的账本,种子、化肥、机耕、人工,每一笔开支都写得清清楚楚。",
            "翻开今年这一页,曾佑泉算起了细账:他种了600亩中稻,每亩纯收入比去年多了80元。",
            "“算清了账,心里就有底。”曾佑泉说,明年还想再流转200亩。",
        )
    )
    feature = page.articles[0]
    assert feature.paragraphs[0].startswith("在华容县治河渡镇，种粮大户曾佑泉有一本")
    assert len(feature.paragraphs) == 3


def test_a_stack_printed_into_a_sentence_over_another_storys_writers_may_be_the_cut_storys():
    # A report's sentence left open (…预计), a stack, then a feature's writers
    # over a stack of its own: the first stack is the report's headline.
    page = parse(
        column_page(
            "湖南日报10月9日讯（记者 程立）随着",
            "三季报披露期临近，湘股业绩预告陆续",
            "出炉。截至今日，已有46家上市公司发",
            "布预告，其中预增、扭亏的公司共34家。",
            "装备制造板块回暖最为明显，挖掘机销",
            "量大幅增长。有色、化工板块同样表现",
            "不俗。随着大宗商品价格回升，预计",
            "湘股三季报预告陆续出炉",
            "超七成公司业绩预喜",
            "——装备制造板块回暖明显",
            "湖南日报记者 邓远 通讯员 柯林",
            "融资难融资贵怎么破",
            "一家小微企业的“融资账”",
            "——来自株洲中小企业融资一线的调查",
            "“去年这个时候，为了筹一笔原材料款，",
            "我跑了5家银行，最后还是找民间借贷。”",
            "株洲一家配件企业负责人罗建国说。",
            "今年情况大不一样。株洲市搭建中小企",
            "业融资服务平台，把全市36家银行的产",
            "品搬到网上，企业在线填报融资需求。",
        )
    )
    report, feature = stories(page)
    assert (report.kicker, report.title, report.subtitle) == (
        "湘股三季报预告陆续出炉",
        "超七成公司业绩预喜",
        "——装备制造板块回暖明显",
    )
    assert (feature.kicker, feature.title) == ("融资难融资贵怎么破", "一家小微企业的“融资账”")


def test_a_crosshead_under_the_byline_stays_apart_from_a_sentence_opening_on_its_day():
    page = parse(
        paragraph_page(
            "雨夜里的守堤人",
            "湖南日报记者 谭晓 通讯员 罗一",
            "一夜巡了12公里堤",
            "7月3日深夜,华容县的江堤上雨声哗哗。村支书和同事们穿着雨衣、打着手电,一段一段地查看堤脚。",
            "当晚,巡堤队共发现并处置散浸险情3处,直到天亮才收队。",
            "巡查责任落到每一段",
            "华容县堤线长、险段多,县里把每一公里堤防都落实到人,白天黑夜轮班值守。",
        )
    )
    (feature,) = page.articles
    assert feature.paragraphs[:2] == (
        "一夜巡了12公里堤",
        "7月3日深夜，华容县的江堤上雨声哗哗。村支书和同事们穿着雨衣、打着手电，一段一段地查看堤脚。",
    )
    assert feature.subheads == ("一夜巡了12公里堤", "巡查责任落到每一段")


def test_a_cartoon_credited_to_its_drawer_is_a_picture_item_with_that_credit():
    # 某某 绘, right-aligned under the cartoon's caption, credits it as 某某 摄
    # credits a photo.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "漫画·“抢红包”",
            "会议室里，台上讲得起劲，台下个个低头抢红包。",
            "                        周小安 绘",
        )
    )
    cartoon = page.articles[-1]
    assert (cartoon.kind, cartoon.title, cartoon.byline) == ("photo", "漫画·“抢红包”", "周小安 绘")


def test_a_quotation_cut_open_after_a_clause_opens_no_story_over_another_storys_text():
    # “…‘惟楚有材，于斯 / another story's rest / 为盛’，…”: a speaker's words cut
    # by the page, however short and unlike the text under it.
    page = parse(
        paragraph_page(
            "宁乡一处遗址发现大型夯土台基",
            "湖南日报4月8日讯(记者 谭晓)记者今天从省文物考古研究院获悉,宁乡市一处商周时期遗址发掘出面积约1200",
            "全省春季研学旅行全面启动",
            "湖南日报4月8日讯(记者 罗一)春暖花开,各地研学旅行迎来高峰。记者今天从省教育厅获悉,全省已有800余所中小学组织学生开展研学。",
            "为满足研学需求,各地景区推出“讲堂听讲”“碑廊拓印”“古籍修复体验”等十多项课程,韶山、花明楼等红色景区还推出专题课程,学生在讲解员带领下重温革命历史,每天接待研学团队三十多批。",
            "“以前只在课本上读过‘惟楚有材,于斯",
            "平方米的夯土台基,是湘江流域同时期规模最大的夯土建筑遗存之一。该遗址位于沩水河畔的一处台地上,台基由黄褐色黏土分层夯筑而成,夯层清晰,每层厚约十厘米。",
            "考古人员还出土了陶器、石器、铜渣等遗物两千多件,为研究当地青铜冶铸提供了实物资料。",
            "为盛’,今天亲眼看到这块匾额,感觉特别震撼。”来自长沙市一所中学的学生说。",
            "据介绍,各地将加强研学线路安全管理,确保学生出行安全。",
        )
    )
    assert [a.title for a in page.articles] == [
        "宁乡一处遗址发现大型夯土台基",
        "全省春季研学旅行全面启动",
    ]
    assert page.articles[1].paragraphs[2].startswith("“以前只在课本上读过‘惟楚有材，于斯为盛’")


def test_a_hotlines_name_over_its_number_is_a_box_not_a_headline():
    # 全国反诈专线 / 96110 framed between a headline and a feature's writers.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "全国反诈专线",
            "96110",
            "湖南日报记者 谭晓",
            "通讯员 罗一",
            "记一名社区反诈民警",
            "和骗子“抢时间”的人",
            "凌晨1点，市公安局反诈中心的大屏幕",
            "上，一条预警信息突然弹出：辖区一名",
            "群众正在与疑似诈骗电话通话。",
            "民警一把抓起电话，一边拨打预警对",
            "象的号码，一边通知辖区派出所出警。",
        )
    )
    report, feature = stories(page)
    assert report.kicker + report.title + report.subtitle == "全省水利建设现场推进会召开"
    assert feature.byline == "湖南日报记者 谭晓 通讯员 罗一"
    assert page.extras == ("全国反诈专线96110",)


def test_a_tips_boxs_name_under_a_reports_headline_heads_the_tips():
    # A report, its stack printed after it, then 反诈小课堂 over tips on the
    # same subject: the box's name heads the tips, no subtitle of the report.
    page = parse(
        column_page(
            "湖南日报1月14日讯（记者 易青禾 通讯",
            "员 谢浩然）近日，衡阳警方破获一起冒",
            "充“客服”实施诈骗的案件，涉案金额",
            "80余万元。骗子自称平台客服，称受害",
            "人开通了会员自动续费，诱导其下载会",
            "议软件、开启屏幕共享后转走存款。",
            "反诈中心民警提醒，正规平台客服不会",
            "要求用户开启屏幕共享，更不会要求转",
            "账。接到此类电话，应立即挂断，通过",
            "官方客服电话核实，谨防上当。",
            "涉案金额80余万元",
            "衡阳破获一起冒充“客服”诈骗案",
            "反诈小课堂",
            "接到自称“客服”的电话，说您的账",
            "户开通了某项服务、不取消会扣费的，请",
            "直接挂断，通过官方渠道核实。",
            "陌生人发来的链接不要点，陌生软件",
            "不要下，屏幕共享不要开，验证码不要告",
            "诉任何人。",
        )
    )
    report, tips = stories(page)
    assert (report.kicker, report.title, report.subtitle) == (
        "涉案金额80余万元",
        "衡阳破获一起冒充“客服”诈骗案",
        "",
    )
    assert tips.title == "反诈小课堂"
    assert tips.paragraphs[0].startswith("接到自称“客服”的电话")


#: Two members' voices, each under its own title, who speaks over the words.
VOICES_COLUMN = column_page(
    "委员声音",
    "让老旧小区改造更暖心",
    "孟清川（省政协委员，某设计研究院",
    "总建筑师）",
    "孟清川委员说，老旧小区改造要先",
    "问需于民，加装电梯、增设停车位、改",
    "造管网，哪样先做，应由居民商量着定。",
    "他建议建立改造项目居民评议制度。",
    "乡村客运要开得进也留得住",
    "易秋禾（省政协委员，某客运公司",
    "总经理）",
    "易秋禾委员关注农村客运。她说，",
    "一些偏远村组客流少，班线开通后难",
    "以维持，建议推行预约响应式客运，",
    "让村民一个电话就能约到车。",
)
VOICES_PARAGRAPHS = paragraph_page(
    "委员声音",
    "让老旧小区改造更暖心",
    "孟清川（省政协委员，某设计研究院总建筑师）",
    "孟清川委员说，老旧小区改造要先问需于民，加装电梯、增设停车位、改造管网，哪样先做，应由居民商量着定。他建议建立改造项目居民评议制度。",
    "乡村客运要开得进也留得住",
    "易秋禾（省政协委员，某客运公司总经理）",
    "易秋禾委员关注农村客运。她说，一些偏远村组客流少，班线开通后难以维持，建议推行预约响应式客运，让村民一个电话就能约到车。",
)


@pytest.mark.parametrize("text", [VOICES_COLUMN, VOICES_PARAGRAPHS])
def test_each_members_voice_under_its_title_is_a_piece_of_its_own(text):
    page = parse(text)
    assert [a.title for a in page.articles] == ["让老旧小区改造更暖心", "乡村客运要开得进也留得住"]
    assert [a.paragraphs[0] for a in page.articles] == [
        "孟清川（省政协委员，某设计研究院总建筑师）",
        "易秋禾（省政协委员，某客运公司总经理）",
    ]


def test_a_hotline_box_under_a_report_is_an_item_of_its_own():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "招商热线",
            "常德经开区招商局:0736-7200XXXX;郴州高新区投资促进中心:0735-2800XXXX。"
            "欢迎海内外客商来湘考察投资,洽谈合作。",
        )
    )
    report, box = page.articles
    assert len(report.paragraphs) == 2
    assert box.title == "招商热线" and box.paragraphs[0].startswith("常德经开区招商局")


def test_briefs_closed_by_their_source_in_brackets_are_items_of_their_own():
    # 简讯 / a title / its text …。（记者 某某） …: the source closes each brief.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "简讯",
            "湘江株洲段开展秋季禁渔巡查",
            "10月14日,株洲市农业农村局联合公安、海事等部门,在湘江株洲段开展秋季禁渔联合巡查,清理违规网具20余张。（记者 罗一）",
            "全省中学生田径运动会开幕",
            "本月以来,全省中学生田径运动会在郴州举行,来自14个市州的1200余名运动员参加比赛。（记者 谭晓）",
            "省博物馆推出“少儿研学月”活动",
            "10月15日起,省博物馆推出为期一个月的“少儿研学月”活动,举办讲解、拓印等体验课程。（通讯员 柯林）",
        )
    )
    briefs = page.articles[1:]
    assert [b.title for b in briefs] == [
        "湘江株洲段开展秋季禁渔巡查",
        "全省中学生田径运动会开幕",
        "省博物馆推出“少儿研学月”活动",
    ]
    assert all(b.column == "简讯" and len(b.paragraphs) == 1 for b in briefs)


def test_a_tips_name_under_a_report_on_the_same_subject_heads_an_item_of_its_own():
    # 出行提示 under a report on the roads: the tips are no paragraph of it.
    page = parse(
        paragraph_page(
            "全省高速公路迎来返程高峰",
            "湖南日报2月1日讯(记者 罗一)今天是春节假期最后一天,全省高速公路迎来返程高峰,车流量比平日增长六成。交警部门在重点路段增派警力,引导车辆有序通行。",
            "据介绍,今年春运以来,全省高速公路累计通行车辆超过1800万台次,未发生重大交通事故。",
            "出行提示",
            "近期我省将迎来一次大范围降雪和道路结冰过程,请广大驾驶员提前关注路况和天气信息,合理安排出行时间,途经高速公路时减速慢行。",
        )
    )
    report, tips = page.articles
    assert len(report.paragraphs) == 2
    assert tips.title == "出行提示" and tips.paragraphs[0].startswith("近期我省将迎来")


def test_a_weekly_pages_name_and_days_are_furniture_and_an_exhibition_notice_an_item():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湖南日报文化周刊",
            "每周四出版",
            "收录湖湘文献5000余种 《湖湘文库》数字化平台上线",
            "湖南日报4月8日讯(记者 罗一)今天,《湖湘文库》数字化平台正式上线,读者通过电脑和手机均可访问。",
            "展讯",
            "“楚风湘韵——湖南出土漆器精品展”即日起至6月30日在省博物馆展出,每周一闭馆。",
        )
    )
    report, library, notice = page.articles
    assert report.title == "全省春季农业生产现场会召开"
    assert (library.kicker, library.title) == ("收录湖湘文献5000余种", "《湖湘文库》数字化平台上线")
    assert notice.title == "展讯" and len(library.paragraphs) == 1
    assert page.extras == ("湖南日报文化周刊每周四出版",)


def test_a_tips_boxs_name_under_a_report_on_its_subject_is_no_crosshead_of_it():
    # 健康提示 under a report on pupils' eyesight, tips on the eyes under it.
    page = parse(
        column_page(
            "长沙为60万名学生开展视力筛查",
            "湖南日报10月20日讯（记者 黎晨阳）",
            "记者今天从长沙市卫生健康委获悉，",
            "全市中小学生视力筛查工作本月启动，",
            "将为60万名学生建立视力健康档案。",
            "筛查结果将及时反馈给学生家长，对",
            "视力异常的学生，医院将提供复查和",
            "干预指导。去年的筛查数据显示，全市",
            "小学生近视率为32.7%、初中生为",
            "66.5%，学业负担较重、户外活动不",
            "足是主要原因。",
            "今年，长沙还将在全市中小学推行",
            "“课间十分钟走出教室”活动，并把学生",
            "视力健康状况纳入学校年度考核。",
            "健康热线",
            "12320",
            "健康提示",
            "请家长督促孩子减少使用电子产品，每",
            "天户外活动不少于2小时；发现孩子视力",
            "异常，及时到医院眼科检查，不要盲目",
            "给孩子配戴眼镜。",
        )
    )
    report, tips = page.articles
    assert report.subheads == () and len(report.paragraphs) == 2
    assert tips.title == "健康提示"


def test_a_quotation_signed_after_a_dash_on_its_line_ends_its_paragraph():
    # …不少。”——某县城超市经营者 某某 (and a signature wrapped to the next
    # line): the quotation is finished, and the label and title under it open
    # the next piece.
    page = parse(
        column_page(
            "声音",
            "热议“县域商业体系建设”",
            "“县城是连接城市和乡村的纽带，",
            "县域商业搞活了，农产品才能卖得出去，",
            "工业品才能走得进来。”——省商",
            "务厅流通业发展处负责人",
            "“以前进货要跑到市里的批发市场，",
            "来回一整天。现在县里建了共同配送中",
            "心，打个电话货就送到店里，成本降了",
            "不少。”——某县城超市经营者 肖红梅",
            "观察",
            "留住乡村的“烟火气”",
            "宁致远",
            "近年来，不少乡村面貌焕然一新：道路",
            "硬化了，路灯亮了，房前屋后干净整洁",
            "了。但在一些地方，也出现了千篇一律",
            "的景观，少了几分乡土味。",
            "乡村振兴，不是把乡村变成城市。乡村",
            "的魅力，恰恰在于它的山水田园、古树",
            "老屋和乡音乡愁。",
        )
    )
    voices, piece = stories(page)
    assert voices.title == "热议“县域商业体系建设”"
    assert piece.title == "留住乡村的“烟火气”"
    assert piece.paragraphs[0].startswith("近年来")


#: A commentary, a run of briefs each closed by its source, and the
#: commentary's last paragraph printed under them.
BRIEFS_UNDER_COMMENTARY = paragraph_page(
    "把“修路书记”的劲头传下去",
    "龙剑飞",
    "六年修通35公里山路，带着村民种出一片致富果园，舒建华的故事让人动容。",
    "脱贫攻坚进入决战决胜阶段，越到最后越要有这样的劲头。基层干部的劲头，来自对乡亲们的感情，也来自组织的关心。",
    "简讯",
    "湘江株洲段开展秋季禁渔巡查",
    "10月14日,株洲市农业农村局联合公安、海事等部门,在湘江株洲段开展秋季禁渔联合巡查,清理违规网具20余张。（记者 罗一）",
    "全省中学生田径运动会开幕",
    "本月以来,全省中学生田径运动会在郴州举行,来自14个市州的1200余名运动员参加比赛。（记者 谭晓）",
    "也要看到，基层干部不是“铁人”。关心关爱基层干部，帮他们减轻负担、解决困难，让他们把精力用在为群众办实事上，同样是爱护干部的应有之义。",
)


def test_a_briefs_source_in_brackets_closes_its_paragraph():
    # Whatever piece follows the last brief, its text does not run on after
    # the brief's source (…比赛。（记者 某某）).
    page = parse(BRIEFS_UNDER_COMMENTARY)
    last = page.articles[-1]
    assert last.paragraphs[0].endswith("参加比赛。（记者谭晓）")
    assert all(p.endswith("。") for p in page.articles[0].paragraphs)


def test_text_under_a_run_of_briefs_closed_by_their_sources_is_the_story_above_them():
    # The commentary's last paragraph printed under the briefs: no brief's,
    # each closed by its source.
    page = parse(BRIEFS_UNDER_COMMENTARY)
    commentary, *briefs = page.articles
    assert commentary.paragraphs[-1].startswith("也要看到")
    assert [len(b.paragraphs) for b in briefs] == [1, 1]


def test_a_column_pages_first_line_that_states_something_over_its_text_is_its_title():
    # The page opens on a commentary's title nearly as wide as its column,
    # no word run over the break to the text under it.
    page = parse(
        column_page(
            "让社区减负真正落到每一处实处",
            "开春以来，不少基层干部反映，各类",
            "检查考核明显少了，可以把更多精力",
            "用在为群众办实事上。这是好事，值",
            "得肯定。",
            "减负不是减责任。有的地方把减负理",
            "解为少干事，群众来办事能推就推，",
            "这就走偏了。",
            "湖南日报评论员",
        )
    )
    (piece,) = page.articles
    assert piece.title == "让社区减负真正落到每一处实处"
    assert piece.paragraphs[0].startswith("开春以来")


#: A reader's letter as a column page prints it: the letters' label, the
#: title asking its question, the salutation, the text, the signature.
COLUMN_LETTER = (
    "读者来信",
    "小区门口的路灯谁来修？",
    "编辑同志：",
    "我家小区门口的三盏路灯坏了快两个",
    "月，晚上出门黑灯瞎火，老人孩子很",
    "不方便。希望有关单位尽快派人来修。",
    "衡阳市蒸湘区读者 王建民",
)


def test_a_letters_question_title_over_its_salutation_is_its_title():
    # A reader's letter on a column page: its label, its title asking a
    # question (closed on its mark), the salutation, the text, the signature.
    page = parse(
        column_page(
            COLUMN_BODY,
            *COLUMN_LETTER,
        )
    )
    letter = page.articles[-1]
    assert (letter.title, letter.column) == ("小区门口的路灯谁来修？", "读者来信")
    assert letter.byline == "衡阳市蒸湘区读者 王建民"


def test_a_letter_on_a_paragraph_page_under_its_question_keeps_its_label_and_salutation():
    # The letters' label, the letter's title asking its question, the
    # salutation alone on its line, the text, the reader's signature.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "读者来信",
            "小区门口的路灯谁来修？",
            "编辑同志：",
            "我家小区门口的三盏路灯坏了快两个月,晚上出门黑灯瞎火,老人孩子很不方便。",
            "希望有关单位尽快派人来修。",
            "衡阳市蒸湘区读者 王建民",
        )
    )
    report, letter = page.articles
    # (the label is no paragraph of it)
    assert report.paragraphs[-1] == tidy_marks(PARAGRAPH_REPORT[-1])
    assert (letter.title, letter.column) == ("小区门口的路灯谁来修？", "读者来信")
    assert letter.byline == "衡阳市蒸湘区读者 王建民"
    assert letter.paragraphs[0] == "编辑同志："


def test_a_meetings_kicker_set_apart_by_room_still_heads_the_title_under_it():
    # The kicker names the meeting and what it did (…研究部署), the title
    # what it set out, three blank lines between them as the page spaced them.
    page = parse(
        paragraph_page(*PARAGRAPH_REPORT)
        + "\n"
        + paragraph_page(
            "市政府常务会议研究部署",
            "",
            "",
            "抓好汛期地质灾害防治 确保群众生命安全",
            "湖南日报5月6日讯(全媒体记者 杜方)今天,市政府开会研究部署汛期地质灾害防治工作。",
            "会议要求,各地要落实巡查排查责任,对隐患点逐一建档。",
        )
    )
    report, meeting = page.articles
    assert report.paragraphs[-1] == tidy_marks(PARAGRAPH_REPORT[-1])
    assert (meeting.kicker, meeting.title) == (
        "市政府常务会议研究部署",
        "抓好汛期地质灾害防治 确保群众生命安全",
    )


def test_a_specials_two_line_banner_led_by_its_year_is_no_headline():
    # The page's banner (the event with its year, the special's name under
    # it), then a report's kicker and title over its dateline.
    page = parse(
        paragraph_page(
            "2024全国两会",
            "湘音京华",
            "湖南代表团举行小组会议",
            "审议政府工作报告",
            "湖南日报北京3月6日电(全媒体记者 石明)今天上午,出席十四届全国人大二次会议的湖南"
            "代表团在驻地举行小组会议,审议政府工作报告。",
            "代表们一致认为,报告回顾过去一年的工作实事求是,部署今年的任务重点突出、措施有力,"
            "是一个凝心聚力、催人奋进的好报告,完全赞成这个报告。",
            "让农村孩子在家门口上好学",
            "全国人大代表、某县一所中心小学校长 周红",
            "我建议继续加大对乡村学校的投入,让更多好老师留在村小。",
        )
    )
    report, remarks = page.articles
    assert remarks.title == "让农村孩子在家门口上好学"
    assert (report.kicker, report.title) == ("湖南代表团举行小组会议", "审议政府工作报告")
    assert "湘音京华" in " ".join(page.extras)


def test_a_title_right_over_a_members_seat_and_name_is_that_remarks_title():
    # A column page of members' remarks (title / seat, post and name / text),
    # the paper's commentary on them at its foot naming the same topics: the
    # title printed over a member's line is the member's, whatever the
    # commentary shares with it.
    page = read_set_page("dev_ys", "012")
    remarks = next(a for a in page.articles if a.byline.endswith("邓雅琴"))
    assert remarks.title == "关注“一老一小”民生需求"


def test_letters_in_a_run_under_one_label_each_keep_their_title_text_and_label():
    # Two readers' letters under the letters' label, one a line: each under
    # its own title (the second asks with no mark), its salutation, its text
    # and its reader's signature.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "读者来信",
            "老旧小区楼道该装扶手了",
            "编辑同志：",
            "我今年七十三岁,住在一个没有电梯的老小区,上下楼梯全靠扶着墙慢慢走。",
            "建议在老旧小区改造中,把加装楼道扶手列入改造内容。",
            "株洲市芦淞区读者 刘桂兰",
            "村里的班车能否晚些收班",
            "编辑同志：",
            "我家住在山区一个村子,到镇上的班车下午四点就收班了,学生放学后常常赶不上车。",
            "希望交通部门根据群众出行规律,适当延后末班车的时间。",
            "怀化市沅陵县读者 张金生",
        )
    )
    first, second = page.articles[1:]
    assert (first.title, first.column) == ("老旧小区楼道该装扶手了", "读者来信")
    assert (second.title, second.column) == ("村里的班车能否晚些收班", "读者来信")
    assert first.byline == "株洲市芦淞区读者 刘桂兰"
    assert second.byline == "怀化市沅陵县读者 张金生"
    assert [p[:4] for p in first.paragraphs] == ["编辑同志", "我今年七", "建议在老"]
    assert [p[:4] for p in second.paragraphs] == ["编辑同志", "我家住在", "希望交通"]


def test_a_reporters_sign_off_at_the_end_of_the_last_paragraph_is_the_byline():
    # A short item under its title at the page's top, undated, its reporters' closing line
    # printed on the paragraph's line after its last sentence.
    page = parse(
        paragraph_page(
            "桃花盛开引客来",
            "3月18日,桃源县一处桃园里,游客在花海中拍照留念。眼下当地桃花进入盛花期,"
            "漫山遍野的桃花竞相绽放,吸引不少市民和外地游客驱车前来踏青赏花。",
            "据了解,今年该县依托桃花资源举办赏花节,配套推出农家乐、采摘园等乡村旅游项目,"
            "带动周边村民增收。 湖南日报·新湖南客户端记者 方可为 报道",
            *PARAGRAPH_REPORT,
        )
    )
    item = page.articles[0]
    assert item.title == "桃花盛开引客来"
    assert item.byline == "湖南日报·新湖南客户端记者 方可为 报道"
    assert item.paragraphs[-1].endswith("带动周边村民增收。")


def test_a_commentary_signed_and_titled_after_its_text_takes_the_label_under_its_title():
    # A column page: a commentary's text, then its writer, its title and its
    # column's label, then the next report under its own headline.
    page = parse(
        column_page(
            "减费让利，说到底是为了让市场主体",
            "轻装上阵。各地要把政策落实的账算",
            "细算实，让企业实实在在感受到变化。",
            "当然，企业也要用好省下来的资金，",
            "加大研发投入、提升产品品质，把政",
            "策红利转化为发展的动力。",
            "龙小川",
            "让惠企政策直达快享",
            "湘水评论",
            "湘剧新作将赴京演出",
            "湖南日报3月5日讯（记者 李小兰）记",
            "者今天从省文化和旅游厅获悉，省湘",
            "剧院创排的大型现代湘剧将于本月下",
            "旬赴京参加全国优秀剧目展演。",
        )
    )
    comment = next(a for a in page.articles if a.title == "让惠企政策直达快享")
    assert (comment.column, comment.byline) == ("湘水评论", "龙小川")
    assert comment.paragraphs[0].startswith("减费让利")


def test_the_papers_commentator_under_a_dated_report_heads_the_commentary_below():
    # One paragraph a line: a dated report, then the paper's commentator over
    # a commentary's title and text.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湖南日报评论员",
            "把春耕的每一项准备做在前头",
            "春争日,夏争时。眼下正是春耕备耕的关键时节,各地要把农资供应、农机检修、"
            "技术指导等工作抓实抓细,确保不误农时。",
            "抓好春耕,关键在落实。各级干部要多到田间地头走一走,帮助农民解决实际困难。",
        )
    )
    report, comment = page.articles
    assert report.byline == "" and report.paragraphs[-1] == tidy_marks(PARAGRAPH_REPORT[-1])
    assert (comment.title, comment.byline) == ("把春耕的每一项准备做在前头", "湖南日报评论员")
    assert comment.paragraphs[0].startswith("春争日")


def test_a_column_pages_second_letter_under_the_first_ones_signature_has_its_title():
    page = parse(
        column_page(
            COLUMN_BODY,
            *COLUMN_LETTER,
            "乡村班车末班时间宜延后",
            "编辑同志：",
            "我家住在山区一个村子，到镇上的班",
            "车下午四点就收班了，学生放学后常",
            "常赶不上车。希望适当延后末班车。",
            "怀化市沅陵县读者 张金生",
        )
    )
    first, second = page.articles[-2:]
    assert (first.title, first.byline) == ("小区门口的路灯谁来修？", "衡阳市蒸湘区读者 王建民")
    assert (second.title, second.byline) == ("乡村班车末班时间宜延后", "怀化市沅陵县读者 张金生")
    assert second.column == "读者来信"


def test_a_theory_pieces_writer_signed_with_the_body_he_works_in_is_its_byline():
    page = parse(
        column_page(
            "理论观察",
            "做强县域经济要抓好三个环节",
            "周小安（湖南师范大学经济学院）",
            "县域经济是国民经济的基本单元，县",
            "域强则省域强。做强县域经济，要在",
            "产业、要素和改革三个环",
            "节上持续用力。",
            "一是做强主导产业。各县要立足资源",
            "禀赋，培育一两个有竞争力的产业。",
        )
    )
    (piece,) = page.articles
    assert piece.title == "做强县域经济要抓好三个环节"
    assert piece.byline == "周小安（湖南师范大学经济学院）"


def test_a_subtitle_of_two_clauses_between_title_and_dateline_stays_the_subtitle():
    # Title, then a subtitle of two clauses ending on a figure's unit, over
    # the dateline; a later paragraph opens on a character that makes a word
    # with the unit's (人 + 为保证…).
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "农村学校午餐补助标准提高",
            "今年新增试点县九个，惠及学生四十余万人",
            "湖南日报3月5日讯(全媒体记者 唐明)记者今天从省教育厅获悉,今年我省提高农村学校"
            "午餐补助标准,新增试点县九个。",
            "为保证饭菜质量,各地将陆续开展食堂检查,确保学生吃得安全、吃得营养。",
        )
    )
    lunch = page.articles[-1]
    assert lunch.title == "农村学校午餐补助标准提高"
    assert lunch.subtitle == "今年新增试点县九个，惠及学生四十余万人"


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("湘西蹲点", True),
        ("园区建设调研行", True),
        ("百名农技专家下乡蹲点", False),
        # (a region toured, 行 after it; a meeting held, 举行, is no journey)
        ("山乡行", True),
        ("生态湘江行", True),
        ("年度表彰会在株洲举行", False),
    ],
)
def test_a_journeys_series_is_named_for_the_journey_not_for_a_count_of_people(text, series):
    from hnreader.corpus.segment.patterns import journey_series

    assert journey_series(text) is series


def test_a_cartoons_long_title_that_says_so_is_its_title_not_its_caption():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "漫画·莫让“打卡式”调研走过场成了常态",
            "调研要沉下身子、摸清实情,拍几张照片、签个名就走,解决不了群众的实际问题。",
            "王 群 作",
        )
    )
    cartoon = page.articles[-1]
    assert cartoon.title == "漫画·莫让“打卡式”调研走过场成了常态"
    assert cartoon.paragraphs[0].startswith("调研要沉下身子")


def test_the_papers_name_over_a_commentators_byline_naming_it_again_is_no_part_of_it():
    page = parse(
        column_page(
            "湖南日报",
            "湖南日报全媒体评论员",
            "龙小川",
            "春耕时节，各地要把农资供应、农机",
            "检修、技术指导等工作抓实抓细，确",
            "保不误农时。抓好春耕，关键在落实。",
            "春耕备耕要抢抓农时",
        )
    )
    comment = page.articles[0]
    assert comment.byline == "湖南日报全媒体评论员 龙小川"
    assert comment.column == ""


def test_a_series_name_between_a_title_and_its_dash_led_subtitle_is_the_column():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "在毫厘之间打磨匠心",
            "产业工人风采",
            "——记株洲一家机车制造企业的高级技师",
            "湖南日报全媒体记者 龙小川",
            "清晨七点,车间里已经响起机床的嗡鸣声。五十岁的高级技师正俯身检查一个刚加工好的零件,"
            "用卡尺一遍遍测量。",
            "三十年来,他带出的徒弟有四十多人,不少已成为车间的技术骨干。",
        )
    )
    feature = page.articles[-1]
    assert (feature.title, feature.column) == ("在毫厘之间打磨匠心", "产业工人风采")
    assert feature.subtitle == "——记株洲一家机车制造企业的高级技师"


def test_a_pieces_title_writer_and_label_after_its_text_and_notices_under_them():
    # One paragraph a line: a report; a commentary's text, then its title,
    # its writer and its column's label; then two notices, each signed and
    # dated.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "一场马拉松能带动一座城市的消费,酒店、餐饮、交通都因赛事而忙碌起来,城市的名片也随之"
            "传得更远。",
            "办好赛事,关键在细节。从赛道规划到交通疏导,从医疗保障到志愿服务,每个环节都考验着"
            "城市的治理能力。",
            "让赛事带火城市",
            "龙小川",
            "体坛观察",
            "关于举办全省职工乒乓球比赛的通知",
            "各市州总工会:经研究,定于今年11月举办全省职工乒乓球比赛,请各单位按时报名。",
            "湖南省总工会",
            "2024年10月25日",
            "关于调整部分公交线路的公告",
            "因道路施工,自11月1日起,部分公交线路临时绕行,请市民合理安排出行。",
            "长沙市交通运输局",
            "2024年10月28日",
        )
    )
    comment = next(a for a in page.articles if a.title == "让赛事带火城市")
    assert (comment.column, comment.byline) == ("体坛观察", "龙小川")
    assert comment.paragraphs[0].startswith("一场马拉松")
    titles = [a.title for a in page.articles]
    assert "关于举办全省职工乒乓球比赛的通知" in titles
    assert "关于调整部分公交线路的公告" in titles


def test_a_column_line_of_running_text_that_mentions_scanning_a_code_stays_in_its_paragraph():
    page = parse(
        column_page(
            COLUMN_BODY,
            "地铁新线开通首日客流平稳",
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "今天，地铁新线开通运营。乘客无需",
            "提前购票，在闸机上刷身份证或手机扫码即",
            "可乘车。早晚高峰时段，列车最小行车",
            "间隔为四分钟。",
        )
    )
    report = page.articles[-1]
    assert "在闸机上刷身份证或手机扫码即可乘车" in report.paragraphs[0]
    assert not any("扫码" in extra for extra in page.extras)


@pytest.mark.parametrize(
    ("line", "rest", "sentence"),
    [
        # a list of what is done by phone (…、…扫码、…): no prompt lists
        (
            "乘客可网上预约、手机扫码、自助",
            "购票，进站更快捷。",
            "乘客可网上预约、手机扫码、自助购票",
        ),
        # a line stopped on a word that wants more: no prompt stops so
        (
            "乘客用手机扫码就能查到列车的",
            "到站时间和车厢拥挤程度。",
            "乘客用手机扫码就能查到列车的到站时间",
        ),
    ],
)
def test_a_column_line_listing_or_cut_after_a_code_to_scan_stays_in_its_paragraph(
    line, rest, sentence
):
    page = parse(
        column_page(
            COLUMN_BODY,
            "地铁新线开通首日客流平稳",
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "今天，地铁新线开通运营。据介绍，",
            line,
            rest,
        )
    )
    report = page.articles[-1]
    assert sentence in report.paragraphs[0]
    assert not any("扫码" in extra for extra in page.extras)


def test_a_column_line_of_a_sentence_telling_temperatures_is_no_weather_box():
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省进入高温少雨时段",
            "湖南日报7月21日讯（全媒体记者 易小川）",
            "省气象台预计，未来一周我省湘中",
            "以南最高气温35℃至37℃，局地可达",
            "39℃。气象部门提醒，户外作业要避",
            "开午后高温时段。",
        )
    )
    report = page.articles[-1]
    assert "最高气温35℃至37℃，局地可达39℃" in report.paragraphs[0]
    assert not page.extras


def test_a_line_sending_the_reader_to_another_page_is_furniture():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "秋收特别报道见第7版",
        )
    )
    (report,) = page.articles
    assert report.subtitle == "" and report.paragraphs[-1] == tidy_marks(PARAGRAPH_REPORT[-1])
    assert "秋收特别报道见第7版" in page.extras


def test_a_supplements_name_over_a_label_over_an_essay_is_the_pages_name():
    # The stack as the page's reader hands it over: three pieces over an
    # essay signed by its writer.
    heads = ["湘江副刊", "岁月留痕", "村头的老井"]
    essay = Draft(kind="feature", byline="文丨柳青禾")
    essay.heads = [[Line(1 + 2 * k, text, 1, False)] for k, text in enumerate(heads)]
    essay.paras = [Para("小时候，村头有一口老井，井沿被打水的绳子磨出了一道道深槽。", [9])]
    banners = take_labels(essay, [essay], 0)
    assert banners == ["湘江副刊"]
    assert essay.column == "岁月留痕"
    assert [[line.raw for line in unit] for unit in essay.heads] == [["村头的老井"]]


def test_a_label_under_a_dash_led_subtitle_is_the_column():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "守护一方水土的“河道医生”",
            "——记桃源县水利站技术员邹立平",
            "最美基层守护人",
            "湖南日报全媒体记者 齐远帆 通讯员 韩小溪",
            "清晨六点，邹立平已经蹚进了齐膝深的河水里。十多年来，他走遍了全县大大小小的河道。",
            "“河道不会说话，得靠人去读懂它。”邹立平说。",
        )
    )
    feature = page.articles[-1]
    assert feature.subtitle == "——记桃源县水利站技术员邹立平"
    assert feature.column == "最美基层守护人"


def test_the_rest_of_a_wrapped_dash_led_subtitle_is_no_label():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "跟着订单跑的人",
            "——记岳阳经开区",
            "一支外贸企业的青年团队",
            "湖南日报全媒体记者 齐远帆",
            "凌晨两点，办公室的灯还亮着。这支平均年龄不到三十岁的团队，正在和海外客户视频通话。",
            "“订单在哪里，我们就跑到哪里。”团队负责人说。",
        )
    )
    feature = page.articles[-1]
    assert feature.column == ""
    assert squash(feature.subtitle) == "——记岳阳经开区一支外贸企业的青年团队"


@pytest.mark.parametrize(
    ("over", "quote", "kicker", "title"),
    [
        # (a saying quoted whole under a line that names: a title of its own)
        ("山乡防汛一线", "“守住大堤就是守住家”", "山乡防汛一线", None),
        ("码头边的老船工", "“这条江我走了四十年”", "码头边的老船工", None),
        # (under a line stopping on 的, or on a verb's count, it is that line's end)
        ("农博会上的", "“长沙答卷”", "", "农博会上的“长沙答卷”"),
        ("省农业农村厅公布首批", "“湖南农业品牌”", "", "省农业农村厅公布首批“湖南农业品牌”"),
        # (a catchword quoted, no saying, is a word of the line above)
        ("经开区跑出产业升级", "“加速度”", "", "经开区跑出产业升级“加速度”"),
    ],
)
def test_a_saying_quoted_whole_under_a_kicker_is_the_title(over, quote, kicker, title):
    head = split_roles([over, quote], separate_lines=True)
    assert (head.kicker, head.title) == (kicker, title or quote)


def test_two_things_named_each_whole_are_kicker_and_title():
    head = split_roles(["老城区的新变化", "街巷里的“微”更新"], separate_lines=True)
    assert (head.kicker, head.title) == ("老城区的新变化", "街巷里的“微”更新")


def test_photos_under_one_credit_with_a_kicker_and_a_caption_of_the_same_day():
    page = parse(
        column_page(
            "油菜花开春意浓",
            "3月20日，衡阳县西渡镇，游客在油菜",
            "花田里拍照留念。",
            "柯小溪 摄（湖南图片库）",
            "湘江边的新码头",
            "港口里的“智”造",
            "3月21日，岳阳城陵矶港，自动化岸桥",
            "正在装卸集装箱。港口完成改造后，",
            "装卸效率提高三成。",
            "同日，长沙新港，工作人员通过中控",
            "系统调度进出港船舶。",
            "以上图片均由湖南日报全媒体记者 齐远帆 摄",
            COLUMN_REPORT,
        )
    )
    group = next(a for a in page.articles if "自动化岸桥" in a.body)
    assert (group.kicker, group.title) == ("湘江边的新码头", "港口里的“智”造")
    assert group.byline == "以上图片均由湖南日报全媒体记者 齐远帆 摄"
    assert [p[:3] for p in group.paragraphs] == ["3月2", "同日，"]
    assert not any(k == "swept" for k in page.extra_kinds)


def test_a_profiles_kicker_of_clauses_over_a_saying_under_its_writers():
    page = parse(
        column_page(
            "湖南日报记者 柯远航",
            "从码头工人到物流老板，他把一条小船变成了一支船队",
            "“江上跑的每一条船都是兄弟们的饭碗”",
            "在岳阳城陵矶，提起罗长江，船",
            "工们都会竖起大拇指。这个五十岁的汉",
            "子，二十年前靠一条小木船起家，如今",
            "他的公司有大小货船三十多艘。",
        )
    )
    (profile,) = page.articles
    assert profile.kicker == "从码头工人到物流老板，他把一条小船变成了一支船队"
    assert profile.title == "“江上跑的每一条船都是兄弟们的饭碗”"
    assert profile.paragraphs[0].startswith("在岳阳城陵矶")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        # (a name of three spread after its surname by justification)
        ("以上图片均由湖南日报全媒体记者 柯 远航 摄", "以上图片均由湖南日报全媒体记者 柯 远航 摄"),
        ("湖南日报全媒体记者 柯 远航 摄", "湖南日报全媒体记者 柯 远航 摄"),
        # (a title's last word before the cartoonist is no part of the name)
        ("一碗饭 一份心 罗琪 作", "罗琪 作"),
    ],
)
def test_a_credit_holds_a_name_spread_after_its_surname(line, credit):
    from hnreader.corpus.segment.patterns import credit_match

    match = credit_match(line)
    assert match is not None and match.group(0).strip() == credit


def test_a_theory_writers_line_broken_after_the_workplace_is_one_byline():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "深入理解开放发展理念 开放发展：内陆省份的新机遇",
            "湖南大学经济与贸易学院",
            "教授 柯远航",
            "开放是国家繁荣发展的必由之路。内陆省份发展开放型经济，关键是打通通道、搭建平台、优化环境。",
            "近年来，我省开放平台建设提速，对外贸易规模不断扩大，开放型经济迈上新台阶。",
        )
    )
    piece = page.articles[-1]
    assert piece.byline == "湖南大学经济与贸易学院 教授 柯远航"
    assert "内陆省份的新机遇" in piece.title and piece.column == ""
    assert piece.paragraphs[0].startswith("开放是国家繁荣发展的必由之路")


def test_a_readers_letter_runs_under_its_label_whatever_words_it_shares():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "读者来信",
            "巷子里的积水何时能排干",
            "编辑同志：我家住在巷子深处，每逢下雨，巷子里的积水就没过脚踝，读者来信反映多次仍未解决。",
            "盼望街道早日疏通排水管道，让居民出行不再难。",
            "长沙市开福区读者 柯远航",
        )
    )
    letter = page.articles[-1]
    assert (letter.column, letter.kicker, letter.title) == (
        "读者来信",
        "",
        "巷子里的积水何时能排干",
    )


@pytest.mark.parametrize("signer", ["本报编辑", "本版编辑部"])
def test_the_page_editor_signs_as_a_byline_not_a_column(signer):
    from hnreader.corpus.segment.patterns import is_byline

    assert is_byline(signer)


def test_a_photos_title_of_two_like_phrases_on_two_lines_is_one_title():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "稻浪翻滚",
            "秋收正忙",
            "9月20日，衡南县车江镇，农机手驾驶收割机收割晚稻。眼下，当地两万亩晚稻陆续成熟。",
            "湖南日报全媒体记者 柯远航 摄",
        )
    )
    photo = page.articles[-1]
    assert (photo.kind, photo.kicker, photo.title) == ("photo", "", "稻浪翻滚 秋收正忙")
    assert "swept" not in page.extra_kinds


def test_a_tours_label_under_a_headline_after_its_body_heads_the_next_piece():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "山乡行",
            "护林人的春天",
            "湖南日报全媒体记者 柯远航",
            "天刚亮，护林员老周就背上水壶出了",
            "门。这片三千亩的林子，他守了整整二",
            "十年，哪里有几棵古树他都记得清清楚楚。",
        )
    )
    report, feature = page.articles
    assert report.title == "全省水利建设现场推进会召开"
    assert (feature.column, feature.title) == ("山乡行", "护林人的春天")


def test_a_notices_title_after_an_essay_heads_the_notice_not_the_essay():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "老屋的门槛",
            "文丨柳青禾",
            "老屋的门槛是一根整木做的，被几代",
            "人的脚板磨得发亮。小时候，我总爱",
            "坐在门槛上看雨，等父亲收工回家。",
            "征文启事",
            "为记录乡村振兴中的新变化，本刊即日",
            "起开展“我的村庄”主题征文活动，散文",
            "不超过三千字，欢迎广大读者踊跃投稿。",
        )
    )
    _, essay, notice = page.articles
    assert (essay.title, essay.column) == ("老屋的门槛", "")
    assert notice.title == "征文启事"
    assert notice.paragraphs[0].startswith("为记录乡村振兴中的新变化")


def test_a_supplements_name_set_tight_over_its_label_is_the_pages_name_too():
    essay = Draft(kind="feature", byline="文丨柳青禾")
    essay.heads = [
        [Line(1, "湘江副刊", 1, False), Line(2, "岁月留痕", 0, False)],
        [Line(4, "村头的老井", 1, False)],
    ]
    essay.paras = [Para("小时候，村头有一口老井，井沿被打水的绳子磨出了一道道深槽。", [6])]
    assert take_labels(essay, [essay], 0) == ["湘江副刊"]
    assert essay.column == "岁月留痕"
    assert [[line.raw for line in unit] for unit in essay.heads] == [["村头的老井"]]


def test_a_label_and_title_opening_the_page_head_the_unsigned_text_under_them():
    page = parse(
        paragraph_page(
            "湘声",
            "让“小积分”管出乡村好风气",
            "洒扫庭院加两分,调解纠纷加三分……不少村子推行积分制,村民的好行为能换积分,积分能兑换日用品。",
            "积分制受欢迎,在于它把抽象的要求变成了看得见的标准。关键是让村民商量着定、监督着用。",
            "城市夜市要“亮”起来更要“活”起来",
            "龙小川",
            "入夏以来,夜市、夜游重新热闹起来。发展夜经济,既要亮灯,更要有内容、有服务。",
        )
    )
    first = page.articles[0]
    assert (first.column, first.title) == ("湘声", "让“小积分”管出乡村好风气")
    assert first.paragraphs[0].startswith("洒扫庭院加两分")
    assert "swept" not in page.extra_kinds


def test_a_reports_title_under_a_reported_photo_stays_the_reports():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "1月13日,岳阳市君山区,成群的白鹤在湖面上空飞翔。入冬以来,湖区候鸟数量明显增多。",
            "湖南日报·新湖南客户端记者 柯远航 报道",
            "全省冬季长途客运班线今起加密",
            "预计节前日均发送旅客超过二十万人次",
            "湖南日报1月14日讯(全媒体记者 齐远帆)记者今天从省交通运输厅获悉,全省冬季长途客运班线今起加密。",
            "各地汽车站将增设售票窗口,延长营业时间,方便旅客出行。",
        )
    )
    report = page.articles[-1]
    assert "全省冬季长途客运班线今起加密" in (report.kicker, report.title)
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title != "全省冬季长途客运班线今起加密"


def _dated_draft(dateline: str, first: int, *texts: str) -> Draft:
    """A dated report's draft, its paragraphs one a line from line ``first``, a blank between."""
    d = Draft(kind="news", dateline=dateline)
    d.paras = [Para(t, [first + 2 * k]) for k, t in enumerate(texts)]
    d.lines = {first + 2 * k for k in range(len(texts))}
    return d


def test_a_finished_paragraph_of_the_report_before_goes_back_to_it_by_its_subject():
    # Two dated reports alternating at paragraph ends, as the page's reader
    # left them: a paragraph of the bamboo town's report read on into the
    # tea county's. Only the subject says whose it is.
    from hnreader.corpus.segment.regroup import regroup

    bamboo = _dated_draft(
        "湖南日报3月21日讯(全媒体记者 柯远航)",
        1,
        "桃江县竹产业去年实现产值一百零六亿元,桃江竹凉席、竹地板远销海外。",
        "桃江县现有竹林一百一十五万亩,竹产业企业八百余家,桃江竹凉席占全国市场三成以上。",
    )
    tea = _dated_draft(
        "湖南日报3月21日讯(全媒体记者 齐远帆)",
        11,
        "安化县今年春茶开采,全县茶园面积三十六万亩,黑茶产量有望再创新高。",
        "桃江县还建起竹产业研究院,桃江竹凉席、桃江竹地板的新品每年上市三十余种。",
        "安化茶农说,今年雨水足,芽叶肥壮,头茶的收购价比去年高了一成,黑茶订单排到了五月。",
        "安化县茶叶协会负责人介绍,安化黑茶已有一百多家企业通过出口认证,黑茶出口持续增长。",
    )
    regroup([bamboo, tea], [])
    assert [p.text[:4] for p in bamboo.paras] == ["桃江县竹", "桃江县现", "桃江县还"]
    assert [p.text[:4] for p in tea.paras] == ["安化县今", "安化茶农", "安化县茶"]
    assert 13 in bamboo.lines and 13 not in tea.lines


def test_the_report_befores_paragraphs_go_back_to_it_when_the_second_parts_them():
    # The pieces alternate twice: the first report's paragraphs come back
    # after one of the second's own, not in one run. The second's lead says
    # what it is about; each paragraph goes where its subject is.
    from hnreader.corpus.segment.regroup import regroup

    rice = _dated_draft(
        "湖南日报9月8日讯(全媒体记者 欧阳帆)",
        1,
        "南县稻虾共养面积今年达到六十二万亩,稻虾米和小龙虾两项产值突破八十亿元。",
    )
    kiln = _dated_draft(
        "湖南日报9月8日讯(全媒体记者 聂远舟)",
        11,
        "醴陵陶瓷博览会今天开幕,三百余家陶瓷企业带来釉下五彩瓷、电瓷等展品。",
        "南县稻虾养殖户今年每亩小龙虾增收一千二百元,稻虾米订单排到明年春天。",
        "醴陵陶瓷企业负责人介绍,釉下五彩瓷的烧制工艺已申报国家非遗,电瓷出口持续增长。",
        "南县农业农村局介绍,全县稻虾共养基地已有二十多家合作社,带动小龙虾加工企业落户。",
        "南县还建起稻虾米加工园区,南县小龙虾冷链车每天发往广州、深圳。",
        "醴陵陶瓷博览会期间还将举办陶瓷设计大赛,展出釉下五彩瓷新品二百余件。",
    )
    regroup([rice, kiln], [])
    assert [p.text[:4] for p in rice.paras] == ["南县稻虾", "南县稻虾", "南县农业", "南县还建"]
    assert [p.text[:4] for p in kiln.paras] == ["醴陵陶瓷", "醴陵陶瓷", "醴陵陶瓷"]


def test_a_panel_of_figures_under_its_name_is_a_box():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "数据",
            "一季度全省文旅消费",
            "接待游客 1.2亿人次",
            "旅游收入 1386.5亿元",
            "较上年多 9.6%",
            "全省春季旅游市场持续升温",
            "湖南日报4月12日讯（全媒体记者 柯远航）",
            "记者今天从省文化和旅游厅获悉，一",
            "季度全省接待游客人次和旅游收入双双",
            "增长，乡村游、研学游成为新热点。",
        )
    )
    report = page.articles[-1]
    assert report.title == "全省春季旅游市场持续升温"
    assert "数据一季度全省文旅消费接待游客1.2亿人次旅游收入1386.5亿元较上年多9.6%" in [
        squash(e) for e in page.extras
    ]


def test_a_readers_signature_closes_the_letter_over_an_editors_comment():
    # One paragraph a line: a reader's letter signed at its foot, then the
    # editor's comment under its label (编后, no colon) and title.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "读者来信",
            "村口的路灯终于亮了",
            "我家住在浏阳市一个山村,村口那段路一到晚上就漆黑一片,老人孩子走夜路总提心吊胆。",
            "上个月,镇里派人装上了太阳能路灯,还留了维修电话。我想借报纸说一声谢谢。",
            "浏阳市读者 桑明川",
            "编后",
            "小路灯照亮大民生",
            "苗远山",
            "一盏路灯花钱不多,却关系到群众每天的出行。办好这样的小事,群众看得见、摸得着。",
            "希望各地多听听群众的声音,把一件件小事办实办好。",
        )
    )
    report, letter, comment = stories(page)
    assert report.title == "全省春季农业生产现场会召开"
    assert (letter.column, letter.byline) == ("读者来信", "浏阳市读者 桑明川")
    assert [p[:4] for p in letter.paragraphs] == ["我家住在", "上个月，"]
    assert (comment.column, comment.title, comment.byline) == ("编后", "小路灯照亮大民生", "苗远山")
    assert [p[:4] for p in comment.paragraphs] == ["一盏路灯", "希望各地"]


def test_an_editors_note_with_its_colon_stays_in_the_text():
    from hnreader.corpus.segment.patterns import EDITORS_NOTE, looks_like_column

    assert EDITORS_NOTE.match("编后：这组报道告诉我们")
    assert EDITORS_NOTE.match("编者按")
    assert not EDITORS_NOTE.match("编后")
    assert looks_like_column("编后") and not looks_like_column("编后语")


def test_a_readers_signature_on_a_column_page_closes_the_letter_whatever_follows():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "读者来信",
            "村口的路灯终于亮了",
            "我家住在浏阳市一个山村，村口那段",
            "路一到晚上就漆黑一片，老人孩子走",
            "夜路总提心吊胆。上个月，镇里派人",
            "装上了太阳能路灯。",
            "浏阳市读者 桑明川",
            "编后",
            "一盏路灯花钱不多，却关系到群众每",
            "天的出行。办好这样的小事，群众看",
            "得见、摸得着。",
        )
    )
    letter = next(a for a in stories(page) if a.column == "读者来信")
    assert letter.byline == "浏阳市读者 桑明川"
    assert letter.paragraphs[-1].endswith("装上了太阳能路灯。")
    assert not any(a.byline == "浏阳市读者 桑明川" for a in page.articles if a is not letter)


def test_a_writers_sign_alone_on_its_line_takes_the_name_under_it():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湘水书声",
            "在旧书页里遇见小城",
            "——读散文集《资水边的灯火》",
            "文丨",
            "桑明川",
            "读完这本散文集，已是深夜。合上",
            "书，窗外的雨还没有停，书里那座",
            "小城的灯火却一直亮在眼前。",
            "作者写的是资水边的街巷和人家，",
            "写得细，写得真，读来如在目前。",
        )
    )
    review = next(a for a in stories(page) if a.title == "在旧书页里遇见小城")
    assert review.byline == "文丨桑明川"
    assert "桑明川" not in [squash(e) for e in page.extras]


def test_a_credit_printed_twice_is_one_photos_and_signs_no_report():
    page = parse(
        paragraph_page(
            "湘潭推进公租房货币化保障",
            "湖南日报8月25日讯(全媒体记者 麦青禾)过去,湘潭主要通过实物配租保障困难家庭住房,"
            "从去年开始推行实物保障与货币补贴并举。",
            "8月24日,湘潭市雨湖区一处公租房小区,住户在新装的充电桩前给电动车充电。",
            "桑明川 摄(湖南图片库)",
            "桑明川 摄(湖南图片库)",
            "补贴标准按照家庭人口和收入情况分档确定,今年已发放租赁补贴一万二千户。",
            *PARAGRAPH_REPORT,
        )
    )
    report = next(a for a in page.articles if a.title == "湘潭推进公租房货币化保障")
    assert report.byline == ""
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert squash(photo.byline) == "桑明川摄(湖南图片库)"


def test_a_full_name_opening_a_zone_signs_the_text_above_not_the_title_below():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "学习心得",
            "调研要沉到田间地头",
            "调查研究是谋事之基、成事之道。到",
            "田间地头走一走，到群众家里坐一坐，",
            "才能听到真话、摸到实情。",
            "凌远舟",
            "更多精彩内容",
            "《湘中农事百问》出版发行",
            "由省农科院专家编写的《湘中农事百问》",
            "近日出版，全书收录农业生产中常见问题",
            "三百余个，图文并茂，通俗易懂。",
        )
    )
    piece = next(a for a in stories(page) if a.title == "调研要沉到田间地头")
    assert piece.byline == "凌远舟"
    assert all("凌远舟" not in a.column for a in page.articles)


def test_two_phrases_under_the_papers_commentator_are_no_names_of_it():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报评论员",
            "迎峰度夏 保供稳价",
            "入夏以来，全省用电负荷一天比一天",
            "高。保电力供应，就是保民生、保发",
            "展。各地要把保供责任扛在肩上。",
            "电力保供一刻也不能松",
        )
    )
    piece = next(a for a in stories(page) if a.byline.startswith("湖南日报评论员"))
    assert piece.byline == "湖南日报评论员"


def test_a_count_ending_a_headline_line_takes_the_noun_left_under_it():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "江边夜读的年轻人",
            "湘江边的另一种",
            "夜生活",
            "记者 桑明川 实习生 苗远山",
            "晚上十点，湘潭市岳塘区一家通宵",
            "书房里依然灯火通明。二十多个座",
            "位坐得满满当当，翻书声此起彼伏。",
            "不少年轻人说，下班后来这里读上",
            "一两个小时，一天的疲惫都消了。",
        )
    )
    feature = stories(page)[-1]
    assert (feature.kicker, feature.title) == ("江边夜读的年轻人", "湘江边的另一种夜生活")
    assert feature.column == ""


def test_books_noted_one_after_another_under_a_label_are_notes_of_their_own():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "好书快递",
            "《资水谣》",
            "本书是一位老船工的口述实录，记下",
            "资水上下数十年的行船故事，近日由",
            "本省一家出版社出版。",
            "书中还收录了几十首行船号子。",
            "《雪峰山下》",
            "本书以散文的笔法，写雪峰山下一个",
            "瑶寨四季的农事和节庆，配有作者",
            "手绘的插图。",
            "《橘子洲头的早晨》",
            "作者用两年时间记录橘子洲的清晨，",
            "晨练的老人、写生的学生都在书中。",
        )
    )
    notes = [a for a in stories(page) if a.title.startswith("《")]
    assert [(a.title, a.column) for a in notes] == [
        ("《资水谣》", "好书快递"),
        ("《雪峰山下》", "好书快递"),
        ("《橘子洲头的早晨》", "好书快递"),
    ]
    assert [len(a.paragraphs) for a in notes] == [2, 1, 1]


def test_works_read_as_crossheads_of_the_first_note_title_notes_of_their_own():
    # One book's note as the page's reader left it, the next books' names
    # taken for its crossheads.
    from hnreader.corpus.segment.regroup import regroup

    texts = [
        ("《资水谣》", False),
        ("本书是一位老船工的口述实录，记下资水上下数十年的行船故事。", False),
        ("《雪峰山下》", True),
        ("本书以散文的笔法，写雪峰山下一个瑶寨四季的农事和节庆。", False),
        ("书中配有作者手绘的插图。", False),
        ("《橘子洲头的早晨》", True),
        ("作者用两年时间记录橘子洲的清晨。", False),
    ]
    lines = [Line(1, "《资水谣》", 1, False)] + [
        Line(k + 2, text, 1, False) for k, (text, _) in enumerate(texts[1:])
    ]
    note = Draft(kind="news", column="好书快递", heads=[[lines[0]]])
    note.paras = [Para(text, [k + 2], subhead=sub) for k, (text, sub) in enumerate(texts[1:])]
    note.lines = {line.no for line in lines}
    drafts = regroup([note], lines)
    assert [(squash(d.heads[0][0].raw), d.column, len(d.paras)) for d in drafts] == [
        ("《资水谣》", "好书快递", 1),
        ("《雪峰山下》", "好书快递", 2),
        ("《橘子洲头的早晨》", "好书快递", 1),
    ]
    assert set().union(*(d.lines for d in drafts)) == {line.no for line in lines}


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        ("资江畔的", "“早市”", "资江畔的“早市”"),
        ("油茶果", "“出圈”", "油茶果“出圈”"),
    ],
)
def test_a_photos_title_wrapped_over_two_lines_is_one_title(first, second, title):
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            first,
            second,
            "6月13日清晨,益阳市资阳区,市民在江边选购新鲜蔬菜。近期,当地早市人气渐旺。",
            "湖南日报全媒体记者 桑明川 摄",
            "全省新能源装机规模持续扩大",
            "湖南日报1月14日讯(全媒体记者 苗远山)记者今天从省能源局获悉,全省风电和光伏装机规模持续扩大。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == title
    assert photo.kicker == ""
    assert stories(page)[0].paragraphs[-1].startswith("会议要求")


def test_a_cartoons_genre_over_its_quoted_title_stays_apart():
    from hnreader.corpus.segment.paragraph_pages import _GENRE_OVER

    assert _GENRE_OVER.fullmatch("漫画") and not _GENRE_OVER.fullmatch("机器人")


@pytest.mark.parametrize("text", ["中南大学 再获殊荣", "湘潭大学 喜迎新生"])
def test_a_university_and_a_phrase_are_no_byline(text):
    assert not is_byline(text)


def test_a_study_kicker_set_tight_over_its_title_stays_a_kicker():
    # (the stack's three lines set tight, no blank between them)
    stack = "深入学习贯彻党的全会精神\n以产业升级\n带动县域富民\n\n"
    page = parse(
        column_page(COLUMN_REPORT)
        + "\n"
        + stack
        + column_page(
            "省委党校 桑明川",
            "县域是城乡融合发展的重要切入点，",
            "也是推动富民增收的主战场。全省",
            "县域经济总量占全省的六成左右。",
            "推动县域产业升级，要立足资源禀",
            "赋，培育有特色的优势产业。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.kicker, piece.title) == ("深入学习贯彻党的全会精神", "以产业升级带动县域富民")
    assert piece.byline == "省委党校 桑明川"


def test_a_phrase_under_a_label_a_little_narrower_than_the_column_is_the_title():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "评论员文章",
            "把春耕备耕的事情办扎实",
            "春分过后，又到了备耕生产的好",
            "时节。今年入春以来，我省部分地",
            "区降水偏少，一些山塘和渠道蓄水",
            "不足，农田灌溉面临不小的压力。",
            "各地要抓紧修复灌溉设施，早动",
            "手、早安排，确保不误农时。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.column, piece.title) == ("评论员文章", "把春耕备耕的事情办扎实")
    assert piece.paragraphs[0].startswith("春分过后")


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("总投资86亿元，规划年产能8万辆", ("氢能客车生产基地", "落户衡阳")),
        ("冒用银行客服名义行骗，涉案金额逾五百万元", ("一跨市网络诈骗团伙", "落网")),
    ],
)
def test_two_clauses_of_facts_over_a_short_title_and_its_dateline_are_the_kicker(kicker, title):
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            kicker,
            *title,
            "湖南日报5月23日讯(记者 桑明川 通讯员 苗远山)5月22日,项目签约仪式在当地举行。",
            "据介绍,项目一期计划今年下半年开工,明年建成投产。",
        )
    )
    story = stories(page)[-1]
    assert (story.kicker, story.title) == (kicker, "".join(title))


def test_clauses_of_figures_over_a_plain_statement_are_its_kicker():
    from hnreader.corpus.segment.headlines import is_kicker

    assert is_kicker("总投资86亿元，规划年产能8万辆", "氢能客车生产基地落户衡阳")
    assert not is_kicker("氢能客车生产基地落户衡阳", "总投资86亿元，规划年产能8万辆")


def test_a_weather_box_takes_its_city_over_it_and_its_wind_under_it():
    page = parse(
        column_page(
            COLUMN_BODY,
            "冬季火灾防控工作全面启动",
            "株洲",
            "今天 多云转晴",
            "5℃～12℃",
            "东北风2～3级",
            "省消防救援总队部署冬季防火",
            "湖南日报11月16日讯（全媒体记者 桑明川）",
            "记者今天从省消防救援总队获悉，全省",
            "冬季火灾防控工作全面启动，各地将开",
            "展为期三个月的隐患排查整治行动。",
        )
    )
    assert "株洲今天多云转晴5°C~12°C东北风2~3级" in [squash(e) for e in page.extras]
    assert stories(page)[-1].kicker == ""


def test_a_long_subject_takes_its_predicate_set_a_blank_under_it():
    page = parse(
        column_page(
            "全省农村公路建设管理工作",
            "取得新进展",
            "四好农村路建设持续推进",
            "湖南日报11月16日讯（全媒体记者 桑明川）",
            "记者今天从省交通运输厅获悉，今年",
            "全省新改建农村公路一万二千公里，",
            "农村公路养护质量明显提升。",
            COLUMN_REPORT,
        )
    )
    story = stories(page)[0]
    assert (story.kicker, story.title) == (
        "全省农村公路建设管理工作取得新进展",
        "四好农村路建设持续推进",
    )
    assert story.column == ""


def test_a_briefs_label_in_a_bunched_zone_heads_the_brief_under_it():
    from hnreader.corpus.segment.column_headlines import Part, ZonePart, _briefs_label_over

    brief = Draft(kind="news", dateline="湖南日报11月16日讯（全媒体记者 桑明川）")
    label = Part(ZonePart.LABEL, [Line(5, "平安快讯", 1, False)])
    assert _briefs_label_over([brief], {(0, 1): 0}, 0, 0, label)
    other = Part(ZonePart.LABEL, [Line(5, "湘江时评", 1, False)])
    assert not _briefs_label_over([brief], {(0, 1): 0}, 0, 0, other)


def test_a_genre_of_two_characters_over_a_title_reads_as_a_label_in_its_zone():
    from hnreader.corpus.segment.column_headlines import ZonePart, read_zone

    stack = ["书评", "《资水谣》", "——读苗远山长篇小说《资水谣》"]
    zone = Zone([Line(k + 1, text, 1, False) for k, text in enumerate(stack)], -1, 0)
    parts = read_zone(zone, lambda text: True)
    assert [p.kind for p in parts][:2] == [ZonePart.LABEL, ZonePart.HEAD]


def test_two_short_words_over_a_writers_byline_are_a_title_not_a_frame():
    page = parse(
        "乡土随笔\n\n谷雨\n\n时节\n\n文丨桑明川\n\n"
        "谷雨前后，老家的茶山又绿了。母亲一早就背着竹篓上山，要赶在露水干之前采下"
        "第一茬嫩芽。\n\n"
        "炒茶是父亲的手艺。铁锅烧热，茶叶下锅，他的手在锅里翻飞，满屋都是茶香。\n"
    )
    (essay,) = stories(page)
    assert (essay.column, essay.title, essay.byline) == ("乡土随笔", "谷雨时节", "文丨桑明川")
    assert "谷雨时节" not in [squash(e) for e in page.extras]


def test_a_bullet_over_a_short_word_is_a_framed_tag():
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省水利建设现场推进会召开",
            "◆",
            "水利湖南",
            "湖南日报5月10日讯（全媒体记者 桑明川）",
            "记者今天从省水利厅获悉，今年全省",
            "已开工水利项目一千二百个。",
        )
    )
    assert "◆水利湖南" in [squash(e) for e in page.extras]
    assert all("水利湖南" not in a.title for a in page.articles)


def test_a_headline_line_closed_on_its_event_takes_no_tail_under_it():
    from hnreader.corpus.segment.column_headlines import _tail_of

    piece = [Line(1, "全省数字经济项目建设推进会召开", 1, False)]
    assert not _tail_of(piece, Line(2, "86个项目", 0, False))
    assert _tail_of(
        [Line(1, "全省数字经济项目建设推进会在株洲", 1, False)], Line(2, "召开", 0, False)
    )


def test_a_label_of_briefs_closed_on_kuaidi_heads_the_brief_under_it():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湘闻快递",
            "怀邵衡铁路开通一年发送旅客300万人次",
            "湖南日报6月14日讯(全媒体记者 桑明川 通讯员 苗远山)记者今天从铁路部门获悉,"
            "怀邵衡铁路开通一年来,累计发送旅客300万人次。",
        )
    )
    brief = stories(page)[-1]
    assert (brief.column, brief.kicker) == ("湘闻快递", "")
    assert brief.title == "怀邵衡铁路开通一年发送旅客300万人次"


def test_a_notices_title_under_its_issuer_is_one_title_not_a_label():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湘中出版社",
            "招聘启事",
            "因工作需要,湘中出版社面向社会公开招聘编辑5名。报名截止时间为4月30日。",
            "联系电话:0731-8888888",
        )
    )
    notice = stories(page)[-1]
    assert squash(notice.title) == "湘中出版社招聘启事"
    assert notice.column == ""


def test_a_statement_closed_on_its_quoted_object_is_a_whole_piece():
    head = split_roles(["一把剪刀剪出“百鸟朝凤”", "浏阳花边剪纸的传人", "非遗故事"], True)
    assert head.kicker == "一把剪刀剪出“百鸟朝凤”"
    assert "浏阳花边剪纸的传人" in head.title


def test_a_label_longer_than_the_title_its_writer_signs_under_is_the_label():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "山乡四季里",
            "霜降看柿",
            "文丨舒望川",
            "霜降一过，村口那几棵老柿子树就红了",
            "满枝，远远望去像挂了一树小灯笼。",
            "奶奶搬来竹梯，教我用竹竿轻轻一拧，",
            "柿子便落进网兜里，一个也不磕破。",
        )
    )
    essay = stories(page)[-1]
    assert (essay.column, essay.title) == ("山乡四季里", "霜降看柿")
    assert essay.byline == "文丨舒望川"


@pytest.mark.parametrize(("under", "signed"), [("微言", False), ("卜凡", True)])
def test_under_the_papers_commentator_only_a_persons_name_goes_on(under, signed):
    from hnreader.corpus.segment.column_headlines import read_zone
    from hnreader.corpus.segment.kinds import ZonePart

    zone = Zone([Line(5, "湖南日报评论员", 0, False), Line(7, under, 1, False)], 0, 1)
    parts = read_zone(zone, lambda text, share=0.0: True)
    assert parts[0].kind == ZonePart.SIGN
    assert (len(parts[0].lines) == 2) == signed


def test_a_columns_name_tight_between_the_title_and_its_writer_is_the_label():
    # (the title, the label and the name printed tight, no blank between)
    stack = "桥通了，路还要走好\n湘江观察\n贺知远\n\n"
    page = parse(
        column_page("全省水利建设现场推进会召开", COLUMN_BODY)
        + "\n"
        + stack
        + column_page(
            "一座大桥合龙，对两岸群众来说是",
            "喜事，对沿线乡镇来说则是新的考题。",
            "桥修好了，车流、人流、物流随之而",
            "来，管理和服务跟不上，好事也会变",
            "成烦心事。路通了，心要跟着通。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.title, piece.column, piece.byline) == ("桥通了，路还要走好", "湘江观察", "贺知远")


def test_a_paragraph_cut_inside_a_quotation_it_opened_is_no_headline_line():
    page = parse(
        paragraph_page(
            "株洲中院开展执行攻坚",
            "湖南日报11月24日讯(记者 柯文)今天凌晨,株洲市中级人民法院组织两级法院干警,"
            "对一批拒不履行判决的被执行人集中执行。",
            "这是株洲法院破解“执行",
            "省法院巡回法庭",
            "来株开展巡回审判",
            "湖南日报11月24日讯(记者 柯文)记者今天从省高级人民法院获悉,巡回法庭将于本月底"
            "在株洲开庭审理一起建设工程合同纠纷案。",
            "难”的又一次集中行动。据统计,两个月来共执结案件3200余件。",
        )
    )
    court = next(s for s in stories(page) if "巡回" in s.title)
    assert squash(court.kicker + court.title) == "省法院巡回法庭来株开展巡回审判"


def test_a_notice_signed_by_its_issuer_and_day_on_one_line_keeps_it():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "公告",
            "湘中市人民法院定于12月1日至7日开展“法院开放日”活动,欢迎群众参加。",
            "特此公告。",
            "湘中市人民法院 2016年11月24日",
            "全省社区矫正工作实现全覆盖",
            "湖南日报11月24日讯(记者 柯文)记者今天从省司法厅获悉,我省社区矫正工作已覆盖全部县市区。",
        )
    )
    report = stories(page)[-1]
    assert (report.kicker, report.title) == ("", "全省社区矫正工作实现全覆盖")
    notice = next(s for s in page.articles if squash(s.title) == "公告")
    assert squash(notice.paragraphs[-1]) == "湘中市人民法院2016年11月24日"


def test_a_question_title_of_one_clause_over_its_label_and_byline_heads_the_piece():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "快递丢了件，该找谁赔？",
            "律师说法",
            "记者 柯文 通讯员 苗远山",
            "“双十一”刚过,不少市民的快递迟迟未到。快递丢了件该找谁?记者采访了执业律师周明。",
            "周明介绍,寄件人与快递企业之间成立运输合同关系,快件丢失,首先应由快递企业担责。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.title, piece.column) == ("快递丢了件，该找谁赔？", "律师说法")
    assert piece.byline == "记者 柯文 通讯员 苗远山"


def test_a_name_tight_under_a_title_closed_on_its_quote_signs_the_piece():
    page = parse(
        paragraph_page(*PARAGRAPH_REPORT)
        + "\n来论\n\n客运站别建得太“偏”\n周海洋\n\n"
        + paragraph_page(
            "近年来,一些县城的汽车客运站越建越远,旅客下了车还要坐半小时公交才能进城。",
            "选址要算好群众的出行账,别让便民工程成了添堵工程。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.title, piece.byline) == ("客运站别建得太“偏”", "周海洋")


def test_a_stack_printed_between_a_figure_and_its_trains_measure_word_is_no_text():
    stack = "湘赣班列开行突破百列\n株洲成为班列重要集结中心\n\n"
    page = parse(
        column_page(
            "湖南日报5月15日讯（记者 柯文）15日上午，",
            "一列满载陶瓷和机械配件的货运班列从",
            "株洲北站鸣笛出发。这是该线今年开行的第 58",
        )
        + "\n"
        + stack
        + column_page("列班列，也是该线路开通以来的第 100", "列班列。")
    )
    report = stories(page)[0]
    assert "第58列班列" in squash("".join(report.paragraphs))
    assert "株洲成为班列重要集结中心" in squash(report.kicker + report.title + report.subtitle)


def test_a_columns_name_tight_under_a_title_over_its_writer_set_apart_is_the_label():
    stack = "桥修好了更要管好\n湘江观察\n\n"
    page = parse(
        column_page("全省水利建设现场推进会召开", COLUMN_BODY)
        + "\n"
        + stack
        + column_page(
            "贺知远",
            "一座大桥合龙，对两岸群众来说是",
            "喜事，对沿线乡镇来说则是新的考题。",
            "桥修好了，车流、人流、物流随之而",
            "来，管理和服务跟不上，好事也会变",
            "成烦心事。路通了，心要跟着通。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.title, piece.column, piece.byline) == ("桥修好了更要管好", "湘江观察", "贺知远")


def test_the_letters_label_tight_under_a_letters_title_over_its_reader_is_the_label():
    stack = "老旧小区加装电梯谁来出钱\n读者来信\n\n"
    page = parse(
        column_page("全省水利建设现场推进会召开", COLUMN_BODY)
        + "\n"
        + stack
        + column_page(
            "株洲读者 苗远山",
            "编辑同志：我家住在株洲市一个老旧",
            "小区，楼里住的多是老人，大家都盼着",
            "加装电梯，可费用怎么分摊一直谈不拢。",
        )
    )
    letter = stories(page)[-1]
    assert (letter.title, letter.column) == ("老旧小区加装电梯谁来出钱", "读者来信")


def test_a_weather_box_takes_its_name_over_it():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "今日天气\n株洲 多云转晴 15℃～24℃",
            "长假全省高速公路车流量超千万台次",
            "湖南日报10月8日讯(全媒体记者 柯文)记者今天从省高速公路集团获悉,"
            "国庆长假全省高速公路车流量超过一千万台次。",
        )
    )
    report = stories(page)[-1]
    assert (report.kicker, report.title) == ("", "长假全省高速公路车流量超千万台次")
    assert any("今日天气" in squash(e) for e in page.extras)


def test_a_digest_line_pointing_to_its_page_with_an_arrow_is_furniture():
    page = parse(
        column_page(
            COLUMN_REPORT,
            "导读",
            "2024湖南旅游发展大会将在岳阳举行 ▶2版",
            "三湘农民丰收节活动精彩纷呈 ▶详见3版",
        )
    )
    extras = [squash(e) for e in page.extras]
    assert "2024湖南旅游发展大会将在岳阳举行▶2版" in extras
    assert all("▶" not in squash(a.title + a.subtitle + a.kicker) for a in page.articles)


def test_a_groups_first_caption_over_the_next_one_is_the_photos_not_the_storys():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "节日里的坚守",
            "10月4日，岳阳楼景区，志愿者为游客提供咨询服务。",
        )
        + "\n\n\n"
        + column_page(
            "10月5日，崀山景区，环卫工人在清理游步道上的垃圾。长假期间，各景区数万名环卫工人坚守岗位。",
            "                        以上图片均由湖南日报记者 苗远山 摄",
        )
    )
    report = stories(page)[0]
    assert "志愿者" not in "".join(report.paragraphs)
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "节日里的坚守"


def test_a_label_under_a_caption_over_a_signed_pieces_title_is_not_the_photos():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "5月3日，东江湖景区，游客在晨雾中拍照留影。 苗远山 摄",
            "行走湖湘",
            "雨中的洪江古商城",
            "文丨舒望川",
            "我是在一场春雨里走进洪江古商城的。",
            "青石板路被雨水洗得发亮，两旁的窨子",
            "屋高墙深院，檐下的雨线落进天井里。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title != "行走湖湘"
    essay = stories(page)[-1]
    assert (essay.title, essay.column) == ("雨中的洪江古商城", "行走湖湘")


def test_a_two_character_name_printed_over_several_pieces_is_their_column():
    page = parse(
        paragraph_page(
            "湘水",
            "老屋门前的那棵桂花树",
            "文丨舒望川",
            "老屋门前有一棵桂花树,是爷爷年轻时种下的。每到八月,满院子都是桂花香。",
            "湘水",
            "雪后的岳麓山早晨",
            "文丨苗远山",
            "长沙的冬天很少下大雪。那年冬天的一个早晨,岳麓山上积了薄薄一层雪,山下的湘水静静流着。",
        )
    )
    pieces = stories(page)
    assert [(p.column, p.title) for p in pieces] == [
        ("湘水", "老屋门前的那棵桂花树"),
        ("湘水", "雪后的岳麓山早晨"),
    ]


def test_a_stack_whose_last_line_lists_things_printed_into_a_cut_word_is_no_text():
    stack = "全省农民趣味运动会开幕\n\n插秧、挑担等农趣项目同场竞技\n\n"
    page = parse(
        column_page(
            "湖南日报9月3日讯（记者 柯文）本届农",
            "民运动会共设竞技类和趣味类两大类",
            "十二个项目。除了篮球、乒乓球、象",
        )
        + "\n"
        + stack
        + column_page("棋等传统项目外，插秧比赛、挑担接力", "等项目富有乡土气息，吸引群众参与。")
    )
    report = stories(page)[0]
    assert "乒乓球、象棋等传统项目" in squash("".join(report.paragraphs))
    assert "插秧、挑担等农趣项目同场竞技" in squash(report.title + report.subtitle)


def test_a_line_opening_on_an_adverb_under_a_headline_line_is_no_label():
    from hnreader.corpus.segment.column_headlines import read_zone
    from hnreader.corpus.segment.kinds import ZonePart

    zone = Zone(
        [
            Line(5, "我省高校专利转让", 1, False),
            Line(7, "再创新高", 1, False),
            Line(9, "去年合同金额超过30亿元", 1, False),
        ],
        0,
        1,
    )
    parts = read_zone(zone, lambda text, share=0.0: True)
    assert all(p.kind == ZonePart.HEAD for p in parts)


def test_a_short_name_under_a_finished_text_over_the_next_columns_label_signs_the_text():
    page = parse(
        column_page(
            "景区门票别“一涨了之”",
            "热点辨析",
            "“三天两晚只要299元”的低价游，",
            "背后往往藏着强制购物的陷阱。游客",
            "要理性消费，天上不会掉馅饼。",
            "邓清",
            "快评",
            "给护路工多一些关爱",
            "日前，一段视频在网上热传：暴雨过",
            "后，一位护路工冒雨清理路面落石。",
            "关爱护路工，就是关爱每一位出行者。",
            "杨柳青",
        )
    )
    first, second = stories(page)[:2]
    assert (first.byline, second.column, second.title) == ("邓清", "快评", "给护路工多一些关爱")


def test_a_name_tight_under_a_title_under_its_columns_name_signs_the_piece():
    page = parse(
        paragraph_page(*PARAGRAPH_REPORT)
        + "\n今日谈\n\n不妨多给年轻人一些锻炼机会\n周游\n\n"
        + paragraph_page(
            "一位刚参加工作不久的年轻干部说,单位里大事轮不到他,小事又怕做错。",
            "多给年轻人一些机会,他们才能在干中学、学中干,尽快成长起来。",
        )
    )
    piece = stories(page)[-1]
    assert (piece.column, piece.title, piece.byline) == (
        "今日谈",
        "不妨多给年轻人一些锻炼机会",
        "周游",
    )


def test_a_poems_stanzas_printed_tight_are_verse_under_its_byline():
    from hnreader.corpus.segment.blocks import make_blocks
    from hnreader.corpus.segment.paragraph_pages import _verse_after

    printed = [
        "湘水", "", "诗二首", "文丨舒望川", "", "《稻田》", "",
        "风从田埂上走过", "稻穗低下了头", "父亲站在田中央", "像一株老去的稻子", "",
        "《冬夜》", "", "炉子里的火还没熄", "母亲把最后一碗汤", "端上桌", "",
        "湘水", "", "修桥人老罗", "", "文丨苗远山",
    ]  # fmt: skip
    lines, gap = [], 0
    for no, text in enumerate(printed, 1):
        if not text:
            gap += 1
            continue
        lines.append(Line(no, text, gap, False))
        gap = 0
    blocks, _, _ = make_blocks(lines)
    signed = next(k for k, b in enumerate(blocks) if b.text.startswith("文丨舒望川"))
    verse = [squash(b.text) for b in _verse_after(blocks, signed + 1)]
    assert verse[0] == "《稻田》" and "炉子里的火还没熄" in verse[-1]
    assert not any("修桥人老罗" in v or v == "湘水" for v in verse)


def test_a_title_under_a_name_signing_the_piece_above_opens_a_signed_piece_of_its_own():
    lines = [
        "评论观察",
        "乡村文化活动要办到群众心坎上",
        "近来，不少地方的乡村文化活动越办越多，但也有一些活动只图场面热闹，来看的群众却不多，演的内容离村民的生活也远。",
        "办好乡村文化活动，关键是问需于民。村里想看什么、想演什么，应当先听听村民的意见，再定节目、定时间、定场地。",
        "只有让群众唱主角，乡村文化才能真正活起来、火起来，成为乡亲们日子里离不开的一部分。",
        "周小安",
        "城市公园应当更加开放包容",
        "近年来，各地新建改建了一批城市公园，为市民提供了休闲好去处，但有的公园围栏林立、开放时间短，市民进园不便。",
        "公园是公共空间，管理要人性化。拆除不必要的围栏，延长开放时间，才能让更多市民享受到身边的绿色。",
        "钱多多",
        "湖南日报5月6日讯（记者 王立）今天，全省春季植树活动总结会在长沙召开，会议通报了今年植树造林情况。",
        "会议指出，今年全省完成植树造林面积超过300万亩，森林覆盖率稳步提高，城乡绿化水平进一步提升。",
    ]
    page = page_of(lines)
    signed = {a.byline: a.title for a in page.articles if a.byline}
    assert signed["周小安"] == "乡村文化活动要办到群众心坎上"
    assert signed["钱多多"] == "城市公园应当更加开放包容"


def test_a_labelled_piece_signed_at_its_foot_under_a_commentary_signed_at_its_head():
    lines = [
        "让营商环境成为发展的“金字招牌”",
        "湖南日报评论员",
        "营商环境是企业生存发展的土壤。近年来，我省持续深化“放管服”改革，企业办事更加便捷，市场活力不断增强。",
        "优化营商环境没有完成时。各地各部门要对标一流、久久为功，让企业安心经营、放心投资、专心创业。",
        "三湘观察",
        "老旧小区改造要多听居民意见",
        "近日，记者在一些老旧小区采访时发现，有的改造项目事先没有征求居民意见，建成后用的人少、怨言不少。",
        "老旧小区改造是民生工程，改什么、怎么改，应当由居民一起商量，让改造真正改到群众心坎上。",
        "周小安",
        "湖南日报5月6日讯（记者 王立）今天，全省春季植树活动总结会在长沙召开，会议通报了今年植树造林情况。",
        "会议指出，今年全省完成植树造林面积超过300万亩，森林覆盖率稳步提高，城乡绿化水平进一步提升。",
    ]
    page = page_of(lines)
    signed = next(a for a in page.articles if a.byline == "周小安")
    assert (signed.column, signed.title) == ("三湘观察", "老旧小区改造要多听居民意见")
    first = next(a for a in page.articles if a.byline == "湖南日报评论员")
    assert len(first.paragraphs) == 2


@pytest.mark.parametrize("label", ["记者追踪", "记者探访", "记者蹲点", "记者调查"])
def test_a_series_named_for_its_reporters_going_to_see_is_a_column_not_a_byline(label):
    from hnreader.corpus.segment.patterns import looks_like_column

    assert not is_byline(label) and looks_like_column(label)
    assert is_byline("记者 连新民")  # (a reporter whose name opens like such a word)


def test_a_cartoons_title_and_credit_on_one_line_are_the_cartoons_own():
    lines = [
        "城市公园应当更加开放包容",
        "钱多多",
        "近年来，各地新建改建了一批城市公园，为市民提供了休闲好去处，但有的公园围栏林立、开放时间短，市民进园不便。",
        "公园是公共空间，管理要人性化。拆除不必要的围栏，延长开放时间，才能让更多市民享受到身边的绿色。",
        "漫画：“排队”何时了  周小安 作",
        "百姓话题",
        "老旧小区改造要多听居民意见",
        "孙一",
        "近日，记者在一些老旧小区采访时发现，有的改造项目事先没有征求居民意见，建成后用的人少、怨言不少。",
        "老旧小区改造是民生工程，改什么、怎么改，应当由居民一起商量，让改造真正改到群众心坎上。",
    ]
    page = page_of(lines)
    cartoon = next(a for a in page.articles if a.kind == "photo")
    assert (cartoon.title, cartoon.byline) == ("漫画：“排队”何时了", "周小安 作")
    titles = [(a.kicker, a.title) for a in page.articles if a.kind != "photo"]
    assert ("", "老旧小区改造要多听居民意见") in titles


def test_a_two_character_label_under_a_dash_led_subtitle_is_the_column_whatever_the_byline():
    lines = [
        "三十年守护一片茶园",
        "——记安化县茶叶技术推广站站长周小安",
        "专访",
        "湖南日报全媒体记者 钱多多",
        "谷雨前后，安化县的茶园里一片忙碌。周小安背着竹篓，蹲在茶垄间查看新芽的长势，一看就是一上午。",
        "三十年来，他跑遍了全县的茶园，帮助茶农改良品种、规范加工，让安化黑茶走出了大山。",
    ]
    page = page_of(lines)
    story = next(a for a in page.articles if a.byline.endswith("钱多多"))
    assert (story.column, story.subtitle) == ("专访", "——记安化县茶叶技术推广站站长周小安")


def test_a_headline_printed_after_its_reports_text_is_no_banner_of_the_next_stack():
    from hnreader.corpus.segment.roles import take_banner

    def stack(*texts):
        return [[Line(k + 1, t, 1, False)] for k, t in enumerate(texts)]

    metro = Draft(
        paras=[
            Para("长株潭城际轨道交通开通一年来，累计发送乘客1.1亿人次，日均客流超过30万人次。", [1])
        ]
    )
    farm = Draft(
        heads=stack("城际轨道交通开通满一周年", "日均客流突破30万人次", "全省油菜田间管理有序推进"),
        dateline="湖南日报3月14日讯（记者 钱多多）",
        paras=[Para("眼下正是油菜开花的关键时期，各地组织农技人员深入田间指导农户。", [5])],
    )
    assert take_banner(farm, metro) is None and len(farm.heads) == 3
    # (no story printed before it reports the line: a campaign's banner)
    assert take_banner(farm) == "城际轨道交通开通满一周年"


def test_a_credit_set_over_its_caption_under_a_storys_last_paragraph_is_that_captions():
    lines = [
        "全省新增减税降费超百亿元",
        "湖南日报11月24日讯（记者 周小安）记者今天从省税务局获悉，前10个月全省新增减税降费102.6亿元，惠及市场主体超过80万户。",
        "省税务局有关负责人表示，将持续推动各项税费优惠政策直达快享，让经营主体轻装上阵。",
        "湖南日报记者 钱多多 摄",
        "11月24日，株洲市荷塘区，税务干部走进企业车间，向企业负责人讲解最新税费优惠政策。",
        *bus_report("11月24日", "孙一"),
    ]
    page = page_of(lines)
    photo = next(a for a in page.articles if a.kind == "photo")
    assert list(photo.paragraphs) == [
        "11月24日，株洲市荷塘区，税务干部走进企业车间，向企业负责人讲解最新税费优惠政策。"
    ]
    tax = next(a for a in page.articles if "周小安" in a.dateline)
    assert tax.paragraphs[-1].startswith("省税务局有关负责人表示")


def test_a_column_line_whose_quote_or_sentence_the_next_line_closes_is_text_not_a_headline():
    # (a stretch of a column page of the development corpus: …实行“课间15分 /
    # 钟”，… and …的“看病钱”“救命 / 钱”。…, each line spread by justification)
    lines = [
        "动时间纳入作息安排，其中户外活动时间不少于 1",
        "小时，课间休息时间学生应走出教室。",
        "据监测，2025 年全省儿童青少年总体近视率为",
        "49.8%，比上年下降 1.2 个百分点，但初中、高中学生",
        "近视率仍然偏高。通知要求，各地要每学期为学生开",
        "展视力筛查，建立视力健康档案，对筛查出的视力异",
        "常学生及时告知家长并转诊。",
        "长 沙 市 一 所 小 学 去 年 开 始 实 行“ 课 间 15 分",
        "钟”，还把部分体育课搬到了操场和附近公园上。校",
        "长说，一年下来，学生的近视新发率明显下降，上课",
        "注意力也更集中了。",
        "通知还要求，学校要控制电子产品使用，教学和",
        "布置作业不依赖电子产品；改善教室采光照明条件，",
        "定期调整学生座位；家长要配合学校，减少孩子在家",
        "使用手机、平板的时间。",
        "健康观察",
        "让医保基金用在“刀刃”上",
        "医 保 基 金 是 人 民 群 众 的“ 看 病 钱 ”“ 救 命",
        "钱 ”。去 年 全 省 追 回 医 保 资 金 5.6 亿 元 ，一 方 面 说 明",
        "监管力度在加大，另一方面也提醒我们，侵蚀医保基",
        "金的行为仍然存在，基金监管必须常抓不懈。",
        "管好医保基金，既要靠严格监管，也要靠制度创",
        "新。推进智能监控，利用大数据及时发现异常诊疗和",
        "费用；完善举报奖励制度，鼓励群众参与监督；深化",
        "支付方式改革，从源头上减少过度医疗的动力。",
        "定点医药机构也要守住底线。医院和药店是医",
        "保基金使用的主要环节，必须强化自我管理，规范诊",
        "疗行为，决不能把医保基金当成“唐僧肉”。",
    ]
    page = page_of(lines)
    piece = next(a for a in page.articles if a.column == "健康观察")
    assert piece.title == "让医保基金用在“刀刃”上"
    assert piece.paragraphs[0].startswith("医保基金是人民群众的")
    assert not any(a.title.startswith("长沙市一所小学") for a in page.articles)


def test_a_line_under_a_photos_credit_is_its_title_when_the_story_above_had_its_own():
    # (a stretch of a column page of the development corpus: a report titled
    # over its dateline, a photo in it, a short line under the photo's credit)
    lines = [
        "长沙开出首张电子社保卡",
        "湖南日报6月17日讯（记者 李国斌",
        "通讯员 何宗）今天上午，长沙市民钟",
        "晓霞在建设银行芙蓉支行柜台，领到了",
        "全市第一张具有金融功能的社会保障卡，",
        "当场完成了激活。",
        "这种新卡集社保与银行借记卡功能",
        "于一身，持卡人既可以查询缴费记录、在",
        "定点医院刷卡结算，也可以存取现金、转",
        "账消费。长沙市人社局介绍，今年内将为",
        "全市约 260 万参保人员换发新卡，旧卡",
        "在过渡期内仍可正常使用。",
        "市民换领新卡不需要本人到银行排",
        "队，由所在单位或社区统一采集信息、集",
        "中办理，制卡完成后再通知领取。换卡期",
        "间，参保人员在医院看病、购药不受影响。",
        "工作人员提醒，新卡带有芯片，不要与手",
        "机、磁铁等物品长时间放在一起，遗失后",
        "应及时拨打服务热线挂失。",
        "6月16日，工商银行湖南省分行的工作人员在长沙市天心区一个社区向老年居民讲解识别假币、防范电信诈骗的知识。",
        "                                        记者 郭立亮 摄",
        "银行服务进社区",
        "湖南日报6月17日讯（记者 陈淦璋）",
        "湖南保监局今天发布数据，1 至 5 月，全省",
        "保险业实现原保险保费收入 471.9 亿元，",
        "同比增长 21.4%。其中，财产险保费收入",
        "121.5 亿元，增长 10.6%；人身险保费收入",
        "350.4 亿元，增长 25.6%。",
        "保险业保障功能持续增强。前 5 个",
        "月 ，全 省 保 险 业 赔 付 支 出 149.2 亿 元 ，同",
        "比增长 17.8%；农业保险为全省 156.3 万",
        "户次农户提供风险保障，大病保险覆盖",
        "全省城乡居民。",
    ]
    page = page_of(lines)
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "银行服务进社区"
    assert any(a.title == "长沙开出首张电子社保卡" for a in page.articles)


def test_a_credit_over_a_caption_opening_on_its_day_under_a_storys_text_is_that_captions():
    lines = [
        "全省开展学生饮用水安全检查",
        "湖南日报5月21日讯（记者 周小安）即日起至6月底，全省将对中小学校饮用水设施开展一次全面检查，发现问题限期整改。",
        "目前，全省中小学校直饮水设施覆盖率已达八成，今年底前将实现城区学校全覆盖。",
        "记者 钱多多 摄",
        "5月21日，株洲市芦淞区一所小学的学生在老师带领下参观学校新建的直饮水设备间。",
        "小小质检员",
        *bus_report("5月21日", "孙一"),
    ]
    page = page_of(lines)
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.paragraphs[0].startswith("5月21日，株洲市芦淞区")
    water = next(a for a in page.articles if "周小安" in a.dateline)
    assert water.paragraphs[-1].startswith("目前，全省中小学校直饮水")


def test_a_paintings_title_and_credit_on_one_line_give_the_title_without_the_credit():
    lines = [
        "母亲的腌菜坛",
        "文丨周小安",
        "每年入冬，母亲都要把屋檐下的几只腌菜",
        "坛子洗净晾干，一只一只码在灶屋的角落里。",
        "如今母亲老了，腌菜坛还在，那股酸香也",
        "还在，那是我心里最踏实的味道。",
        "湘江晨雾（油画）  钱多多 作",
        "在书页间回到故乡",
        "——读散文集《山路弯弯》",
        "文丨孙一",
        "作家的这本散文集，写的是湘西南的山村",
        "和山村里的人，文字朴素，却很动人。",
    ]
    page = page_of(lines)
    picture = next(a for a in page.articles if a.kind == "photo")
    assert (picture.title, picture.byline) == ("湘江晨雾（油画）", "钱多多 作")


def test_a_labelled_reports_title_printed_after_its_text_goes_back_to_it():
    lines = [
        *bus_report("4月7日", "王立"),
        "好人好事",
        "湖南日报4月7日讯（记者 周小安）常德公交司机钱师傅在末班车上捡到一个装有8万元现金的挎包，在站台守候两个多小时，终于将现金物归原主。",
        "失主是一名建筑工人，包里是准备给工友发放的工资。钱师傅说，换作谁都会这么做，不值一提。",
        "公交司机拾到8万元现金 守候两小时物归原主",
        "益阳乡村教师周老师获评“最美乡村教师”",
        "湖南日报4月7日讯（记者 孙一）近日，益阳市安化县一所村小的周老师获评今年全省“最美乡村教师”。",
        "周老师在村小任教26年，教过的学生有600多人，不少学生考上了大学，又回到家乡工作。",
    ]
    page = page_of(lines)
    driver = next(a for a in page.articles if "周小安" in a.dateline)
    assert driver.column == "好人好事"
    assert (driver.kicker + driver.title + driver.subtitle).replace(" ", "") == (
        "公交司机拾到8万元现金守候两小时物归原主"
    )


def test_a_line_under_the_writer_closing_a_stack_printed_after_its_text_opens_the_next_piece():
    # (the foot of a commentary page of the development corpus: a piece's
    # text, then its title, label and writer, then the next piece's label,
    # title, text and writer)
    lines = [
        "新论",
        "新质生产力要在“新”字上见真章",
        "胡湘云",
        "发展新质生产力,是推动高质量发展的内在要求和重要着力点。对湖南来说,发展新质生产力,既要在新兴产业上抢滩占位,也要用新技术改造提升传统产业。",
        "湖南工程机械、航空动力、轨道交通等产业具有较强竞争力,这是发展新质生产力的重要基础。通过智能化改造、数字化转型、绿色化升级,传统产业同样可以焕发新的生机。一台挖掘机装上智能控制系统,就能远程操作、无人作业;一条生产线引入工业互联网平台,效率就能大幅提升。",
        "发展新质生产力,关键是科技创新。要强化企业创新主体地位,支持企业增加研发经费,推动产学研深度融合,加快科技成果转化。同时,要因地制宜,不能一哄而上、搞一种模式,防止出现新的产能过剩和低水平重复建设。",
        "人才是发展新质生产力的第一资源。要完善人才引进、培养、使用、评价和激励机制,既要引进一批高端领军人才,也要培养大批高素质技术技能人才,让各类人才的创造活力竞相迸发。",
        "健身卡、美容卡、教育培训课程……预付式消费在给消费者带来优惠的同时,也埋下了不少隐患。一些商家收了钱就“跑路”,消费者维权难、退费难。",
        "治理预付式消费乱象,要从源头上规范经营行为。可以推行预付资金存管制度,让商家收取的预付款由第三方监管,按照服务进度拨付;要建立商家信用评价和风险预警机制,对经营异常的商家及时提醒消费者。消费者自身也要理性消费,不要一次性充值过多,签订合同时注意保留凭证,发现问题及时向市场监管部门投诉。",
        "相关部门还应简化维权程序,对群体性预付式消费纠纷开辟快速处理通道,必要时依法追究经营者责任,让“跑路”的商家付出代价。",
        "预付式消费别成“连环坑”",
        "热点快评",
        "姚瑶",
        "学习札记",
        "把“小事”当作“大事”来办",
        "群众身边的事,往往是一些看似不起眼的“小事”:楼道的灯坏了、小区门口的路坑洼不平、孩子放学后没人照看……这些事情办得好不好,直接影响群众的幸福感。",
        "对党员干部来说,要把群众的“小事”当作自己的“大事”,主动问需于民,建立民生诉求快速响应机制,能马上办的立即办,一时办不了的要说明情况、限期解决。",
        "一些地方推行“民生微实事”,由居民提出需求、集体议定项目、政府出资办理,一年下来办成了几百件群众身边的小事,赢得了群众的广泛认可。",
        "民生无小事,枝叶总关情。把一件件“小事”办好办实,就是对“以人民为中心”最生动的诠释。",
        "邓晓岚",
        "扫码阅读更多理论文章",
        "征稿启事",
        "本版“理论视点”“三湘观察”栏目常年征稿,欢迎社会各界围绕经济社会发展中的重大理论和现实问题赐稿。来稿要求观点鲜明、论证严谨、文风清新,理论文章一般不超过3000字,评论文章一般在1200字以内。来稿请注明作者姓名、单位和联系方式。",
    ]
    page = page_of(lines)
    bylines = [a.byline for a in page.articles if a.kind == "commentary"]
    assert bylines == ["胡湘云", "姚瑶", "邓晓岚"]


def test_the_editors_words_under_a_finished_essay_are_a_note_of_their_own():
    lines = [
        "外婆的腌菜坛",
        "文丨周小安",
        "每年入冬，外婆都要把屋檐下的几只腌菜",
        "坛子洗净晾干，一只一只码在灶屋的角落。",
        "如今外婆老了，腌菜坛还在，那股酸香也",
        "还在，那是我心里最踏实的味道。",
        "编者的话",
        "本期副刊刊发的几篇散文，写的都是寻常",
        "人、寻常事。我们期待更多作者把笔触伸向",
        "生活深处，写出带着烟火味道的好作品。",
    ]
    page = page_of(lines)
    note = next(a for a in page.articles if a.title == "编者的话")
    assert note.paragraphs[0].startswith("本期副刊刊发的几篇散文")
    essay = next(a for a in page.articles if a.title == "外婆的腌菜坛")
    assert not any("本期副刊" in p for p in essay.paragraphs)


def test_a_line_of_text_printed_again_among_headlines_is_dropped():
    # The second line of a report's dateline printed again in the bunch of
    # headlines after the bodies: a copy, no subtitle of the title over it.
    second = (
        "湖南日报5月9日讯（全媒体记者 罗晓雯 通\n"
        "讯员 唐敏）记者从省农业农村厅获悉，全\n"
        "省早稻集中育秧工作全面铺开，目前已落\n"
        "实集中育秧面积三百余万亩。"
    )
    third = (
        "湖南日报5月9日讯（记者 周可欣）今天，\n"
        "长沙新开通3条公交微循环线路，方便\n"
        "周边居民就近换乘地铁。据介绍，新线\n"
        "路全部采用新能源车辆。"
    )
    page = parse(
        column_page(
            COLUMN_BODY,
            second,
            "全省水利建设现场推进会在益阳召开部署汛前工作",
            "今年安排水利投资一百二十亿元",
            "全省早稻集中育秧全面铺开",
            "讯员 唐敏）记者从省农业农村厅获悉，全",
            "公交出行更方便",
            "长沙新开通3条公交微循环线路",
            third,
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert (by_first["记者从省"].title, by_first["记者从省"].subtitle) == (
        "全省早稻集中育秧全面铺开",
        "",
    )
    assert by_first["今天，长"].kicker == "公交出行更方便"


def test_a_line_printed_again_at_a_paragraphs_start_is_read_once():
    # A line of the paragraph above printed again over the next paragraph.
    essay = (
        "翻开这本新书，扑面而来的是木屑和桐油\n"
        "的气味。书里记下了三十七位老手艺人：\n"
        "打铁的、箍桶的、弹棉花的、扎灯笼的，\n"
        "还有一位专门修补瓷碗的老人。\n"
        "作者在县文化馆工作了二十多年，用六年\n"
        "时间走村串户，一个一个地找，一个一个\n"
        "地聊，把他们的手艺和日子都记了下来。\n"
        "打铁的、箍桶的、弹棉花的、扎灯笼的，\n"
        "这些手艺大多正在消失，作者并不回避这\n"
        "一点。记录本身就是一种挽留。"
    )
    page = parse(column_page("书香湖南", "手艺里的人间烟火", "文丨柳青禾", essay))
    (art,) = stories(page)
    assert sum(p.count("扎灯笼的") for p in art.paragraphs) == 1
    assert "挽留" in art.paragraphs[-1]


def test_a_pen_name_under_a_short_piece_signs_it_not_the_next_title():
    # 短评 signed at its foot with a pen name, then the next piece's title,
    # dash-led subtitle and writer: the pen name is the short piece's.
    short = (
        "解决停车难，光靠小区自己\n"
        "挖潜不够。周边单位的停车\n"
        "场夜间能否错时开放？这些\n"
        "都需要街道社区多方协调。"
    )
    essay = (
        "精简会议，减的是文山会海的\n"
        "负担，增的是干事创业的劲头。\n"
        "过去一些地方会议多、文件多，\n"
        "基层干部疲于应付。"
    )
    page = parse(
        column_page(
            "短评",
            "小区停车难 还需多想招",
            short,
            "柳溪",
            "把精简会议落到实处",
            "——关于精简会议文件的几点思考",
            "邓远航",
            essay,
        )
    )
    short_piece, essay_piece = stories(page)
    assert "解决停车难" in short_piece.paragraphs[-1]
    assert short_piece.byline == "柳溪"
    assert (essay_piece.title, essay_piece.column) == ("把精简会议落到实处", "")
    assert essay_piece.byline == "邓远航"


def test_a_pen_name_over_the_next_pieces_label_is_no_frame():
    # The pen name under a short piece, then the next piece's two-character
    # label, its title and its writer: a signature, not a framed pair.
    short = "加装电梯，低层住户有顾虑，\n高层住户盼得急。化解分歧，\n既靠耐心协商，也靠合理补偿。"
    letter = (
        "编辑同志：\n我们村里留守老人多，子女大多\n在外务工，老人突发疾病时，常\n常找不到人帮忙。"
    )
    page = parse(
        column_page(
            "短评",
            "电梯上楼要算好民心账",
            short,
            "石川",
            "来信",
            "建议给留守老人装上一键呼叫",
            "邵东县读者 李明远",
            letter,
        )
    )
    assert "石川来信" not in page.extras
    short_piece = next(a for a in stories(page) if "加装电梯" in "".join(a.paragraphs))
    assert short_piece.byline == "石川"


def test_questions_and_answers_under_a_title_after_a_report_are_a_piece_of_their_own():
    # A report, then a short title over questions and answers on the same
    # subject: the box is an item of its own, the title its title.
    page = page_of(
        [
            "工伤保险费率实行差别化浮动",
            "湖南日报9月19日讯（记者 罗晓雯）记者日前从省人社厅获悉，我省将从10月1日起对参加工伤保险的企业实行差别化浮动费率。",
            "省人社厅有关负责人介绍，实行浮动费率既能减轻企业负担，也能促进企业加强安全生产。目前全省工伤保险参保人数达780万人。",
            "社保政策问答",
            "问：灵活就业人员如何参加职工基本养老保险？",
            "答：无雇工的个体工商户和灵活就业人员，可以在户籍所在地或就业地以个人身份参加职工基本养老保险。",
            "问：养老保险关系转移需要本人回原参保地办理吗？",
            "答：不需要。参保人员跨省流动就业的，由本人向新参保地社保经办机构提出申请即可。",
        ]
    )
    report, box = stories(page)
    assert report.title == "工伤保险费率实行差别化浮动"
    assert box.title == "社保政策问答"
    assert box.paragraphs[0].startswith("问：灵活就业人员")


def test_a_stack_printed_into_its_storys_sentence_before_a_figure_is_a_headline():
    # The report's own stack printed into its cut sentence; the rest opens on
    # a figure, which goes on the stack's last figure as well as on the cut.
    page = parse(
        column_page(
            "湖南日报10月15日讯（全媒体记者 罗晓雯\n"
            "通讯员 唐敏）记者从省住房和城乡建设厅\n"
            "获悉，今年前三季度，全省住房公积金\n"
            "累计缴存612亿元，发放个人住房贷款\n"
            "186亿元，支持",
            "住房公积金助力安居",
            "前三季度发放个人住房贷款186亿元",
            "4.7万户缴存职工购房；办理租房提取\n"
            "52.6万笔、金额31亿元。\n"
            "今年以来，我省进一步优化住房公积金\n"
            "政策，多子女家庭购房贷款额度上浮。",
        )
    )
    (art,) = stories(page)
    assert (art.kicker, art.title) == ("住房公积金助力安居", "前三季度发放个人住房贷款186亿元")
    assert "支持4.7万户缴存职工购房" in art.paragraphs[0]


def test_a_line_over_a_visit_kicker_and_title_is_the_series_column():
    # Series name / where the reporter went (the kicker) / title / byline,
    # the body's words naming the series too.
    page = parse(
        column_page(
            "乡村治理新探索",
            "探访平江县“屋场会”议事模式",
            "小屋场里的大民主",
            "湖南日报全媒体记者 罗晓雯",
            "傍晚时分，平江县一个村的屋场\n"
            "坪上坐满了村民，大家围着村干部，\n"
            "你一言我一语地商量修路的事。\n"
            "近年来，平江县探索乡村治理新路\n"
            "子，把屋场会作为村民议事的平台，\n"
            "村里的大事小事都拿到屋场会上商\n"
            "量，乡村治理有了新气象。",
        )
    )
    (art,) = stories(page)
    assert (art.column, art.kicker, art.title) == (
        "乡村治理新探索",
        "探访平江县“屋场会”议事模式",
        "小屋场里的大民主",
    )


def test_an_advertisement_under_its_title_after_a_report_is_a_piece_of_its_own():
    # A dated report, then a short title over an advertisement's text and
    # whom to call: the advertisement is no part of the report.
    page = page_of(
        [
            "常德高新区新签约项目开工率达八成",
            "湖南日报4月17日讯（全媒体记者 罗晓雯）记者今天从常德高新区获悉，该区去年以来签约的35个项目中，已有28个开工建设。",
            "今年，常德高新区将继续开展项目攻坚活动，计划新签约项目40个，当年开工率不低于70%。",
            "园区推介",
            "湘阴工业园位于长沙北部，已建成标准厂房60万平方米，重点引进装备制造、新材料等领域企业入园发展。",
            "入园企业可享受土地、税收、人才引进等方面的优惠政策，园区提供项目审批全程代办服务。",
            "联系电话：0730-2212608 联系人：园区招商合作局",
        ]
    )
    report, advert = stories(page)
    assert report.title == "常德高新区新签约项目开工率达八成"
    assert not any("湘阴工业园" in p for p in report.paragraphs)
    assert advert.title == "园区推介"


def test_a_three_character_argument_label_under_a_commentarys_title_is_its_column():
    # Text, the paper's writer, the title, then the column's label (…论):
    # the label is no word wrapped from the title.
    page = parse(
        column_page(
            "一年一度的省政协会议，是委员们\n"
            "集中协商议政的重要平台。协商成\n"
            "果转化得好不好，要看落实的力度。\n"
            "把协商成果转化为发展实效，才能\n"
            "不负委员们的辛勤付出。",
            "湖南日报评论员",
            "让协商成果落到实处",
            "湘远论",
        )
    )
    (art,) = stories(page)
    assert (art.column, art.title) == ("湘远论", "让协商成果落到实处")


def test_a_label_set_tight_under_a_title_closed_by_its_quote_is_the_column():
    # Title closed by a quote, the column's label set tight under it (no
    # blank between): no word of the title is left to wrap, so the short
    # line is the label, not the title's end.
    first = column_page(
        "近年来，不少社区把闲置的活\n动室改成了老年食堂，老人花\n几块钱就能吃上热饭热菜。"
    )
    second = column_page(
        "前几天回老家，发现村口通了\n公交车，乡亲们去镇上赶集、\n去县城看病方便了不少。"
    )
    page = parse(first + "\n乡村客运“通得了”还要“通得好”\n来论\n\n" + second)
    (titled,) = [a for a in stories(page) if a.title.startswith("乡村客运")]
    assert (titled.column, titled.title) == ("来论", "乡村客运“通得了”还要“通得好”")


def test_a_series_named_for_walking_a_region_over_an_essays_title_is_its_column():
    # 行走 and the region toured, set tight over an essay's title and writer.
    before = (
        "乡土记忆\n\n老屋的门槛\n\n文丨向晚晴\n\n"
        "老屋的门槛是一整根杉木做的，被几代人的脚磨得发亮，小时候我总爱坐在门槛上吃饭看雨。\n\n"
        "后来才知道，在我们那一带，门槛是不能随便踩的，老人说踩门槛会把家里的福气踩走。\n\n"
    )
    essay = (
        "行走湖湘\n秋日看湖\n\n文丨柳青禾\n\n"
        "到岳阳的第二天，朋友约我去看湖。车出城区往西，路两旁的芦苇已经黄了，风一吹便起伏如浪。\n\n"
        "湖边的渔民说，秋天水落下去，露出大片洲滩，候鸟就要来了，那时候的湖才最热闹。\n"
    )
    page = parse(before + essay)
    (art,) = [a for a in stories(page) if a.byline == "文丨柳青禾"]
    assert (art.column, art.title) == ("行走湖湘", "秋日看湖")


def test_a_line_leaving_a_works_title_open_is_running_text_no_subtitle():
    # A correction's title among other stories' headlines, its first line
    # set tight under it: that line leaves 《 open, closed on the next line,
    # so it is text, not the subtitle of the title over it.
    rest = column_page(
        "轮水利设施评估》一文中，“参评\n水库共有126座”应为“参评水库共\n有162座”。特此更正。"
    )
    heads = (
        "株洲打掉一个非法采砂团伙\n全省科普大篷车巡游活动收官\n\n更正\n本报5月8日2版《我省启动新一"
    )
    page = parse(column_page(COLUMN_BODY) + heads + "\n\n" + rest)
    (note,) = [a for a in stories(page) if a.title == "更正"]
    assert note.subtitle == ""
    assert note.paragraphs[0].startswith("本报5月8日2版《我省启动新一轮水利设施评估》")


def test_a_titled_caption_on_its_day_signed_by_a_reporters_line_is_a_photo():
    # A photo's title, its caption opening on the day (no place set apart by
    # a comma: 某支队在…开展…), the reporter's 报道 line under it: a photo
    # item, its reporter the byline, not the end of the report above.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "秋收演练",
            "9月2日，衡阳市农机服务队在一处稻田开展机收作业演示。农机手驾驶收割机来回穿梭。",
            "湖南日报·新湖南客户端记者 柯远航 报道",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("秋收演练", "湖南日报·新湖南客户端记者 柯远航 报道")
    assert photo.paragraphs[0].startswith("9月2日，衡阳市农机服务队")
    report = page.articles[0]
    assert not any("农机手" in p for p in report.paragraphs)


def test_a_kicker_handing_over_with_a_dash_under_a_features_byline_heads_it():
    # The byline printed first, then the stack: a kicker closed by a dash and
    # the title under it, then the feature's text.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湖南日报·华声在线记者 柯远航 通讯员 齐小雨",
            "一位山村邮递员的一天——",
            "大山里的“绿色信使”",
            "清晨6点，邮递员向春生把一袋袋邮件装上摩托车，沿着盘山公路出发了。",
            "他负责的邮路全长80多公里，沿途有12个村，一趟下来要走整整一天。",
        )
    )
    feature = page.articles[-1]
    assert (feature.kicker, feature.title) == ("一位山村邮递员的一天——", "大山里的“绿色信使”")
    assert feature.paragraphs[0].startswith("清晨6点")


def test_a_list_of_like_items_under_its_title_is_a_box_of_its_own():
    # A box's title over like items, each closed by a semicolon, the last by
    # a full stop, printed under a dated report: an item of its own, one
    # paragraph an item.
    items = [
        "出门前关好门窗，检查燃气阀门；",
        "出门前拔掉电器插头，关闭电源；",
        "出门前告知邻居，留下联系电话；",
        "出门前清理阳台，收好晾晒衣物。",
    ]
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT, "社区提醒：长假出行四件事", *items, *bus_report("3月6日", "齐远帆")
        )
    )
    box = next(a for a in page.articles if a.title == "社区提醒：长假出行四件事")
    assert list(box.paragraphs) == items
    assert not any("出门前" in p for p in page.articles[0].paragraphs)


@pytest.mark.parametrize(
    ("above", "below", "parts"),
    [
        # Two statements printed tight: kicker and title.
        ("衡阳出台新规", "外卖骑手纳入工伤保障", ("衡阳出台新规", "外卖骑手纳入工伤保障")),
        # A time named over its statement: one title wrapped.
        ("端午假期", "全市景区接待游客创新高", ("", "端午假期全市景区接待游客创新高")),
    ],
)
def test_two_statements_printed_tight_over_a_dateline_are_kicker_and_title(above, below, parts):
    page = parse(
        "\n\n".join(PARAGRAPH_REPORT)
        + f"\n\n{above}\n{below}\n\n"
        + "湖南日报6月2日讯(记者 柯文)记者今天从市人社局获悉,新规将于下月起施行。\n\n"
        + "据介绍,新规明确了平台企业的参保责任。\n"
    )
    report = page.articles[-1]
    assert (report.kicker, report.title) == parts


def test_a_stack_printed_into_its_storys_sentence_over_its_last_words_is_a_headline():
    # The report's stack printed into its cut sentence, whose rest is its
    # last words alone (了80元。): the report's headline, the sentence whole.
    page = parse(
        column_page(
            "湖南日报9月3日讯（全媒体记者 罗晓雯\n"
            "通讯员 唐敏）记者从省农业农村厅获悉，\n"
            "今年全省晚稻机插秧面积首次突破千万\n"
            "亩。在湘阴县的示范片，种粮大户说，\n"
            "机插秧比人工抛秧省工省时，每亩成本降低",
            "全省晚稻机插秧面积突破千万亩",
            "种粮大户每亩节本增效明显",
            "了80元。\n今年以来，我省新增插秧机三千余台，\n机插服务覆盖所有产粮大县。",
        )
    )
    (art,) = stories(page)
    assert "全省晚稻机插秧面积突破千万亩" in (art.kicker, art.title)
    assert "每亩成本降低了80元。" in art.paragraphs[0]


def test_a_stack_printed_after_who_speaks_goes_to_the_story_whose_words_go_on():
    # A paragraph opens on who speaks (…负责人介绍，), the page prints the
    # report's stack there, then the words spoken: the line is text, the
    # stack the headless report's, the paragraph whole.
    page = parse(
        column_page(
            "湖南日报9月3日讯（全媒体记者 罗晓雯\n"
            "通讯员 唐敏）今年秋茶开采以来，桃源\n"
            "县各茶叶合作社收购鲜叶两千余吨，\n"
            "比去年多三成。",
            "桃源县茶叶产业发展中心负责人介绍，",
            "桃源秋茶开采",
            "鲜叶收购量增长两成",
            "全县现有茶园二十万亩，今年新建标准\n化茶园一万亩，带动茶农增收。",
        )
    )
    (art,) = stories(page)
    assert (art.kicker, art.title) == ("桃源秋茶开采", "鲜叶收购量增长两成")
    assert any(
        p.startswith("桃源县茶叶产业发展中心负责人介绍，全县现有茶园") for p in art.paragraphs
    )


def test_poems_signed_at_their_foot_on_a_paragraph_page_are_items_of_their_own():
    # An essay, then two poems under a label and a title each, a verse a
    # line, each signed by the poet's bare name under its last verse.
    first = ["月光落在晒谷坪上", "像一层薄薄的霜", "母亲把竹席卷起", "也卷起了", "一整个夏天的虫鸣"]
    second = ["桂花开的时候", "巷子就变窄了", "香气挤满了", "每一扇半开的窗", "连风都走得很慢"]
    page = parse(
        paragraph_page(
            "乡土记忆",
            "老井",
            "文丨向晚晴",
            "村口那口老井，打我记事起就在那里。井水冬暖夏凉，全村人都靠它过日子。",
            "后来家家户户通了自来水，老井就渐渐冷清了，只有老人们还常去井边坐坐。",
            "夏天的傍晚，大人们挑着水桶来井边打水，孩子们就围着井台追来追去。",
            "井边有一棵老樟树，树荫下摆着几条石凳，老人们在那里摇着蒲扇讲古。",
            "我离家读书那年，祖父特意打了一桶井水，让我喝一口再上路，说是不忘本。",
            "去年回乡，村里把老井修葺一新，井台铺了青石板，旁边立了一块小石碑。",
            "碑上刻着几行字，说这口井养活了村里十几代人，如今留着它，是留个念想。",
            "站在井边往下看，井水依旧清亮，映着天上的云，也映着我早生的白发。",
            "诗页",
            "秋夜",
            *first,
            "柳青禾",
            "诗页",
            "桂花巷",
            *second,
            "龙小川",
        )
    )
    night = next(a for a in page.articles if a.title == "秋夜")
    lane = next(a for a in page.articles if a.title == "桂花巷")
    assert (night.column, night.byline, list(night.paragraphs)) == ("诗页", "柳青禾", first)
    assert (lane.column, lane.byline, list(lane.paragraphs)) == ("诗页", "龙小川", second)
    assert night.kind == lane.kind == "feature"


def test_a_letters_label_over_a_salutation_with_text_on_its_line_heads_the_letter():
    # The letter's salutation opens a line its text goes on (编辑同志：我…):
    # the short line over it is the letter's title, no crosshead of the
    # story above.
    page = parse(
        column_page(
            COLUMN_BODY,
            "读者来信",
            "编辑同志：我家住在株洲市芦淞区\n"
            "一个老小区，小区里的路灯坏了半年\n"
            "多，晚上出门很不方便，请问该找哪\n"
            "个部门反映？",
            "读者 周小安",
        )
    )
    letter = next(a for a in page.articles if a.title == "读者来信")
    assert letter.paragraphs[0].startswith("编辑同志：我家住在")
    assert not any("读者来信" in p for p in page.articles[0].paragraphs)


def test_a_dateline_broken_before_and_after_its_reporters_one_name_is_whole():
    # …（全媒体记者 / 某某 / 通讯员 某某）…: the name is the reporter's, not a
    # line to set into the text further down.
    page = parse(
        column_page(
            "湖南日报5月9日讯（全媒体记者\n"
            "柯远航\n"
            "通讯员 齐小雨）今天，全省水利建设现\n"
            "场推进会在益阳召开。会议要求，各地\n"
            "要抢抓汛前关键期，加快堤防加固。",
        )
    )
    (art,) = stories(page)
    assert squash(art.dateline) == "湖南日报5月9日讯(全媒体记者柯远航通讯员齐小雨)"
    assert "柯远航" not in "".join(art.paragraphs)


def test_a_question_over_questions_and_answers_heads_a_box_a_turn_a_paragraph():
    # A box of questions and answers after a report on a column page: its
    # title a question over the first turn (问：…); each turn a paragraph,
    # however the column's widths fall.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "公租房怎么申请？",
            "问：公租房面向哪些家庭和个\n"
            "人？\n"
            "答：主要面向城镇住房、收入困难\n"
            "家庭和新就业无房职工。\n"
            "问：到哪里提交申请？\n"
            "答：可在所在街道、社区提交申请，\n"
            "也可通过线上平台办理。",
        )
    )
    box = next(a for a in page.articles if a.title == "公租房怎么申请？")
    assert [p[:2] for p in box.paragraphs] == ["问：", "答：", "问：", "答："]


def test_a_line_stopped_on_a_bare_figure_over_a_dateline_is_no_headline():
    # A report cut on its figure (…吞吐量 12.8) right over the next report's
    # dateline: the line awaits its unit further down, and heads nothing.
    page = parse(
        column_page(
            "岳阳港集装箱吞吐量增长两成",
            "湖南日报5月18日讯（记者 柯文 通讯\n"
            "员 齐小雨）记者从岳阳港务局获悉，今\n"
            "年前4个月，岳阳港各码头合计\n"
            "完成集装箱吞吐量 12.8",
            "湖南日报5月18日讯（记者 罗晓雯）记\n"
            "者从郴州市商务局获悉，今年以来，郴\n"
            "州出口加工区新签项目8个。",
        )
    )
    titles = [a.title for a in stories(page)]
    assert not any(t.endswith("12.8") for t in titles)


def test_a_line_reporting_speech_mid_line_is_text_and_the_stack_under_it_a_headline():
    # …负责人提醒，当前正值 / the report's stack / the words going on: the line
    # reports speech (no headline does), the stack heads the headless report.
    page = parse(
        column_page(
            "湖南日报2月6日讯（全媒体记者 罗晓雯\n"
            "通讯员 唐敏）立春过后，全省早稻育秧\n"
            "工作陆续展开，各地秧田准备已过七成。",
            "省农业农村厅有关负责人提醒，当前正值",
            "全省早稻育秧陆续展开",
            "抢抓农时备足秧田种子",
            "早稻备耕关键期，各地要抢抓晴好天气，\n及时整理秧田，备足种子和农资。",
        )
    )
    (art,) = stories(page)
    assert (art.kicker, art.title) == ("全省早稻育秧陆续展开", "抢抓农时备足秧田种子")
    assert any("提醒，当前正值早稻备耕关键期" in p for p in art.paragraphs)


def test_a_call_for_tips_under_a_signed_piece_is_an_item_of_its_own():
    # A series' call for news tips (“…”征集线索), printed under a commentary:
    # a notice, whatever words of the piece above it shares.
    page = parse(
        paragraph_page(
            "乡村振兴要在“实”字上下功夫",
            "龙小川",
            "乡村振兴是一篇大文章，既要有规划图，更要有施工图，把每一项措施落到田间地头。",
            "做好这篇文章，关键在于因地制宜，发展适合本地的特色产业，让农民有活干、有钱赚。",
            "“乡村振兴一线”征集线索",
            "本报“乡村振兴一线”专栏即日起面向全省征集新闻线索，欢迎各地与本报农村部联系。",
        )
    )
    call = next(a for a in page.articles if a.title == "“乡村振兴一线”征集线索")
    assert call.paragraphs[0].startswith("本报“乡村振兴一线”专栏")
    assert not any("征集新闻线索" in p for p in page.articles[0].paragraphs)


def test_a_caption_cut_at_its_figure_then_closed_by_its_credit_is_one_photo():
    # Title, a caption opening on its day and place cut at its figure (…16.5
    # / 万吨，…。), a second paragraph closed by the credit: one photo.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "码头装卸忙",
            "3月10日，岳阳城陵矶港，货轮在码头装卸货物。今年前2个月，港口完成货物吞吐量16.5",
            "万吨，比上年增长8.2%。",
            "今年以来，港口新开通两条近洋航线，外贸航线总数增至26条。湖南日报全媒体记者 柯远航 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("码头装卸忙", "湖南日报全媒体记者 柯远航 摄")
    assert photo.paragraphs[0].startswith("3月10日，岳阳城陵矶港")
    assert not any("吞吐量" in p for p in page.articles[0].paragraphs)


def test_a_paragraphs_first_line_over_a_stack_cut_inside_a_word_is_text():
    # After a finished paragraph, the next one's first line (a clause in it)
    # stops inside a word (…赔); the report's stack is printed there and the
    # word goes on under it (偿…): the line is text, the stack the report's.
    page = parse(
        column_page(
            "湖南日报2月19日讯（记者 张斌 通讯员\n"
            "邓晓峰）今天，省高级人民法院发布知识\n"
            "产权保护典型案例。其中一件案例中，一\n"
            "家企业的专利被仿冒，法院判决停止侵权。",
            "另一件案例中，法院依法判决一家侵权企业赔",
            "省高院发布知识产权典型案例",
            "依法平等保护创新成果",
            "偿原告经济损失200万元，有力维护了企\n业的创新成果。",
        )
    )
    (art,) = stories(page)
    assert (art.kicker, art.title) == ("省高院发布知识产权典型案例", "依法平等保护创新成果")
    assert any("侵权企业赔偿原告" in p for p in art.paragraphs)


def test_a_line_opening_on_a_time_and_a_pause_over_a_dateline_is_no_headline():
    # A paragraph's first line (上半年，…) cut right over the next report's
    # dateline: a sentence set in its time, not the next report's headline.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "上半年，全市新开工亿元以上项目",
            "湖南日报5月9日讯（全媒体记者 罗晓雯）\n"
            "今天上午，株洲经开区举行项目集中签约\n"
            "活动，12个项目现场签约。",
            "株洲经开区集中签约12个项目",
        )
    )
    assert not any(a.title.startswith("上半年") for a in stories(page))


def test_a_line_reporting_speech_is_never_a_headline_line_on_a_paragraph_page():
    # 会议透露，… / 某某介绍，…: who speaks and a comma open a sentence; no
    # headline reports speech so, however short the line the page cut.
    from hnreader.corpus.segment.paragraph_pages import _headline_like

    assert not _headline_like("会议透露，去年全省外贸成交额286.4", direct=True)
    assert not _headline_like("省商务厅负责人介绍，今年将新建三个园区", direct=True)
    assert _headline_like("一个电话，农机服务队上门服务", direct=True)


def test_a_sentences_last_word_alone_finishes_the_story_left_open_above():
    # One paragraph a line: a report cut at its last word (…享受到补贴 /
    # 红利。), the next report printed between, then the first one's rest.
    page = parse(
        paragraph_page(
            "全省家电以旧换新销售额突破百亿元",
            "湖南日报3月5日讯(全媒体记者 柯文)记者从省商务厅获悉,家电以旧换新活动开展以来,全省销售额突破百亿元。",
            "省商务厅负责人表示,今年将扩大补贴品类,简化申领手续,让更多县乡消费者享受到补贴",
            "春季农机展销会在衡阳开幕",
            "湖南日报3月5日讯(全媒体记者 田禾)今天,春季农机展销会在衡阳开幕,300多家企业参展。",
            "展销会期间,主办方组织农机专家现场讲解新机型的操作要领,农户可现场下单。",
            "红利。",
            "业内人士分析,以旧换新既拉动了当期消费,也推动了绿色家电更新换代。",
        )
    )
    trade, fair = stories(page)
    assert trade.paragraphs[1].endswith("享受到补贴红利。")
    assert fair.paragraphs[-1].endswith("可现场下单。")


def test_a_surname_cut_from_how_the_story_addresses_its_bearer_is_one_name():
    # One paragraph a line: a report cut after a visitor's surname (…游客金
    # / 女士选了…), the next report printed between, then the first one's rest.
    page = parse(
        paragraph_page(
            "入境游客购物离境退税额增长一倍",
            "湖南日报3月5日讯(全媒体记者 柯文)记者从省税务局获悉,去年全省入境游客购物退税额增长一倍。",
            "在凤凰古城一家银饰店,来自首尔的游客金",
            "长沙社区团购订单量增长四成",
            "湖南日报3月5日讯(全媒体记者 田禾)“晚上下单,第二天一早就到小区门口自提。”市民刘女士说。",
            "记者从长沙市商务局获悉,去年社区团购订单量增长四成,女士和老年人用户占比过半。",
            "女士选了一对银镯,当场就办好了退税手续,前后不到十分钟。",
            "省税务局负责人表示,将推动退税服务进景区、进商圈。",
        )
    )
    shop, group_buy = stories(page)
    assert "游客金女士选了一对银镯" in shop.paragraphs[1]
    assert group_buy.paragraphs[-1].endswith("占比过半。")


#: A commentary under its label and the paper's commentator, one paragraph a
#: line: the piece a call for entries is printed after.
_OLD_STREETS = (
    "三湘快论",
    "让老街的烟火气更浓一些",
    "湖南日报评论员",
    "老街是一座城市的记忆。近年来,不少城市对老街进行改造,留住了青石板路和老字号招牌。",
    "改造老街,既要修旧如旧,也要把居民的意见听进去,让居民和商户留得住、过得好。",
)


def test_a_notice_under_a_commentary_signed_below_its_text_is_an_item_of_its_own():
    # One paragraph a line: a commentary, the next one's text printed before
    # its label, title and writer, then a call for entries under its title.
    page = parse(
        paragraph_page(
            *_OLD_STREETS,
            "小区门口的快递柜越来越多,取件方便了,可超时收费的规矩也跟着来了。",
            "快递柜超时收费,应当事先告知、明码标价,不能让居民在不知情中多花钱。",
            "热点快评",
            "快递柜收费要讲明白",
            "曾一帆",
            "“我身边的好家风”征文启事",
            "为弘扬优良家风,本报即日起开展“我身边的好家风”征文活动,欢迎广大读者踊跃投稿。",
            "来稿请注明“征文”字样,并附作者真实姓名和联系方式,征文截止时间为10月31日。",
        )
    )
    parts = [(a.title, a.paragraphs[0][:6]) for a in page.articles]
    assert parts == [
        ("让老街的烟火气更浓一些", "老街是一座城"),
        ("快递柜收费要讲明白", "小区门口的快"),
        ("“我身边的好家风”征文启事", "为弘扬优良家"),
    ]


def test_a_pages_own_call_for_entries_under_a_commentary_is_its_own_item():
    # One paragraph a line: a commentary, then the page's call for entries
    # under its title (本版征稿), no issuer named over it.
    page = parse(
        paragraph_page(
            *_OLD_STREETS,
            "本版征稿",
            "本版欢迎读者围绕城市建设、民生热点发表评论,来稿请注明真实姓名和联系方式。",
        )
    )
    commentary, notice = page.articles
    assert commentary.paragraphs[-1].endswith("留得住、过得好。")
    assert (notice.title, notice.column) == ("本版征稿", "")
    assert notice.paragraphs[0].startswith("本版欢迎读者")


def test_a_label_over_a_pages_own_call_for_entries_names_no_issuer():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "一事一议",
            "本版征稿",
            "本版欢迎读者围绕城市建设、民生热点发表评论,来稿请注明真实姓名和联系方式。",
        )
    )
    assert stories(page)[-1].title == "本版征稿"


def test_a_codes_prompt_and_the_updates_it_opens_are_a_box_not_a_kicker():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "扫码看两会",
            "湖南代表团动态",
            "全省春耕备耕物资储备充足",
            "湖南日报3月5日讯(全媒体记者 田禾)记者从省农业农村厅获悉,全省春耕所需种子、化肥储备充足。",
        )
    )
    story = stories(page)[-1]
    assert (story.kicker, story.title) == ("", "全省春耕备耕物资储备充足")


#: A dated report's column lines, its sentence left on a figure, then the
#: title printed alone before the figure's unit: a figure bare (…突破 800 /
#: title / 列。), or with its magnitude and a unit the dictionary splits
#: (…85 万 / title / 标箱。), the title nearly the column's width.
_TITLE_IN_FIGURE = [
    (
        [
            "湖南日报6月9日讯（记者 程立 通讯员 柯",
            "林）记者从怀化国际陆港获悉，今年前5个",
            "月，陆港共开行铁海联运班列312列，同比增",
            "长46%。陆港负责人表示，下半年将加密至东",
            "盟的班列，力争全年铁海联运班列突破 800",
            "怀化陆港班列开行量增长46%",
            "列。",
        ],
        "怀化陆港班列开行量增长46%",
        "力争全年铁海联运班列突破800列。",
    ),
    (
        [
            "湖南日报7月9日讯（记者 程立 通讯员 柯",
            "林）记者从岳阳市港航部门获悉，上半年岳",
            "阳港完成集装箱吞吐量41.2万标箱，同比增",
            "长18%。港航部门负责人表示，下半年将加快",
            "港区扩能改造，力争全年吞吐量突破 85 万",
            "岳阳港集装箱吞吐量上半年增长18%",
            "标箱。",
        ],
        "岳阳港集装箱吞吐量上半年增长18%",
        "力争全年吞吐量突破85万标箱。",
    ),
]


@pytest.mark.parametrize(("report", "title", "ending"), _TITLE_IN_FIGURE)
def test_a_title_printed_between_a_figure_and_its_unit_heads_the_story_above(report, title, ending):
    # Two dated reports of a column page, each headline printed after its text.
    page = parse(
        column_page(
            *report,
            "湖南日报6月9日讯（记者 邓远）记者从省邮",
            "政管理局获悉，前5个月全省快递业务量完成",
            "18.6亿件，同比增长21%。",
            "全省快递业务量增长21%",
        )
    )
    port, parcels = stories(page)
    assert port.title == title
    assert port.paragraphs[-1].endswith(ending)
    assert parcels.title == "全省快递业务量增长21%"


def test_questions_under_their_title_printed_into_a_cut_paragraph_are_an_item_of_their_own():
    page = parse(
        paragraph_page(
            "我省调整住房公积金提取政策",
            "湖南日报9月3日讯(全媒体记者 柯文)记者从省住房和城乡建设厅获悉,我省将从10月起调整住房公积金提取政策。",
            "省住房和城乡建设厅负责人表示,政策调整旨在支持缴存职工租房和购房,减轻群众住房负",
            "公积金提取热点问答",
            "问:租房提取公积金需要哪些材料?",
            "答:职工本人及配偶在缴存地无自有住房的,凭身份证和租赁合同即可申请。",
            "问:提取额度有没有上限?",
            "答:每月提取额度不超过当月缴存额的八成。",
            "担。据统计,今年以来全省已为12万名职工办理租房提取。",
        )
    )
    report, answers = page.articles
    assert report.paragraphs[-1].endswith(
        "减轻群众住房负担。据统计，今年以来全省已为12万名职工办理租房提取。"
    )
    assert answers.title == "公积金提取热点问答"
    assert [p[:2] for p in answers.paragraphs] == ["问：", "答：", "问：", "答："]


def test_a_photo_groups_title_printed_after_its_captions_over_the_credit_is_its_title():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "9月12日，湘阴县鹤龙湖镇，农民驾驶收割机收割晚稻。",
            "9月12日，南县三仙湖镇，村民在晒谷场翻晒稻谷。",
            "9月13日，华容县插旗镇，农民在田间捆扎稻草。",
            "金秋田野忙",
            "以上图片均由湖南日报全媒体记者 罗田 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "金秋田野忙"
    assert len(photo.paragraphs) == 3


def test_a_headline_over_another_storys_rest_and_its_paragraphs_heads_the_report_below():
    # One paragraph a line: the trade report is cut on a figure's first
    # digit (…增长1 / 6.4%，…); its rest and its next paragraph are printed
    # between the grain report's headline and its dateline.
    page = parse(
        paragraph_page(
            "前三季度全省外贸进出口增长5.8%",
            "湖南日报10月21日讯(全媒体记者 柯文)长沙海关今天发布,前三季度全省进出口总值3920.4亿元,同比增长5.8%。",
            "其中,对东盟进出口612.7亿元,增长1",
            "前三季度全省工业用电量增长7%",
            "湖南日报10月21日讯(全媒体记者 苗青)省能源局今天发布,前三季度全省工业用电量同比增长7%。",
            "省能源局表示,将做好迎峰度冬电力保供工作。",
            "全省油菜播种进度过三成 冬种面积稳中有增",
            "6.4%,继续保持第一大贸易伙伴地位。",
            "机电产品出口表现亮眼,前三季度出口额增长9.3%。",
            "湖南日报10月21日讯(全媒体记者 易南)记者今天从省农业农村厅获悉,全省油菜已播种面积超过700万亩。",
            "省农业农村厅提醒,各地要抢抓墒情适时播种。",
        )
    )
    trade, power, rape = page.articles
    assert power.title == "前三季度全省工业用电量增长7%"
    assert (
        trade.paragraphs[1]
        == "其中，对东盟进出口612.7亿元，增长16.4%，继续保持第一大贸易伙伴地位。"
    )
    assert trade.paragraphs[-1].startswith("机电产品出口")
    assert (rape.kicker, rape.title) == ("全省油菜播种进度过三成", "冬种面积稳中有增")
    assert rape.paragraphs[0].startswith("记者今天从省农业农村厅获悉")


def test_a_headline_printed_in_its_own_storys_cut_stays_its_own():
    # The road report's headline is printed inside its own cut paragraph
    # (…水毁路段 / title / 47处，…), a paragraph after the rest; the weather
    # report below has its headline printed after its text.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湖南日报3月5日讯(全媒体记者 苗青)受连续降雨影响,韶山至湘乡公路多处发生塌方,交通一度中断。",
            "据介绍,此轮降雨造成全市干线公路水毁路段",
            "湘潭抢通韶山至湘乡公路",
            "47处,目前已抢通41处,其余路段正在抢修中。",
            "交警部门提醒,雨天途经山区路段要减速慢行。",
            "湖南日报3月5日讯(全媒体记者 易南)省气象台今天发布预报,未来三天湘北仍有强降雨。",
            "气象专家提醒,各地要注意防范山洪地质灾害。",
        )
    )
    road = next(a for a in page.articles if "韶山至湘乡公路多处" in a.paragraphs[0])
    assert road.title == "湘潭抢通韶山至湘乡公路"
    assert road.paragraphs[1].endswith("水毁路段47处，目前已抢通41处，其余路段正在抢修中。")


def test_a_paragraphs_line_cut_short_before_its_figure_makes_no_headline_of_the_line_above():
    # A paragraph's indented first line, then a line the page broke before
    # the figure the next line opens on (…区域内 / 261家企业…): its first
    # line is no headline, though the line under it is short.
    page = parse(
        column_page(
            "株洲老工业区更新项目集中开工",
            "湖南日报6月8日讯（全媒体记者 沈河\n"
            "通讯员 林川）6月7日，株洲市老工业\n"
            "区更新项目集中开工，涉及生态修复、\n"
            "道路管网建设等项目18个，总投资\n"
            "96亿元。\n"
            "这一片区曾是全省最大的化工基地之\n"
            "一，区域内\n"
            "261家企业已于2018年底前全部关停退\n"
            "出。近年来，当地对这一区域实施土壤\n"
            "治理和生态修复，累计修复受污染土地\n"
            "1万余亩。",
        )
    )
    (report,) = stories(page)
    assert report.title == "株洲老工业区更新项目集中开工"
    assert report.paragraphs[-1].startswith("这一片区曾是全省最大的化工基地之一，区域内261家企业")


def test_a_paragraph_cut_inside_a_quoted_name_is_no_crosshead():
    # One paragraph a line: a paragraph cut inside the quoted name it opens
    # (…推出了“夜访 / 书院”“小小讲解员”等活动，…) is one paragraph, not a
    # crosshead or a headline of the text under it.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "当地农技站还推出了“夜访",
            "田间”“小小农技员”等科普活动,吸引不少家长带着孩子参加。",
            "会议还对春季森林防火工作作了部署。",
        )
    )
    (report,) = stories(page)
    assert report.title == "全省春季农业生产现场会召开"
    assert report.paragraphs[-2] == (
        "当地农技站还推出了“夜访田间”“小小农技员”等科普活动，吸引不少家长带着孩子参加。"
    )


@pytest.mark.parametrize(
    ("kicker", "title"),
    [
        ("今年全省乡村旅游接待游客突破一亿人次", "文旅消费持续升温"),
        ("全省秋冬种工作推进会在衡阳召开", "抓好油菜扩种"),
    ],
)
def test_a_short_statement_under_a_long_one_is_the_stacks_next_piece(kicker, title):
    # Two headline lines, each saying something, no word run over the
    # break: a kicker and its title, not a long line's last words.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            kicker,
            title,
            "湖南日报9月6日讯(全媒体记者 沈河)今天,全省乡村旅游和秋冬种工作会商会在长沙召开,部署下一阶段工作。",
            "会议要求,各地要因地制宜,抓好各项任务落实。",
        )
    )
    report = stories(page)[-1]
    assert (report.kicker, report.title) == (kicker, title)


@pytest.mark.parametrize(
    ("above", "below", "whole"),
    [
        ("长沙黄花机场国际航站楼扩建工程", "完工", "长沙黄花机场国际航站楼扩建工程完工"),
        (
            "庆祝第40个教师节暨全省教育系统",
            "表彰大会召开",
            "庆祝第40个教师节暨全省教育系统表彰大会召开",
        ),
    ],
)
def test_a_long_lines_last_words_or_the_event_it_names_stay_in_its_piece(above, below, whole):
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            above,
            below,
            "湖南日报9月6日讯(全媒体记者 沈河)今天,有关方面在长沙举行仪式,宣布相关工作顺利完成。",
            "据介绍,相关工作历时两年,各方共同努力。",
        )
    )
    report = stories(page)[-1]
    assert report.title == whole


def test_a_piece_opening_on_a_sentences_last_words_goes_on_a_tail_stopped_on_a_lone_character():
    from hnreader.corpus.segment.joins import join_evidence

    tail = "傍晚时分，江边广场上"
    assert join_evidence(tail, "歌声阵阵。跳广场舞的市民越来越多，音响的音量成了新话题。") > 0
    assert (join_evidence(tail, "跳广场舞的市民越来越多，音响的音量成了新话题。") or 0.0) < 0.5


def test_a_sentence_set_in_its_place_reads_no_word_across_the_cut():
    from hnreader.corpus.segment.joins import join_evidence

    # (…已实 + 在一些村，…: no 实在 across the cut; …已实 + 现…: 实现)
    tail = "今年以来，全县已实"
    assert (join_evidence(tail, "在一些山村，常能听到这样的说法。") or 0.0) < 0.5
    assert (join_evidence(tail, "现农村饮水安全全覆盖。") or 0.0) >= 1.0


def test_a_story_set_in_two_columns_each_closed_by_its_jump_marker_keeps_both():
    # A leader's meeting report whose text goes on to page 2 from two columns,
    # each closed by ▷（下转2版）, under a report closed on who attended: the
    # paragraph between the markers is the jumping story's.
    page = parse(
        paragraph_page(
            "省委常委会召开会议 研究部署秋冬季森林防火工作",
            "湖南日报10月9日讯（全媒体记者 刘卓然）9日，省委常委会召开会议，研究部署秋冬季森林防火工作。",
            "会议指出，今年以来全省森林火灾起数和受害面积均明显下降，防火形势总体平稳。",
            "会议强调，要压紧压实各级责任，加强重点时段和重点区域巡查管控。",
            "省领导某甲、某乙出席。",
            "某丙在全省秋粮生产调度会上要求 稳面积提单产 全力夺取秋粮丰收",
            "湖南日报10月9日讯（全媒体记者 石青禾）9日下午，全省粮食生产工作推进会在长沙召开。",
            "副省长某丁，省政府副秘书长某戊参加。",
            "某丙说，今年以来，全省上下持",
            "续抓好粮食生产，早稻实现面积产量双增，全省粮食总产量超六百亿斤，",
            "▷（下转2版）",
            "某丙强调，要重点抓好秋粮田间管理和收储工作。抓好病虫害统防统治，抓好烘干仓储设施建设，确保颗粒归仓。",
            "▷（下转2版）",
            "湖南前三季度外贸进出口增长6.2%",
            "湖南日报10月9日讯（全媒体记者 周月桂）记者从长沙海关获悉，前三季度全省外贸进出口总值稳步增长。",
            "其中，出口增长8.1%，进口增长2.9%，对共建“一带一路”国家进出口增长较快。",
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    meeting = next(a for a in stories(page) if "秋粮" in a.kicker + a.title)
    assert any(p.startswith("某丙强调") for p in meeting.paragraphs)
    assert not any(p.startswith("某丙强调") for p in by_first["9日，省"].paragraphs)


def test_a_piece_repeating_a_finished_paragraphs_last_characters_goes_on_it():
    # The extraction repeats a paragraph's last characters over a cut
    # (…使命。 / 命。全省…): one paragraph, as printed, not two.
    page = parse(
        paragraph_page(
            "全省农业农村工作会议召开",
            "湖南日报1月6日讯（全媒体记者 石青禾）今天，全省农业农村工作会议在长沙召开。",
            "某某强调，要坚决扛牢保障国家粮食安全的政治责任和历史使命。",
            "命。全省农业农村系统要稳住粮食面积，抓好高标准农田建设和种业振兴。",
            "会议还对今年重点工作作了部署。",
        )
    )
    (story,) = stories(page)
    assert len(story.paragraphs) == 3
    assert story.paragraphs[1].startswith("某某强调") and story.paragraphs[1].endswith("种业振兴。")


def test_a_notice_printed_under_an_essay_is_no_headline_of_that_essay():
    # A supplement's essay, its short title over its writer, then the page's
    # call for contributions under it: the notice is an item of its own.
    page = parse(
        paragraph_page(
            "外公的竹椅",
            "文丨周若溪",
            "外公有一把竹椅，是他年轻时亲手编的，坐了四十多年。",
            "夏天的傍晚，他总把竹椅搬到院子里，摇着蒲扇给我们讲古。",
            "如今外公不在了，那把竹椅还靠在堂屋的墙角，擦得干干净净。",
            "征稿启事",
            "本版常年征集散文、随笔、诗歌等作品，来稿请注明真实姓名和联系方式。投稿邮箱：fukan@example.com。",
        )
    )
    essay = next(a for a in page.articles if a.byline == "文丨周若溪")
    assert essay.title == "外公的竹椅"
    assert not any("征集" in p for p in essay.paragraphs)
    notice = next(a for a in page.articles if a.title == "征稿启事")
    assert notice.paragraphs[0].startswith("本版常年征集")


def test_a_report_resumes_under_the_next_reports_cut_first_sentence():
    # Report A's first paragraph, then report B's dateline and first words
    # cut open (…截至), then A's text going on (据…监测，…): A's, whatever
    # becomes of B's rest further down.
    page = parse(
        column_page(
            "湖南日报3月9日讯（全媒体记者\n周明远 通讯员 罗洪）记者今天\n"
            "从省水利厅获悉，受去冬以来降水偏少\n影响，洞庭湖区水位持续偏低。",
            "湖南日报3月9日讯（全媒体记者\n周明远 通讯员 王俊）眼下正是春耕\n"
            "备耕的关键时期。记者了解到，截至",
            "据省水文中心监测，1月以来，四水\n入湖水量比多年同期均值偏少约37%，\n"
            "湖区部分内湖出现露滩，一些泵站\n取水困难。",
            "岳阳港至越南集装箱直航航线开通",
            "3月8日，全省水利工程蓄水总量达到\n121.6亿立方米，总体能够满足春灌\n用水需求。",
            "全省春灌蓄水超过120亿立方米",
        )
    )
    low = next(a for a in stories(page) if "受去冬以来" in a.paragraphs[0])
    spring = next(a for a in stories(page) if "春耕" in a.paragraphs[0])
    assert any(p.startswith("据省水文中心监测") for p in low.paragraphs)
    assert "据省水文中心" not in "".join(spring.paragraphs)


def test_a_correction_under_a_commentary_is_a_notice_of_its_own():
    # A commentary signed at its end, then the paper's correction (更正) and
    # its one sentence: an item of its own, no paragraph of the commentary.
    page = parse(
        paragraph_page(
            "减负不能只减在纸面上",
            "湖南日报评论员",
            "给基层松绑喊了多年，一些地方表格少了，微信群里的“打卡”却多了起来。",
            "减负要减到实处，关键在于转变考核方式，让干部把精力用在为群众办实事上。",
            "更正",
            "本报3月6日4版《春耕备耕有序推进》一文中，“二十万亩”应为“十二万亩”，特此更正，并向读者致歉。",
        )
    )
    commentary = next(a for a in page.articles if a.byline == "湖南日报评论员")
    assert not any("特此更正" in p for p in commentary.paragraphs)
    (notice,) = [a for a in page.articles if a.title == "更正"]
    assert notice.kind == "other"
    assert notice.paragraphs[0].startswith("本报3月6日4版")


@pytest.mark.parametrize("title", ["征稿启事", "关于做好2024年度医保参保缴费工作的提示", "更 正"])
def test_an_undated_notice_is_of_the_other_kind(title):
    page = parse(
        paragraph_page(
            "全省春季农业生产现场会召开",
            "湖南日报3月6日讯（全媒体记者 石青禾）今天，全省春季农业生产现场会在益阳召开。",
            "会议要求，各地要抓早抓实春耕备耕，确保粮食播种面积稳定。",
            title,
            "本版常年征集各地读者来稿，来稿请注明真实姓名、通讯地址和联系电话。",
        )
    )
    (notice,) = [a for a in page.articles if squash(a.title) == squash(title)]
    assert notice.kind == "other"


def test_a_reporters_undated_piece_of_four_paragraphs_is_a_feature():
    page = parse(
        paragraph_page(
            "山村里的“流动课堂”",
            "湖南日报全媒体记者 周明远 通讯员 李芳",
            "清晨六点，王老师背着一袋教具出了门，沿着山路走向十里外的教学点。",
            "教学点只有七个孩子，分在三个年级，她一个人要教语文、数学和音乐。",
            "“孩子们少，更不能让他们掉队。”王老师说，她每周还要去两户学生家里补课。",
            "这样的教学点，全县还有十二个，县里正给每个点配上网络课堂设备。",
        )
    )
    (piece,) = stories(page)
    assert piece.byline.startswith("湖南日报全媒体记者")
    assert piece.kind == "feature"


@pytest.mark.parametrize(
    ("column", "opinion"),
    [
        ("三湘快评", True),
        ("一家之言", True),
        ("一事一议", True),
        ("今日谈", True),
        ("锐见", True),
        ("书评", False),
        ("代表建议", False),
        ("代表访谈", False),
    ],
)
def test_a_columns_name_says_whether_it_holds_commentary(column, opinion):
    draft = Draft(column=column)
    draft.paras.append(Para("近年来，各地在这方面想了不少办法，也取得了一定成效。", [3]))
    draft.paras.append(Para("但要真正见效，还得在落实上多下功夫。", [5]))
    assert (article_kind(draft, has_headline=True) == "commentary") == opinion


def test_a_line_naming_another_place_under_a_dated_report_heads_the_next_piece():
    # A dated report from one city, then a line opening on another city's
    # name over text about that city, signed at its end: the next piece's
    # headline, no crosshead of the report.
    page = parse(column_page(*PLACES_PAGE))
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    report = next(a for a in stories(page) if a.title.startswith("株洲天元区"))
    assert not any(p.startswith("醴陵经开区") for p in report.paragraphs)
    assert "醴陵" not in "".join(report.paragraphs)
    assert by_first["5月19"].title == "醴陵经开区生物医药企业抱团“走出去”"


#: A column page's dated report and the piece printed under it, as printed.
PLACES_PAGE = (
    "株洲天元区工业园新增标准厂房18万平方米",
    "湖南日报·华声在线 5 月 19日讯",
    "（记者 周立新 通讯员 李卫国）株",
    "洲天元区工业园今年新建的 18 万平方米",
    "标准厂房近日全部封顶，预计7月交付使",
    "用，目前已有 9 家企业签订入驻意向协议。",
    "天元区工业园是株洲市承接产业转",
    "移的主要平台之一。园区负责人介绍，标",
    "准厂房按照“拎包入驻”的标准建设，",
    "水、电、气、网络等配套一步到位，企业进",
    "场后只需安装设备即可投产，大大缩短",
    "了项目建设周期。",
    "近年来，园区以电子信息和输变电",
    "设备为主导产业，引进了一批沿海地区",
    "转移企业。去年，园区实现规模工业总产",
    "值 186 亿元，同比增长 16.3%，高出全市平",
    "均水平 4 个百分点。",
    "为了留住转移企业，园区推行“一",
    "名干部联系一家企业”制度，企业在用",
    "地、用工、融资等方面遇到的问题，由联",
    "系干部全程跟踪协调。今年前 4个月，园",
    "区共为企业协调解决各类问题73 个，企",
    "业满意率达到 95%以上。",
    "醴陵经开区生物医药企业抱团“走出去”",
    "5月 19 日，醴陵经济技术开发区 8 家",
    "生物医药企业组团赴东南亚参加医药原",
    "料及制剂展销会，随团携带原料药、中成",
    "药、医用敷料等产品样品 200 余种。",
    "这是该园区第三次组织企业抱团参",
    "展。园区商务局负责人介绍，单个企业出",
    "国参展，展位费、差旅费动辄几十万元，",
    "中小企业难以承受。园区统一租用展位、",
    "统一布展、统一安排行程，每家企业的参",
    "展成本下降了一半以上。",
    "去年，醴陵经开区生物医药企业出",
    "口交货值达到 9.8 亿元，同比增长 21 %，产",
    "品远销30 多个国家。园区还为企业提供",
    "出口认证、国际注册等方面的咨询服务，",
    "已帮助 14 家企业取得国外药品或医疗器",
    "械注册证书。",
    "湖南日报·新湖南客户端记者 邹明 报道",
)


def test_a_two_part_banner_over_a_dated_reports_one_line_stack_is_the_pages():
    # 经济·商贸 / 某某展会闭幕 成交额… (its two pieces on one line) / dateline:
    # the page's section name, furniture; the stack is the report's.
    page = parse(
        paragraph_page(
            "经济·商贸",
            "第三届湘南家居博览会闭幕 现场成交额突破9亿元",
            "湖南日报6月3日讯（全媒体记者 唐若溪）为期4天的第三届湘南家居博览会今天在衡阳闭幕，现场成交额突破9亿元。",
            "本届博览会设置智能家居、定制家具等展区，吸引620家企业参展。",
        )
    )
    (fair,) = page.articles
    assert "经济·商贸" in page.extras
    assert (fair.kicker, fair.title) == ("第三届湘南家居博览会闭幕", "现场成交额突破9亿元")


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        # the four characters name the photo's scene; the report has none of them
        (
            "5月12日，株洲港铜塘湾作业区，一艘货轮正在装卸集装箱。",
            "湖南日报5月13日讯（全媒体记者 周倩）记者从省发展改革委获悉，衡阳、岳阳两地入选今年"
            "国家级物流枢纽建设名单。",
        ),
        # 繁忙 is the caption's, 码头 the report's too (half its words), and the
        # report's title names neither
        (
            "5月12日，株洲港铜塘湾作业区，货轮进出不断，港区一派繁忙景象。",
            "湖南日报5月13日讯（全媒体记者 周倩）记者从省发展改革委获悉，衡阳、岳阳两地入选今年"
            "国家级物流枢纽建设名单，覆盖码头、铁路货场和航空货站。",
        ),
    ],
)
def test_a_scenes_short_title_under_its_credit_over_a_one_line_stack_is_the_photos(caption, lead):
    # caption / credit / 码头繁忙 / a report's one-line title / its dateline
    page = parse(
        paragraph_page(
            caption,
            "湖南日报全媒体记者 唐俊 摄",
            "码头繁忙",
            "我省新增两个国家级物流枢纽",
            lead,
            "两个枢纽建成后，每年可新增货物集散能力800万吨。",
        )
    )
    photo, hub = page.articles
    assert photo.kind == "photo" and photo.title == "码头繁忙"
    assert (hub.kicker, hub.title) == ("", "我省新增两个国家级物流枢纽")


def test_an_agencys_line_under_a_photos_credit_stays_over_its_report():
    page = parse(
        paragraph_page(
            "5月12日，株洲港铜塘湾作业区，一艘货轮正在装卸集装箱。",
            "湖南日报全媒体记者 唐俊 摄",
            "新华社电",
            "国家统计局发布一季度经济数据",
            "新华社北京4月16日电（记者 王悦阳）国家统计局今天发布一季度国民经济运行数据。",
            "初步核算，一季度国内经济运行稳中向好。",
        )
    )
    photo, report = page.articles
    assert photo.kind == "photo" and "新华社电" not in photo.title
    assert report.title == "国家统计局发布一季度经济数据"


def test_a_speakers_compound_surname_cut_from_the_rest_of_the_name_goes_on_there():
    # …负责人欧阳 (a paragraph cut after a surname of two characters) / the
    # next report / 明辉介绍，…: one sentence, no headline line.
    page = parse(
        paragraph_page(
            "株洲开通两条国际货运航线",
            "湖南日报6月3日讯（全媒体记者 唐若溪）记者从株洲市商务局获悉，株洲至越南河内、泰国曼谷的两条国际货运航线今天开通。",
            "株洲市商务局相关负责人欧阳",
            "衡阳综保区进出口量创新高",
            "湖南日报6月3日讯（全媒体记者 周倩）记者从衡阳综合保税区获悉，今年前5个月，该区进出口额同比增长31%。",
            "明辉介绍，今年全市还将加密至东南亚的货运航班，力争全年货邮吞吐量突破5万吨。",
            "综保区相关负责人表示，将继续引进加工贸易企业，扩大进出口规模。",
        )
    )
    airline, bonded = page.articles
    assert bonded.title == "衡阳综保区进出口量创新高" and bonded.kicker == ""
    assert squash("负责人欧阳明辉介绍，今年全市还将") in squash("".join(airline.paragraphs))


def test_a_name_printed_under_two_titles_over_their_writers_is_their_column():
    # title / 一得之见 / writer / text, twice on the page, the first under
    # another column's name closing the piece above: each its column.
    page = parse(
        paragraph_page(
            "让“一网通办”更好用",
            "周思远",
            "办事不用跑腿，手机就能办，这是群众的期待。近年来，各地政务服务平台越建越多，但一些平台功能重复、入口分散。",
            "政务服务的好坏，群众最有发言权。平台建设要从群众需求出发，把高频事项做实做细。",
            "湘水观点",
            "农家书屋别成了摆设",
            "一得之见",
            "黄立群",
            "一些农家书屋建得很好，却少有人来看书。书架上的图书多是几年前的旧书，开放时间也与农闲时间对不上。",
            "书屋要管起来，更要用起来。图书要按村民需要更新，开放时间要跟着农时调整。",
            "垃圾分类贵在坚持",
            "一得之见",
            "刘晓兰",
            "垃圾分类推行之初热热闹闹，过段时间就冷冷清清。一些小区的分类垃圾桶形同虚设。",
            "让分类成为习惯，需要久久为功。既要完善分类收运体系，也要加强宣传引导。",
        )
    )
    online, books, waste = page.articles
    assert online.column == "湘水观点"
    assert (books.column, books.title) == ("一得之见", "农家书屋别成了摆设")
    assert (waste.column, waste.title) == ("一得之见", "垃圾分类贵在坚持")


def test_a_section_word_alone_over_a_continuation_is_the_pages():
    # 财经 / ▲(上接1版)…: the page's section name over text no headline heads,
    # no article of a title alone.
    page = parse(
        paragraph_page(
            "财经",
            "▲(上接1版)回程班列的“空箱”难题也在逐步破解，班列回程装载率从不到四成提高到七成。",
            "一家进口商品超市的采购经理说，通过回程班列进口的商品，今年销售额增长了四成。",
        )
    )
    assert [a.title for a in page.articles if a.title == "财经"] == []
    assert "财经" in page.extras and len(page.articles) == 1


def test_a_title_between_a_commentarys_text_and_its_label_is_the_commentarys():
    # Headlines print after their bodies; the commentary's title shares a
    # word with its text, and so does a report's second line far above it.
    page = parse(
        column_page(
            "湖南日报9月14日讯（全媒体记者 龙思远）",
            "今天，全省县级融媒体中心建设现场会",
            "在浏阳召开。会议提出，要推动县级融",
            "媒体中心向综合服务平台转型。",
            "全省县级融媒体中心建设现场会召开",
            "守好基层阵地 讲好身边故事",
            "湖南日报9月14日讯（全媒体记者 唐一帆）",
            "今天，省文化馆组织的送戏下乡演出",
            "走进平江县，群众在家门口看大戏。",
            "送戏下乡演出走进平江",
            "全媒体评论员 欧阳岚",
            "基层的阵地在哪里？在田间地头，在",
            "街巷院落。宣传工作要到群众",
            "中间去，用大家听得懂的话说事。",
            "少一些空话套话，多一些带露珠的",
            "故事，阵地才守得住。",
            "说给乡亲听的话要带着泥土味",
            "洞庭时评",
        )
    )
    report, _, commentary = page.articles
    assert (report.kicker, report.title) == (
        "全省县级融媒体中心建设现场会召开",
        "守好基层阵地 讲好身边故事",
    )
    assert (commentary.title, commentary.column) == ("说给乡亲听的话要带着泥土味", "洞庭时评")


def test_a_notices_numbered_items_stay_under_its_lead_in_each_a_paragraph():
    # One paragraph a line: a report on farmland, another report, then a
    # notice set apart, its lead-in handing over (…公告如下：) to items
    # numbered 一、二、三、; the first item shares more words with the report
    # on farmland than with the notice.
    report = paragraph_page(
        "全市集中清理违法占用耕地行为",
        "湖南日报5月8日讯（全媒体记者 石磊）今天，全市清理违法占用耕地行动启动，"
        "重点整治乱占耕地建房、挖塘养鱼和非法取土等问题。",
        "行动将持续到年底，对违法占用耕地建房的，一律依法拆除并恢复耕种条件。",
    )
    notice = paragraph_page(
        "益阳市赫山区耕地保护办公室关于征集问题线索的公告",
        "为做好专项行动，我局即日起面向社会征集有关线索。现将有关事项公告如下：",
        "一、征集内容：乱占耕地建房、非法取土等行为。",
        "二、反映方式：拨打热线电话，或到局政务服务窗口当面反映。",
        "三、对反映人的信息严格保密。",
        "特此公告。",
        "益阳市赫山区耕地保护办公室",
        "2024年5月8日",
    )
    between = paragraph_page(
        "城区新增两条公交线路",
        "湖南日报5月8日讯（全媒体记者 周扬）今天起，城区新开通两条公交线路，"
        "串联高铁站、市中心医院和三所中学。",
        "两条线路均使用新能源公交车，早晚高峰发车间隔不超过8分钟。",
    )
    page = parse(report + "\n\n" + between + "\n\n\n" + notice)
    found = next(a for a in page.articles if a.title.endswith("公告"))
    assert [p[:3] for p in found.paragraphs[:4]] == ["为做好", "一、征", "二、反", "三、对"]


def test_a_label_in_its_frame_is_no_headlines_words():
    # Headlines after their bodies; a campaign's label in 【】 printed over
    # the next report's dateline belongs to no headline.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "【全民阅读月】",
            "湖南日报4月22日讯（全媒体记者 夏雨）",
            "今天，省图书馆启动全民阅读月活动，",
            "推出百场讲座和千种新书免费借阅。",
            "全民阅读月活动启动",
        )
    )
    assert [a.title for a in page.articles] == ["全省水利建设现场推进会召开", "全民阅读月活动启动"]
    assert not any("【" in a.kicker + a.title + a.subtitle for a in page.articles)
    assert "【全民阅读月】" in page.extras


def test_a_headline_line_closed_by_a_comma_goes_on_under_it():
    # Headlines after their bodies: the title's first clause ends its line on
    # a comma (…之后， / …), the next line holding the rest; the commentary
    # below shares the rest's words.
    page = parse(
        column_page(
            "湖南日报4月18日讯（全媒体记者 贺佳）",
            "今天，记者走进浏阳市集里镇。去年全镇",
            "新修通村公路46公里，油茶、竹笋搭上",
            "快递车，卖到了长沙、广州。",
            "走进浏阳市集里镇",
            "通村公路修好之后，",
            "山货走出了大山",
            "评论员 左天佑",
            "山货要走出大山，光有路还不够。冷链、",
            "品牌、电商，一样都不能少。让山货卖",
            "出好价钱，还要在标准上下功夫。",
            "山货出山要靠好标准",
        )
    )
    feature, commentary = page.articles
    assert feature.kicker + feature.title + feature.subtitle == (
        "走进浏阳市集里镇通村公路修好之后，山货走出了大山"
    )
    assert commentary.title == "山货出山要靠好标准"


def test_an_essay_printed_before_its_title_and_writer_opens_the_page():
    # One paragraph a line: an essay's text opens the page, its title and
    # writer under it, then a photo; the next essay's writer, text, title.
    page = parse(
        paragraph_page(
            "小时候，每到秋天，祖母都要在院子里晒柿饼。柿子要挑硬的，削了皮，用麻绳一个个串起来，挂在屋檐下。",
            "太阳好的日子，柿子一天天变软，表皮慢慢泛起一层白霜。祖母隔几天就去捏一捏，说捏过的柿饼才会又软又甜。",
            "后来我离家读书，每年冬天都会收到祖母寄来的一包柿饼。如今祖母不在了，屋檐下再也没有挂过柿子。",
            "屋檐下的柿饼",
            "文丨罗晓岚",
            "秋色满山",
            "东洞庭湖畔，芦苇在秋风中摇曳，成群的候鸟在湖面上空盘旋。",
            "刘志军 摄",
            "文丨何春生",
            "父亲是个木匠，一辈子和刨子、墨斗打交道。他常说，木头有脾气，顺着纹路才刨得平，做人也是一样。",
            "父亲的刨子用了四十年，刨身被手掌磨得发亮。他走后，我把刨子挂在书房的墙上，每天都要看一看。",
            "父亲的刨子",
        )
    )
    essay = page.articles[0]
    assert (essay.title, essay.byline) == ("屋檐下的柿饼", "文丨罗晓岚")
    assert essay.paragraphs[0].startswith("小时候")
    photo = next(a for a in page.articles if a.byline == "刘志军 摄")
    assert photo.title == "秋色满山" and photo.paragraphs[0].startswith("东洞庭湖畔")


def test_a_line_under_a_poems_stanzas_and_over_the_next_title_is_that_titles_kicker():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "山村的黄昏",
            "文丨龙小溪",
            "炊烟从瓦缝里/慢慢地升起来/母亲站在门口/喊我回家吃饭",
            "田埂上的水牛/驮着晚霞/一步一步/走进了村庄",
            "池塘里的青蛙/开始唱歌/萤火虫提着灯笼/在稻田上巡逻",
            "星星一颗一颗/亮起来/山村的黄昏/就这样睡着了",
            "只有村口的老樟树/还醒着/替远行的人/守着回家的路",
            "读《湘西笔记》",
            "一本书里的山水人情",
            "文丨向明德",
            "《湘西笔记》是一部散文集，作者用十年时间走遍湘西的村寨。",
            "书中的文字朴素而有温度，读来如同跟着作者走了一趟湘西。",
        )
    )
    review = page.articles[-1]
    assert (review.kicker, review.title, review.byline) == (
        "读《湘西笔记》",
        "一本书里的山水人情",
        "文丨向明德",
    )


def test_two_pieces_side_by_side_pair_each_title_with_the_name_under_it():
    # Column page: two commentaries set side by side, their titles and
    # writers' names printed in pairs over the two texts.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "学校食堂要管好“一日三餐”",
            "沈清和",
            "老旧电梯更新要算好民生账",
            "顾晓彤",
            "开学以来，不少家长关心孩子在学校",
            "吃得怎么样。食堂饭菜的价格、分量和",
            "食材来源，都应当向家长公开。",
            "潇湘时评",
            "住在老小区的居民，最怕电梯停运。",
            "电梯更新花钱不少，资金怎么筹、",
            "费用怎么分，要让业主算得清楚。",
        )
    )
    pairs = [(a.title, a.byline) for a in page.articles[1:]]
    assert pairs == [
        ("学校食堂要管好“一日三餐”", "沈清和"),
        ("老旧电梯更新要算好民生账", "顾晓彤"),
    ]


def test_a_writers_name_after_a_square_mark_signs_the_poem_under_its_title():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "立冬",
            "□ 白雨桐",
            "北风从洞庭湖上",
            "一路吹过来",
            "吹落了院子里",
            "最后几片柿子叶",
            "母亲把棉被",
            "抱到太阳底下",
            "老屋的灶台",
            "文丨林知秋",
            "老屋的灶台是爷爷砌的，用的是村后山上的青石。灶膛很深，一捆柴塞进去，火能烧上小半个时辰。",
            "腊月里，灶台上总是热气腾腾。奶奶蒸年糕、煮腊肉，满屋子都是香味，我们围着灶台转来转去，舍不得走开。",
        )
    )
    poem = page.articles[1]
    assert (poem.title, poem.byline.replace(" ", "")) == ("立冬", "□白雨桐")
    assert poem.paragraphs[0] == "北风从洞庭湖上"


def test_a_headline_line_over_a_sentence_opening_on_its_day_ends_the_stack():
    # Headlines after their bodies; the stack's second line, as wide as the
    # column, stands over a feature's first sentence opening on its day.
    page = parse(
        column_page(
            "湖南日报5月5日讯（全媒体记者 邓晶）",
            "“五一”假期，韶山共接待游客86.3万",
            "人次，增幅达到31%。景区实行分时预",
            "约，游客入园平均等候不到十分钟。",
            "韶山假期游客量创新高",
            "毛泽东同志故居单日接待游客超3万人",
            "5月3日清晨，韶山冲的薄雾还没散去，",
            "民宿老板彭小梅已经在厨房里忙开了。",
            "她家的六间客房，假期天天住满。",
            "韶山冲里的民宿生意",
            "湖南日报全媒体记者 邓晶",
        )
    )
    report = page.articles[0]
    assert report.kicker + report.title + report.subtitle == (
        "韶山假期游客量创新高毛泽东同志故居单日接待游客超3万人"
    )
    feature = next(a for a in page.articles if a is not report)
    assert feature.paragraphs[0].startswith("5月3日清晨")


def test_a_pages_first_line_stopped_on_a_particle_over_a_quoted_noun_and_a_stop_is_text():
    # Column page: the page opens on a commentary's text, its first line
    # stopped on 的, the next opening on a quoted noun and its full stop.
    page = parse(
        column_page(
            "人 才 是 乡 村 发 展 的",
            "“源头活水”。各地要拿出真招实",
            "招，让年轻人愿意回来、留得下来。",
            "有了人，产业才能兴旺起来。",
            "乡村振兴要留住年轻人",
            "湖南日报评论员",
            COLUMN_REPORT,
        )
    )
    commentary = page.articles[0]
    assert commentary.title == "乡村振兴要留住年轻人"
    assert commentary.paragraphs[0].startswith("人才是乡村发展的“源头活水”。")


def test_a_captions_credit_cut_inside_the_name_ends_the_caption_before_the_photos_title():
    # Column page: a caption printed across the page's width, its credit cut
    # inside the photographer's name (…记者 周晓 / 明 摄), the photo's short
    # title printed right under it.
    page = parse(
        column_page(
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "今天，全省水利建设现场推进会在益阳",
            "召开。会议要求，各地要抢抓汛前关键",
            "期，加快堤防加固和灌区改造进度。",
            "5月8日，岳阳市君山区，村民在湖边的稻田里插秧，远处的农机来回穿梭。今年，君",
            "山区新增高标准农田两万余亩，机插秧面积占比超过九成。 湖南日报全媒体记者 周晓",
            "明 摄",
            "插秧忙",
            "湖南日报5月9日讯（全媒体记者 易小川）今天起，",
            "长沙新开通3条公交微循环线路，方便",
            "周边居民就近换乘地铁。",
        )
    )
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.byline == "湖南日报全媒体记者 周晓明 摄"
    assert photo.title == "插秧忙"
    assert photo.paragraphs[-1].endswith("机插秧面积占比超过九成。")


@pytest.mark.parametrize(
    ("pieces", "byline"),
    [
        (["谭", "立新 通讯员", "龚", "敏"], "湖南日报全媒体记者 谭立新 通讯员 龚敏"),
        (["谭立新", "龚", "敏 报道"], "湖南日报全媒体记者 谭立新 龚敏 报道"),
    ],
)
def test_a_bylines_names_cut_inside_a_name_a_few_characters_a_line_are_read_whole(pieces, byline):
    # Column page: a feature's byline stopped on its role, its names and roles
    # printed a few characters a line under it, cut inside a name.
    page = parse(
        "\n".join(
            [
                "乡间小路上的“流动药箱”",
                "",
                "湖南日报全媒体记者",
                *pieces,
                "",
                "清晨六点，山里的雾还没散，村医",
                "",
                "背起药箱出了门。他要走两个多小",
                "",
                "时的山路，给独居老人送药量血压。",
                "",
            ]
        )
    )
    [feature] = page.articles
    assert feature.byline == byline
    assert feature.paragraphs[0].startswith("清晨六点")


@pytest.mark.parametrize(
    ("pieces", "byline"),
    [
        (["谭", "卓", "远"], "谭卓远"),
        (["谭", "卓远"], "谭卓远"),
        (["文丨", "谭", "卓", "远"], "文丨谭卓远"),
    ],
)
def test_a_writers_name_printed_a_character_a_line_under_the_title_signs_the_piece(pieces, byline):
    # Column page: an opinion piece under its label and title, its writer's
    # name (or sign and name) printed a character or two a line.
    page = parse(
        column_page(
            "田野快评",
            "让乡村小路通向更远的地方",
            *pieces,
            "乡村公路修到了家门口，山里的",
            "特产就能卖出好价钱。路通了，",
            "人心也就顺了，日子也就旺了。",
        )
    )
    [piece] = page.articles
    assert piece.byline == byline
    assert piece.title == "让乡村小路通向更远的地方"
    assert piece.paragraphs[0].startswith("乡村公路修到了家门口")


def test_text_printed_down_a_narrow_column_a_character_a_line_spells_no_name():
    # Column page: a quote's last words printed down a narrow column, a
    # character or two a line; the surname among them opens no byline.
    page = parse(
        column_page(
            "让乡村小路通向更远的地方",
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "乡村公路修到了家门口，村民都说",
            "路好走了，日子也好过了。",
            "“路",
            "通",
            "了。”",
            "曾",
            "国",
            "安",
            "说，",
            "村",
            "里",
            "的",
            "特产卖出了好价钱，山里的日子",
            "越过越红火。",
        )
    )
    [report] = page.articles
    assert report.byline == ""
    assert "曾国安说" in "".join(report.paragraphs)


def test_a_citizens_signature_under_a_letter_signs_it_and_the_title_under_it_opens_the_next():
    # Column page: letters under their label, each signed at its foot by a
    # citizen (某市市民 某某, the name a character a line), the next
    # letter's title right under the signature.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "读者来信",
            "菜市场门口能否划几个停车位",
            "我家附近的菜市场每天人很",
            "多，门口却没有停车的地方，",
            "电动车停得满地都是，老人",
            "走路很不方便。希望有关部",
            "门规划几个停车位。",
            "益阳市民",
            "邹\n晓\n红",
            "老旧小区的路灯该修了",
            "我们小区的路灯坏了好几盏，",
            "晚上出门黑灯瞎火，老人孩",
            "子都怕摔跤。希望物业尽快",
            "修好。",
            "衡阳市民",
            "彭\n志\n远",
        )
    )
    first = next(a for a in page.articles if "菜市场" in "".join(a.paragraphs))
    second = next(a for a in page.articles if "路灯坏了" in "".join(a.paragraphs))
    assert first is not second
    assert first.byline == "益阳市民 邹晓红"
    assert (second.title, second.byline) == ("老旧小区的路灯该修了", "衡阳市民 彭志远")
    assert second.paragraphs[0].startswith("我们小区的路灯")


def opinion_piece(label: str, title: str, *text: str):
    """A column page: a report's last closed sentence, then an opinion
    column's ``label``, its piece's ``title`` and text. The report and the piece."""
    page = parse(column_page(COLUMN_REPORT, label, title, *text))
    report, piece = stories(page)
    return report, piece


@pytest.mark.parametrize("label", ["雁城新评", "湘水潮评", "洞庭快语"])
def test_an_opinion_column_named_new_comment_or_quick_words_heads_its_piece(label):
    # …新评, …潮评, …快语 name opinion columns.
    _report, piece = opinion_piece(
        label,
        "让夜市的烟火气更持久",
        "入夏以来，各地夜市陆续",
        "开张，吃的玩的一应俱全。",
        "夜市热闹起来，管理也要",
        "跟上：摊位摆放要有序，油",
        "烟噪声要管住，收摊以后",
        "要把街面清扫干净。",
        "邓云帆",
    )
    assert (piece.column, piece.title) == (label, "让夜市的烟火气更持久")
    assert piece.paragraphs[0].startswith("入夏以来")


@pytest.mark.parametrize(
    ("line", "rest", "name"),
    [("让渡船开得更稳更安全 龚", "晓春", "龚晓春"), ("让渡船开得更稳更安全 欧阳", "晓", "欧阳晓")],
)
def test_a_writers_name_after_the_title_cut_after_the_surname_is_read_whole(line, rest, name):
    # Paragraph page: a report, then an opinion piece under its label, its
    # writer's name set after the title and cut after the surname.
    page = page_of(
        [
            "湘江新一期航道整治工程开工",
            "湖南日报4月2日讯（全媒体记者 柯南星）记者今天从省交通运输厅获悉，湘江新一期航道"
            "整治工程正式开工，计划三年内完成，建成后千吨级船舶可全年通航。",
            "湖畔新语",
            line,
            rest,
            "入夏以来，湘江沿线渡口客流明显增多，渡船安全再次引起关注。有的渡船船龄偏长，"
            "有的救生设备配备不齐，安全隐患不容忽视。",
            "让渡船开得更稳，要把好船舶检验关，定期排查隐患；要配齐救生衣、救生圈，让每一位"
            "乘客都能安心出行。",
        ]
    )
    piece = next(a for a in page.articles if "渡口客流" in "".join(a.paragraphs))
    assert (piece.column, piece.title, piece.byline) == ("湖畔新语", line.rpartition(" ")[0], name)
    assert piece.paragraphs[0].startswith("入夏以来")


@pytest.mark.parametrize("ending", ["看什么", "怎么办", "为何难"])
def test_a_questions_last_words_under_a_title_close_it_and_name_no_column(ending):
    # Column page: an opinion piece under its label, its title's question
    # set on a line of its own under it, then the writer's name.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "体坛观察",
            "联赛落幕之后",
            ending,
            "邵明川",
            "联赛圆满收官，湖南球队的",
            "成绩值得点赞，但赛后的思考",
            "同样重要。联赛之后，要看青",
            "训，要看场地，更要看群众。",
        )
    )
    piece = next(a for a in page.articles if "联赛圆满收官" in "".join(a.paragraphs))
    assert (piece.column, squash(piece.title), piece.byline) == (
        "体坛观察",
        "联赛落幕之后" + ending,
        "邵明川",
    )


def test_a_question_in_a_stack_under_its_label_is_a_headline_line():
    # Column page: an inquiry at the page's top under its label, its kicker a
    # question closed on its mark, then its title, its writers, its text.
    page = parse(
        " "
        + column_page(
            "记者调查",
            "城区社区食堂为何总是“叫好不叫座”？",
            "让老人吃上放心饭",
            "湖南日报全媒体记者",
            "易晓川 邓雯",
            "“菜做得不错，就是离家有点远，走过去",
            "要二十分钟。”家住衡阳市蒸湘区的王大爷",
            "说。他所在的小区有三百多位老人，常去",
            "食堂吃饭的不到三十位。",
            "去年以来，全市建成社区食堂四十余家，",
            "但不少食堂就餐人数不多，有的开业不到",
            "半年就关了门。",
        )
    )
    piece = page.articles[0]
    assert piece.column == "记者调查"
    assert squash(piece.kicker + piece.title) == squash(
        "城区社区食堂为何总是“叫好不叫座”？让老人吃上放心饭"
    )
    assert piece.byline == "湖南日报全媒体记者 易晓川 邓雯"
    assert piece.paragraphs[0].startswith("“菜做得不错")


@pytest.mark.parametrize("when", ["年内投入使用", "明年全面完工"])
def test_when_a_thing_is_done_under_a_title_closes_it_and_names_no_column(when):
    # Column page: a report's stack over its dateline, its last line saying
    # when the thing is done; no column's name says so.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "今年全省新建乡镇综合文化站360个",
            "42个县级图书馆新馆",
            when,
            "湖南日报6月3日讯（全媒体记者 龙小舟）记者",
            "今天从省文化和旅游厅获悉，今年全省将",
            "新建乡镇综合文化站360个，42个县级",
            "图书馆新馆正在加紧建设。",
        )
    )
    report = next(a for a in page.articles if "文化和旅游厅" in "".join(a.paragraphs))
    assert report.column == ""
    assert squash(report.kicker + report.title + report.subtitle).endswith(when)


def test_a_paragraph_set_in_a_time_since_and_cut_before_its_figure_is_no_headline():
    # Paragraph page: a feature's paragraph opening on what it counts since
    # (退出改造以来，…) cut before its figure by a dated report printed into
    # it; the rest of the sentence follows the report, its headline last.
    page = page_of(
        [
            "老厂区变身生态新城",
            "湖南日报9月25日讯（全媒体记者 龙小舟）初秋时节，记者走进湘潭市岳塘区竹埠港。"
            "昔日机器轰鸣、烟囱林立的化工老厂区，如今绿树成荫、游人如织。",
            "竹埠港曾是我省重要的化工生产基地，28家化工企业沿江而建。关停搬迁之后，"
            "片区的土壤和水体治理成为最大难题。",
            "退出改造以来，岳塘区在竹埠港片区累计投入资金",
            "湖南日报9月25日讯（全媒体记者 易小川 通讯员 段雯）记者从省交通运输厅获悉，"
            "益娄高速西段今日建成通车，全长86公里，设互通立交6处。",
            "益娄高速是我省高速公路网规划中的重要横线，全线建成后，将进一步完善湘中地区路网"
            "结构，方便沿线群众出行。",
            "36多亿元，实施重金属污染土壤修复、水体综合治理和沿江风光带建设，昔日的“污染重地”"
            "变成了市民休闲的好去处。",
            "我省又一条东西向通道建成",
            "益娄高速西段今日通车",
        ]
    )
    feature = next(a for a in page.articles if "竹埠港曾是" in "".join(a.paragraphs))
    report = next(a for a in page.articles if "省交通运输厅" in "".join(a.paragraphs))
    assert "累计投入资金36多亿元" in "".join(feature.paragraphs)
    assert "退出改造以来" not in report.title
    assert report.title.endswith("益娄高速西段今日通车")


def test_a_clause_stopped_on_a_bare_figure_over_the_next_dateline_is_text():
    # Column page: a report's paragraph opening on a clause and stopped on a
    # bare figure right over the next story's dateline; its unit and the
    # rest of the sentence come after that story.
    page = parse(
        column_page(
            "娄底经开区引进项目总投资突破五百亿元",
            "湖南日报10月11日讯（记者 龙小舟 通讯员",
            "易雯）记者今天从娄底经济技术开发区获悉，",
            "截至9月底，园区累计引进项目312个，合同",
            "引资总额达到520亿元。",
            "娄底经开区成立于2006年，规划面积约86",
            "湖南日报10月11日讯（记者 邓可为）记者今天",
            "从省科技厅获悉，我省新认定省级重点实验室",
            "25家，涵盖新材料、新能源等领域。",
            "平方公里。近年来，园区围绕钢材深加工和",
            "新型建材两大主导产业开展精准招商。",
        )
    )
    park = next(a for a in page.articles if "引进项目312个" in "".join(a.paragraphs))
    labs = next(a for a in page.articles if "省科技厅" in "".join(a.paragraphs))
    assert "规划面积约86平方公里。" in "".join(park.paragraphs)
    assert "成立于" not in labs.title


def test_a_notices_sentence_announcing_its_items_is_no_headline():
    # Column page: a notice's sentence announcing the items under it
    # (现将有关事项公告如下：), short of the column, then its numbered items.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南省2016年社区卫生服务中心公开招聘公告",
            "为加强城市社区卫生人才队伍建设，经研究，",
            "决定面向社会公开招聘社区卫生服务中心",
            "医学类专业毕业生。",
            "现将有关事项公告如下：",
            "一、招聘计划。全省共招聘 860名，具体岗",
            "位见各市州卫生健康部门网站。",
            "二、报名时间。7月1日至7月15日。",
        )
    )
    notice = next(a for a in page.articles if "社区卫生人才" in "".join(a.paragraphs))
    assert notice.title == "湖南省2016年社区卫生服务中心公开招聘公告"
    assert "现将有关事项公告如下：" in notice.paragraphs
    assert notice.paragraphs[-1].startswith("二、报名时间")


def test_a_codes_prompt_to_follow_and_the_account_under_it_are_one_box():
    # Column page: a code's prompt to follow an account (扫码关注), the
    # account's quoted name on the line under it, then a report's dateline.
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省开展农产品质量安全专项抽检",
            "扫码关注",
            "“湖南农业”",
            "湖南日报4月23日讯（记者 龙小舟）记者今天从",
            "省农业农村厅获悉，全省将开展农产品质量",
            "安全专项抽检，抽检样品不少于1万批次。",
        )
    )
    assert "扫码关注“湖南农业”" in page.extras
    assert not any("湖南农业" in a.title for a in page.articles)


def test_a_column_name_under_a_headline_closed_on_its_count_labels_the_piece_below():
    # Column page: a report's headline printed after its body, closed on a
    # counted figure; under it a commentary's column name, its title on two
    # lines and its writer's name. The name shares a word with a story above.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报3月12日讯（记者 龙小舟）记者从省林业",
            "局获悉，今年春季全省已完成植树造林",
            "任务的八成，新增防护林带一百二十公里。",
            "全省春季植树超3200万株",
            "洞庭潮",
            "种树更要护树",
            "管好每一棵苗",
            "罗一帆",
            "每年春天，各地植树热情高涨，",
            "但也有一些地方只管种、不管护。",
            "种树更要护树，管好每一棵苗，",
            "才能让荒山真正绿起来。",
        )
    )
    report = next(a for a in page.articles if "植树造林" in "".join(a.paragraphs))
    comment = next(a for a in page.articles if "植树热情" in "".join(a.paragraphs))
    assert report.title == "全省春季植树超3200万株"
    assert comment.column == "洞庭潮"
    assert comment.title == "种树更要护树 管好每一棵苗"


def test_a_clause_stopped_on_a_bare_figure_over_a_signed_title_is_text():
    # Column page: a report's paragraph opening on a clause, its second line
    # stopped on a bare figure right over a commentary's title and the
    # paper's commentator; the unit and the rest come after the commentary.
    page = parse(
        column_page(
            "湖南日报4月20日讯（记者 易小川）记者从省",
            "人社厅获悉，全省社保经办服务已经",
            "实现“网上办、掌上办”。",
            "今年一季度，全省城乡居民医疗保险新",
            "增参保 26.4",
            "让民生底线兜得更牢",
            "湖南日报评论员",
            "社保是民生的一张安全网。织密",
            "这张网，要在扩面上下功夫。",
            "万人，其中灵活就业人员占四成。",
            "省人社厅有关负责人表示，将继续",
            "推动社保扩面提质。",
        )
    )
    report = next(a for a in page.articles if "经办服务" in "".join(a.paragraphs))
    comment = next(a for a in page.articles if "安全网" in "".join(a.paragraphs))
    assert "新增参保26.4万人" in "".join(report.paragraphs)
    assert comment.title == "让民生底线兜得更牢"


def test_a_clause_stopped_before_a_figure_printed_alone_is_text():
    # Column page: a report's paragraph of clauses stopped before its figure,
    # the figure printed alone on the next line with no unit under it, then
    # the report's own headline printed after its body.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报9月7日讯（记者 易小川）新学期开学以来，",
            "全省中小学全面推行课后服务“5+2”模式。",
            "截至9月6日，全省1.1万所学校实现课后",
            "服务全覆盖，参加课后服务的学生达到",
            "640",
            "全省课后服务实现全覆盖",
            "湖南日报9月7日讯（记者 龙小舟）记者今天从",
            "省卫生健康委获悉，全省新建村卫生室",
            "120个，覆盖所有脱贫村。",
        )
    )
    report = next(a for a in page.articles if "课后服务“5+2”" in "".join(a.paragraphs))
    assert "截至9月6日，全省1.1万所学校" in "".join(report.paragraphs)
    assert not any("截至" in a.title for a in page.articles)


def test_a_quotation_over_a_title_that_the_story_quotes_again_is_its_kicker():
    # Paragraph page: a quotation whole, clauses and all, over a feature's
    # title; the feature quotes the words again in its text.
    page = page_of(
        [
            "湖南日报3月2日讯（记者 易小川）今年以来，全省新建社区养老服务站120个，服务老人3万余人次。",
            "据介绍，各地还将推动养老服务站与社区卫生服务中心结对。",
            "“守着这片菜地，心里就踏实”",
            "退休教师的“开心农场”",
            "湖南日报记者 龙小舟",
            "清晨6点，株洲市芦淞区一个小区的屋顶菜地里，退休教师周兰芳已经忙开了。",
            "“守着这片菜地，心里就踏实。”周兰芳说。几年前，小区屋顶还堆满了杂物。",
            "如今，这片菜地成了小区老人们最爱来的地方。",
        ]
    )
    feature = next(a for a in page.articles if "屋顶菜地" in "".join(a.paragraphs))
    report = next(a for a in page.articles if "养老服务站" in "".join(a.paragraphs))
    assert feature.kicker == "“守着这片菜地，心里就踏实”"
    assert feature.title == "退休教师的“开心农场”"
    assert not any("心里就踏实”" in p for p in report.paragraphs)


def test_the_date_and_the_editor_in_charge_on_one_line_are_the_pages_header():
    # Paragraph page: the header strip's date, weekday and editor in charge
    # printed on one line, over the page's first stack.
    page = page_of(
        [
            "2018年6月5日 星期二 责任编辑 周立新",
            "全省夏粮收购全面展开",
            "首批收购小麦1.2万吨",
            "湖南日报6月4日讯（记者 易小川）记者今天从省粮食局获悉，全省夏粮收购已全面展开。",
            "省粮食局负责人表示，将严格执行最低收购价政策，确保农民售粮不难。",
        ]
    )
    report = next(a for a in page.articles if "夏粮收购已全面展开" in "".join(a.paragraphs))
    assert report.kicker == "全省夏粮收购全面展开"
    assert report.title == "首批收购小麦1.2万吨"
    assert "2018年6月5日 星期二 责任编辑 周立新" in page.extras


def test_a_photos_title_trailing_off_on_its_dots_titles_the_photo():
    # Paragraph page: a photo's title left on its dots over its caption and
    # the photographer's credit, after a finished commentary.
    page = page_of(
        [
            "别让“僵尸车”占了停车位",
            "湖南日报评论员",
            "一些小区的停车位上，常年停着落满灰尘的旧车，车主不挪，物业不管。",
            "治理“僵尸车”，需要物业、社区和交警部门形成合力。",
            "“睡”在车位上的旧车……",
            "某小区地面停车场，一辆旧车轮胎瘪了多年无人问津。",
            "图/文 李立强",
            "湖南日报4月8日讯（记者 易小川）全省老旧小区改造今年将新开工1200个。",
            "据介绍，改造内容包括管网更新、加装电梯和停车设施建设。",
        ]
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    comment = next(a for a in page.articles if "僵尸车”，需要" in "".join(a.paragraphs))
    assert photo.title == "“睡”在车位上的旧车……"
    assert list(photo.paragraphs) == ["某小区地面停车场，一辆旧车轮胎瘪了多年无人问津。"]
    assert not any("旧车……" in p for p in comment.paragraphs)


def test_short_pieces_each_signed_at_its_foot_are_items_under_their_column():
    # Paragraph page: a column's name over short pieces, each a paragraph
    # with its writer's name under it, then the next story's stack.
    page = page_of(
        [
            "湖南日报5月6日讯（记者 易小川）全省计划新建口袋公园300个。",
            "据介绍，口袋公园将优先建在老城区和学校周边。",
            "短评",
            "一些地方的便民服务热线，接通之后要按五六次键才能转到人工，群众打一次电话要等好几分钟。",
            "周晓岚",
            "有的社区把健身器材装在了偏僻角落，老人走过去要十几分钟，器材落满了灰也没人用。",
            "邓立言",
            "个别商场的停车场收费标准藏在角落里，车主离场时才发现要交几十元。",
            "覃一凡",
            "全省旅游公路新增800公里",
            "湖南日报5月6日讯（记者 龙小舟）记者从省交通运输厅获悉，今年全省将新建旅游公路800公里。",
        ]
    )
    pieces = [a for a in page.articles if a.column == "短评"]
    assert [a.byline for a in pieces] == ["周晓岚", "邓立言", "覃一凡"]
    assert [a.paragraphs[0][:4] for a in pieces] == ["一些地方", "有的社区", "个别商场"]
    assert all(len(a.paragraphs) == 1 for a in pieces)


def test_a_line_of_no_storys_words_over_captions_under_a_group_credit_titles_them():
    # Column page: a report's headline printed after its body, then a line
    # sharing no story's words over two captions and their group credit,
    # then the next feature's stack and writers.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报9月1日讯（记者 易小川）记者从省教育",
            "厅获悉，全省今年新建校园足球场地",
            "320块，覆盖所有县市区。",
            "校园足球场地新增320块",
            "金秋时节 田野稻浪翻滚",
            "9月1日，衡阳县西渡镇，农民在收割中稻。",
            "9月1日，宁乡市花明楼镇，收割机在田间作业。",
            "以上图片均由湖南日报记者 童迪 摄",
            "乡村振兴·一线见闻",
            "一个村的“农机合作社”",
            "湖南日报记者 龙小舟",
            "走进湘潭县花石镇的农机合作社，十几台收",
            "割机整齐排列，合作社负责人正在安排作业。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    report = next(a for a in page.articles if "校园足球场地" in "".join(a.paragraphs))
    assert photo.title == "金秋时节 田野稻浪翻滚"
    assert report.title == "校园足球场地新增320块"


def test_a_credit_between_a_photos_title_and_its_caption_is_the_photos():
    # Column page: a photo's title, its credit drawn at the picture's foot,
    # then its caption, after a finished story.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "橘子洲焰火",
            "湖南日报记者 童迪 摄",
            "10月1日晚，长沙橘子洲头燃放国庆焰火，市民和游客在江边观看。",
            "湖南日报10月2日讯（记者 易小川）国庆假期首日，",
            "全省纳入监测的景区接待游客286万人次。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "橘子洲焰火"
    assert photo.byline == "湖南日报记者 童迪 摄"
    assert list(photo.paragraphs) == ["10月1日晚，长沙橘子洲头燃放国庆焰火，市民和游客在江边观看。"]


def test_a_long_line_over_captions_naming_the_story_above_is_that_storys_headline():
    # Paragraph page: a feature's headline printed after its body, right
    # over two captions under one group credit that share none of its words.
    page = page_of(
        [
            "全省新增社区食堂260家",
            "湖南日报5月10日讯（记者 龙小舟）记者从省民政厅获悉，全省今年新增社区食堂260家。",
            "湖南日报记者 周立新",
            "早上8点，湘潭一家社区食堂门口已经排起了队，老人们刷卡取餐。",
            "社区食堂的负责人说，食堂每天供应午餐300多份，老人就餐有补贴。",
            "社区食堂里的“幸福味道”",
            "5月9日，益阳市资阳区的油菜田，农民在收割油菜。",
            "5月9日，常德市鼎城区的茶园，茶农在采摘夏茶。",
            "以上图片均由湖南日报记者 童迪 摄",
            "湖南日报5月10日讯（记者 易小川）全省夏收夏种工作全面展开。",
            "据介绍，全省今年计划收获油菜1800万亩。",
        ]
    )
    feature = next(a for a in page.articles if "社区食堂门口" in "".join(a.paragraphs))
    assert feature.title == "社区食堂里的“幸福味道”"
    assert not any(a.title == "社区食堂里的“幸福味道”" for a in page.articles if a.kind == "photo")


def test_the_sections_name_and_its_editor_on_one_line_are_the_pages_footer():
    # Column page: the section's name and its editor in charge on one line at
    # the page's foot, under a notice.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "征稿启事",
            "本报即日起开设“乡村振兴故事”专栏，面向",
            "社会征集稿件，来稿请发送至本报邮箱。",
            "农村周刊 责任编辑 周立新",
        )
    )
    notice = next(a for a in page.articles if "征集稿件" in "".join(a.paragraphs))
    assert notice.title == "征稿启事"
    assert "农村周刊 责任编辑 周立新" in page.extras


def test_a_clause_of_short_names_closed_by_deng_awaits_its_verb():
    # Column page: a paragraph's first line set wider than the column, a
    # clause and then a list of short names closed by 等 and what they are;
    # the verb comes on the next line.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "全省推行“街乡吹哨、部门报到”",
            "湖南日报8月15日讯（记者 易小川）全省各",
            "地今年推行“街乡吹哨、部门报到”机制，",
            "街乡遇到难题，职能部门限时到现场。",
            "在益阳一个老旧小区，雨污管网老化，",
            "一下雨就污水横流。",
            "社区“吹哨”后，住建、城管、水务等部门",
            "当天到现场会商，一个月内完成了管网",
            "改造，居民再也不用蹚水出门了。",
        )
    )
    report = next(a for a in page.articles if "街乡遇到难题" in "".join(a.paragraphs))
    assert "社区“吹哨”后，住建、城管、水务等部门当天到现场会商" in "".join(report.paragraphs)


def test_one_line_briefs_under_their_name_are_items_of_their_own():
    # Column page: a commentary's last lines, then a strip across the page:
    # the briefs' name and a finished sentence or two a line, each a brief.
    page = parse(
        column_page(
            "别让好政策“悬在半空”",
            "罗一帆",
            "政策出台只是第一步，关键",
            "在于落地见效，让群众真正",
            "得到实惠。一些地方文件发",
            "了、会议开了，却迟迟不见",
            "细则，基层不知道怎么办，",
            "群众不知道找谁办。",
            "好政策要落地，既要打通",
            "部门之间的堵点，也要把办",
            "事流程讲清楚、晒出来，让",
            "群众少跑腿、好办事。",
            "简讯",
            "全省中学生田径运动会日前在衡阳闭幕，来自14个市州的900名运动员参赛。",
            "长沙市第三届社区篮球联赛近日开赛，全市112支社区球队报名参加。",
            "张家界天门山徒步大会将于10月9日举行，组委会即日起接受网上报名。",
            "山村里的篮球场",
            "湖南日报记者 龙小舟",
            "傍晚时分，溆浦县一个山村的篮球场",
            "上，十几个年轻人正在打比赛。",
        )
    )
    briefs = [a for a in page.articles if a.column == "简讯"]
    comment = next(a for a in page.articles if "政策出台" in "".join(a.paragraphs))
    assert [a.paragraphs[0][:4] for a in briefs] == ["全省中学", "长沙市第", "张家界天"]
    assert not any("篮球联赛" in p for p in comment.paragraphs)
    assert next(a for a in page.articles if "溆浦县" in "".join(a.paragraphs)).column == ""


def test_a_title_under_a_caption_naming_it_and_not_the_story_below_is_the_photos():
    # Paragraph page: a caption closed by its credit, then a title sharing a
    # word with the caption and none with the commentary printed under it.
    page = page_of(
        [
            "湖南日报3月1日讯（记者 易小川）全省春耕备耕工作全面展开，已储备化肥120万吨。",
            "3月1日，浏阳市一家智能育苗中心，技术人员在查看辣椒苗长势。 湖南日报记者 童迪 摄",
            "早春时节的“育苗工厂”",
            "奋进之年当有奋进之为",
            "湖南日报评论员",
            "新年开局，三湘大地处处涌动着干事创业的热潮，项目工地机器轰鸣，田间地头一派繁忙。",
            "开局关乎全局，起步决定后程。各级干部要拿出只争朝夕的劲头，把蓝图一步步变为现实。",
        ]
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    comment = next(a for a in page.articles if "开局关乎全局" in "".join(a.paragraphs))
    assert photo.title == "早春时节的“育苗工厂”"
    assert comment.title == "奋进之年当有奋进之为"
    assert comment.kicker == ""


def test_a_short_photo_title_wrapped_in_its_frame_is_read_whole():
    # Paragraph page: a commentary's column name after its text, then a
    # photo's short title wrapped over two lines, its caption and credit.
    page = page_of(
        [
            "春风化雨",
            "湖南日报评论员",
            "驻村干部干得怎么样，老百姓心里有一杆秤。只有真正沉下去，才能把群众的事办到心坎上。",
            "湘江时评",
            "养殖基地",
            "喜出栏",
            "11月24日，邵阳县一个生猪养殖基地，养殖户在清点出栏生猪。 湖南日报记者 童迪 摄",
            "湖南日报11月25日讯（记者 易小川）全省生猪出栏量前10个月比上年多出6%。",
        ]
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "养殖基地喜出栏"


def test_a_photo_title_under_its_credit_wrapped_tight_over_a_dateline_is_the_photos():
    # Column page: a caption and its credit, then the photo's title wrapped
    # over two tight lines that name the caption and none of the dated
    # report under them.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "11月8日，株洲市一所中学开展防震疏散演练，学生们有序撤离教学楼。",
            "湖南日报记者 童迪 摄",
            "防震演练",
            "进校园",
            "湖南日报11月8日讯（记者 肖立）记者从省住房城乡建设厅获悉，",
            "全省城镇燃气管网改造今年已完成八成。",
        ).replace("防震演练\n\n进校园", "防震演练\n进校园")
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "防震演练进校园"


def test_a_codes_prompt_and_what_to_listen_to_under_it_are_one_box():
    # Column page: a prompt to scan a code and, set tight under it, what it
    # offers to listen to, then the next report's dateline.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "扫描二维码\n收听更多湖湘故事",
            "湖南日报4月23日讯（记者 易小川）全省计划",
            "新建城市书房120个，覆盖所有县市区。",
        ).replace("扫描二维码\n\n收听更多湖湘故事", "扫描二维码\n收听更多湖湘故事")
    )
    report = next(a for a in page.articles if "城市书房" in "".join(a.paragraphs))
    assert "收听" not in report.title
    assert any("收听更多湖湘故事" in extra for extra in page.extras)


def test_a_line_opening_on_what_was_learned_is_a_paragraphs():
    # Column page: a paragraph's first line opening on 据了解， and set a
    # little wider than the column, under a finished paragraph.
    page = parse(
        column_page(
            "全省中小学食堂专项检查启动",
            "湖南日报9月19日讯（记者 易小川）",
            "全省中小学校园食品安全专项检",
            "查日前启动，重点检查食材采购、",
            "加工制作和从业人员健康管理。",
            "据了解，目前全省中小学食堂“明厨亮灶”",
            "覆盖率已达到89%。检查中发现问",
            "题的学校，将被责令限期整改。",
        )
    )
    report = next(a for a in page.articles if "查日前启动" in "".join(a.paragraphs))
    assert "据了解，目前全省中小学食堂“明厨亮灶”覆盖率已达到89%。" in "".join(report.paragraphs)
    assert not any("据了解" in a.title for a in page.articles)


def test_a_paragraph_cut_on_a_figure_and_its_magnitude_is_no_kicker():
    # Paragraph page: a report's second paragraph cut after 约5.2万 (its unit,
    # 平方米, printed under the next story), over that story's headline.
    page = parse(
        paragraph_page(
            "老粮站改成了社区书院",
            "湖南日报6月3日讯（全媒体记者 柯文）走进衡阳市珠晖区一座由老粮站改造的社区书院，"
            "青砖粮仓里摆满了书架，成为周边居民读书休闲的好去处。",
            "书院建筑面积约5.2万",
            "前5个月全省快递业务量增长两成",
            "湖南日报6月3日讯（全媒体记者 易小川）记者从省邮政管理局获悉，前5个月，"
            "全省快递业务量比上年多出两成，农村快递网点覆盖所有建制村。",
            "省邮政管理局负责人表示，将继续推进快递进村，畅通农产品进城渠道。",
            "平方米，保留了粮仓的木梁屋架，新增阅览座位600个。",
            "珠晖区文旅部门负责人介绍，今年还将改造3处旧厂房。",
        )
    )
    parcels = next(a for a in page.articles if "快递网点" in "".join(a.paragraphs))
    assert parcels.title == "前5个月全省快递业务量增长两成"
    assert not parcels.kicker
    study = next(a for a in page.articles if "青砖粮仓" in "".join(a.paragraphs))
    assert "书院建筑面积约5.2万" in "".join(study.paragraphs)


def test_a_reporters_line_run_on_into_the_lead_opens_its_story():
    # Paragraph page: 湖南日报·新湖南客户端记者 某某 报道 and the lead on one line,
    # under the story's headline, as a dateline opens one.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "浏阳河畔新添一座城市书房",
            "湖南日报·新湖南客户端记者 柯文 报道3月5日，浏阳河畔的城市书房正式开放，"
            "藏书两万册，全天候向市民免费开放。",
            "书房由一座闲置的泵站改建而成，保留了泵站的红砖外墙。",
        )
    )
    study = next(a for a in page.articles if "泵站" in "".join(a.paragraphs))
    assert study.title == "浏阳河畔新添一座城市书房"
    assert study.paragraphs[0].startswith("3月5日，浏阳河畔的城市书房正式开放")
    meeting = next(a for a in page.articles if "早稻集中育秧" in "".join(a.paragraphs))
    assert "城市书房" not in "".join(meeting.paragraphs)


def test_a_section_name_over_a_title_line_holding_its_kicker_is_the_pages():
    # Paragraph page: the section's name at the page's top, over a dated
    # report's headline whose two phrases share one line.
    page = parse(
        paragraph_page(
            "生态文明",
            "全省新增湿地公园6处 湿地保护率稳定在七成以上",
            "湖南日报8月2日讯（全媒体记者 柯文）记者从省林业局获悉，今年全省新增省级湿地公园6处，"
            "湿地保护率稳定在七成以上。",
            "省林业局负责人表示，将继续推进洞庭湖湿地生态修复。",
        )
    )
    wetland = next(a for a in page.articles if "湿地公园" in "".join(a.paragraphs))
    assert "生态文明" not in wetland.kicker + wetland.title
    assert "生态文明" in page.extras


@pytest.mark.parametrize("label", ["湘江评弹", "洞庭新语"])
def test_a_title_under_an_opinion_columns_label_is_its_title_in_a_narrow_column(label):
    # Column page: a commentary's label, then its title nearly as wide as the
    # narrow column's lines, the first of which is indented by one character.
    page = parse(
        column_page(
            COLUMN_REPORT,
            label,
            "夜间公交更要开得“准点”",
            "夜班公交线路开通，晚归的市",
            "民多了一个选择。这是方便群众",
            "的好事，也是对城市管理精细化",
            "的一次检验。",
            "线路开了，还得开得准点。站",
            "牌信息要及时更新，车辆到站时",
            "间要在手机上查得到。",
            "柯文",
        )
    )
    piece = next(a for a in page.articles if "夜班公交" in "".join(a.paragraphs))
    assert piece.title == "夜间公交更要开得“准点”"
    assert piece.column == label
    assert piece.paragraphs[0].startswith("夜班公交线路开通")


def test_a_bare_name_under_finished_text_signs_it_and_the_line_under_is_the_next_title():
    # Column page, a narrow commentary column: one piece's text, its writer's
    # bare name, then the next piece's title, nearly as wide as the column.
    page = parse(
        column_page(
            "湘江快评",
            "社区食堂要办得长久",
            "王芳",
            "社区食堂开张时热热闹闹，",
            "没过多久却冷冷清清，这样",
            "的事并不少见。办好食堂，",
            "关键在于算好经营账。",
            "李明",
            "口袋公园也要“常来常新”",
            "口袋公园建成后，管护跟",
            "不跟得上，决定了它能不能",
            "一直受欢迎。绿化要有人浇",
            "水修剪，设施要有人维护。",
        )
    )
    canteen = next(a for a in page.articles if "经营账" in "".join(a.paragraphs))
    assert canteen.byline == "王芳"
    park = next(a for a in page.articles if "管护" in "".join(a.paragraphs))
    assert park.title == "口袋公园也要“常来常新”"
    assert park.paragraphs[0].startswith("口袋公园建成后")


def test_a_stack_of_five_lines_under_an_open_sentence_is_no_text_of_it():
    # Column page: a paragraph cut mid-sentence, then two stories' headlines
    # bunched (five lines, a title's last word wrapped), then a dateline.
    page = parse(
        column_page(
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "记者从省新闻出版局获悉，今年",
            "全省已建成农家书屋和社区书屋",
            "今年全省新增城乡书屋",
            "书屋建设带火乡村阅读",
            "两千家",
            "岳阳社区食堂覆盖",
            "所有老旧小区",
            "湖南日报5月9日讯（全媒体记者 柯文）",
            "岳阳市今年在老旧小区新建社区",
            "食堂46家，老人就餐可享受优惠。",
            "4.2万家，实现行政村全覆盖。",
        )
    )
    books = next(a for a in page.articles if "全省已建成" in "".join(a.paragraphs))
    assert "社区书屋4.2万家，实现行政村全覆盖。" in "".join(books.paragraphs)
    assert "书屋建设" not in "".join(books.paragraphs)


def test_a_services_name_over_the_apps_code_prompt_is_the_boxs():
    # Column page: under a finished paragraph, a service's name over the
    # prompt to scan its code with a mini-program: one box, no headline.
    page = parse(
        column_page(
            "社区停车位也能错峰共享",
            "湖南日报5月9日讯（全媒体记者 柯文）长沙",
            "市今年推动机关单位停车位夜间向",
            "周边居民开放，已共享车位3200个。",
            "湘江智慧停车服务",
            "小程序扫码缴费",
            COLUMN_REPORT,
        )
    )
    parking = next(a for a in page.articles if "共享车位" in "".join(a.paragraphs))
    assert parking.title == "社区停车位也能错峰共享"
    assert not any("湘江智慧停车服务" in a.title + a.kicker for a in page.articles)
    assert any("湘江智慧停车服务" in extra and "小程序扫码缴费" in extra for extra in page.extras)


def test_a_label_the_page_prints_over_two_pieces_heads_a_title_near_the_columns_width():
    # Column page: a column's name of no known kind printed over two pieces,
    # each title about as wide as the narrow column's lines.
    piece = (
        "望岳台",
        "{title}",
        "{writer}",
        "过去，说起城郊苗木基地，人们想",
        "到的是一眼望不到头的苗圃和来来",
        "往往的运苗车。如今变化不小。",
    )
    page = parse(
        column_page(
            *(line.format(title="苗木基地的转型账要算细", writer="唐宁") for line in piece),
            "望岳台",
            "读懂油茶林里的“致富经”",
            "林下套种中药材、养殖土鸡，",
            "一片油茶林能带来好几份收入，",
            "这样的路子值得推广，但要因地",
            "制宜。",
            "刘远",
        )
    )
    camellia = next(a for a in page.articles if "林下套种" in "".join(a.paragraphs))
    assert camellia.title == "读懂油茶林里的“致富经”"
    assert camellia.column == "望岳台"
    assert camellia.paragraphs[0].startswith("林下套种中药材")


def test_an_offices_reply_under_a_readers_letter_is_the_letters_section():
    # Paragraph page: a reader's letter signed over its text, then the
    # office's reply headed by its name alone (某某局回复): one item.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "小区门口的积水何时能排",
            "读者来信",
            "读者 柯文",
            "编辑同志：",
            "我家住在衡阳市蒸湘区一个老小区，每逢下雨，小区门口就积水成河，居民进出很不方便。",
            "希望相关单位早日疏通排水管网，解决这个老大难问题。",
            "蒸湘区住房和城乡建设局回复",
            "读者柯文同志反映的情况属实。接到报社转来的信件后，我局立即组织人员现场查看。",
            "目前，该路段排水管网改造已列入今年计划，预计汛期前完工。",
        )
    )
    letter = next(a for a in page.articles if "积水成河" in "".join(a.paragraphs))
    assert "汛期前完工" in "".join(letter.paragraphs)
    assert not any(a.title.endswith("回复") for a in page.articles)


def test_a_name_jiebas_dictionary_holds_whole_signs_the_commentary_over_a_dateline():
    # Column page: a commentary's title and its writer's bare name printed
    # after its text, right over the next report's dateline; jieba knows the
    # name whole (nrfg), not as a person's name (nr).
    page = parse(
        column_page(
            "潇湘快论",
            "夜市管理，重在疏而不在堵。一",
            "些地方对占道经营一罚了之，摊",
            "贩换个地方照样摆摊，问题并没",
            "有解决。",
            "划定经营区域、规范经营时段，",
            "才能让夜市既有烟火气又有秩序。",
            "夜市管理",
            "不能一“罚”了之",
            "孙文韬",
            COLUMN_REPORT,
        )
    )
    piece = next(a for a in page.articles if "烟火气" in "".join(a.paragraphs))
    assert piece.title == "夜市管理不能一“罚”了之"
    assert piece.byline == "孙文韬"


def test_whom_to_ask_named_under_a_notice_is_its_text_not_a_headline():
    # Column page: a notice closing on whom to ask, named with no number
    # (报名咨询：某某协会秘书处), over the next report.
    page = parse(
        column_page(
            "2019湖南省业余象棋公开赛报名通知",
            "由湖南省象棋协会主办的湖南省业",
            "余象棋公开赛将于10月12日在衡阳",
            "举行，比赛设公开组和少年组。",
            "报名咨询：湖南省象棋协会秘书处",
            COLUMN_REPORT,
        )
    )
    assert not any(a.title.startswith("报名咨询") for a in page.articles)
    notice = next(a for a in page.articles if "少年组" in "".join(a.paragraphs))
    assert "报名咨询：湖南省象棋协会秘书处" in "".join(notice.paragraphs)


def test_a_commentary_signed_at_its_foot_inside_a_reports_cut_lead_is_its_own():
    # Paragraph page: a report's lead cut open, a commentary (title, text,
    # its named commentator's line) printed into the cut, the lead's rest.
    page = parse(
        paragraph_page(
            "醴陵发现一处宋代窑址",
            "湖南日报4月14日讯（全媒体记者 柯文）记者今天从省文物考古研究所获悉，"
            "考古人员在醴陵市一处山坡上发掘出一座宋代",
            "让老窑火照亮新产业",
            "从一座古窑到一条产业链，瓷都的故事一直在续写。守护好文化根脉，才能让传统产业走得更远。",
            "保护与发展并不矛盾。把考古成果转化为文旅资源，老窑址也能带来新收益。",
            "湖南日报全媒体评论员 易小川",
            "龙窑遗址，出土瓷器残片两千余件，为研究古代制瓷工艺提供了实物资料。",
            "考古领队介绍，下一步将对窑址周边开展系统勘探。",
        )
    )
    piece = next(a for a in page.articles if "老窑址" in "".join(a.paragraphs))
    assert piece.title == "让老窑火照亮新产业"
    assert piece.byline == "湖南日报全媒体评论员 易小川"
    report = next(a for a in page.articles if "龙窑遗址" in "".join(a.paragraphs))
    assert "老窑火" not in "".join(report.paragraphs)


def test_a_stack_printed_into_a_headless_storys_cut_may_be_partly_its_own():
    # Column page: a report whose headline follows its body, its last
    # paragraph cut; its stack and the next report's bunched in the cut, over
    # that report's dateline.
    page = parse(
        column_page(
            "湖南日报3月17日讯（全媒体记者 柯文）",
            "记者从省教育厅获悉，今年全省",
            "中职学校新增专业点96个，撤销",
            "专业点58个，新增专业主要集中",
            "在智能制造、现代物流等领域。",
            "截至目前，全省中职学校共开设",
            "对接产业设专业",
            "中职学校新增专业点96个",
            "全省高校图书馆向市民开放",
            "首批32所高校参与",
            "湖南日报3月17日讯（全媒体记者 易小川）",
            "记者从省教育厅获悉，全省首批",
            "32所高校图书馆今年起向市民开",
            "放，市民可预约入馆阅览。",
            "专业点1860个，覆盖全省主导产业。",
        )
    )
    schools = next(a for a in page.articles if "撤销" in "".join(a.paragraphs))
    assert schools.title == "中职学校新增专业点96个"
    libraries = next(a for a in page.articles if "预约入馆" in "".join(a.paragraphs))
    assert libraries.kicker + libraries.title == "全省高校图书馆向市民开放首批32所高校参与"


def test_crossheads_counted_one_is_two_is_are_a_theory_pieces_sections():
    # Column page: a theory piece whose crossheads count 一是 / 二是, each
    # broken over two narrow lines, under its writer's line.
    page = parse(
        column_page(
            "县域商业提档升级的两个抓手",
            "谭明远",
            "县域是扩大内需的重要阵地。",
            "推动县域商业提档升级，需要",
            "在以下两个方面久久为功。",
            "一是由“建网点”向",
            "“强链条”延伸",
            "过去一些地方重网点数量，轻",
            "供应链建设，货到了乡镇却进",
            "不了村。要整合物流资源，让",
            "城乡配送一体运行。",
            "二是由“卖产品”向",
            "“树品牌”升级",
            "农产品要卖得好，更要卖出好",
            "价钱。要培育区域公用品牌，",
            "让土特产走出大山。",
        )
    )
    piece = next(a for a in page.articles if "扩大内需" in "".join(a.paragraphs))
    assert piece.title == "县域商业提档升级的两个抓手"
    assert "让土特产走出大山。" in "".join(piece.paragraphs)
    assert not any(a.title.startswith(("一是", "二是")) for a in page.articles)


def test_a_line_over_the_word_cartoon_and_its_credit_is_the_cartoons_title():
    # Column page: a signed commentary, then a cartoon printed as its title,
    # the word 漫画 and the drawer's credit, then the next commentary.
    page = parse(
        column_page(
            "热线电话别成“忙线电话”",
            "邹晓岚",
            "不少市民反映，拨打一些部门的",
            "服务热线，要么长时间占线，要么",
            "转来转去没人管。热线是联系群众",
            "的纽带，接得通、办得好才算数。",
            "排长队",
            "漫画",
            "              贺明川 作",
            "晨读时光",
            "一家之言",
            "清晨的社区书屋里，几位老人戴着",
            "老花镜读报，孩子们围坐在一起读",
            "绘本。书屋不大，却成了街坊们最",
            "愿意来的地方。",
            "柯文静",
        )
    )
    cartoon = next(a for a in page.articles if a.byline == "贺明川 作")
    assert cartoon.title == "排长队"
    assert list(cartoon.paragraphs) == ["漫画"]
    hotline = next(a for a in page.articles if "热线是联系群众" in "".join(a.paragraphs))
    assert hotline.column != "排长队"


def test_two_stacks_of_three_lines_bunched_over_two_datelines_head_one_story_each():
    # Paragraph page: both stacks printed together, each broken over three
    # lines, then both datelines, then the two stories' paragraphs in turns.
    page = parse(
        paragraph_page(
            "全省一季稻收获进度过四成",
            "一季稻预计增产",
            "1.6亿斤",
            "稻谷最低收购价执行预案在我省启动",
            "省级储备收购网点",
            "延伸到产粮村",
            "湖南日报9月18日讯(记者 邝远航 通讯员 欧敏)记者今天从省农业农村厅获悉，"
            "截至9月17日，全省一季稻已收获",
            "湖南日报9月18日讯(记者 韦清扬 通讯员 柯蓝)记者今天从省粮食和物资储备局获悉，"
            "经国家主管部门同意，我省于今日启动稻谷最低收购价执行预案。",
            "为方便农民就近售粮，全省共确定最低收购价收购网点",
            "920万亩，占一季稻种植面积的43%。据农业部门测产，今年全省一季稻亩产预计比上年提高8公斤。",
            "今年我省一季稻种植面积2150万亩，比上年略有增加。一季稻生长期间光温条件总体较好。",
            "860个，覆盖所有产粮乡镇，其中新增偏远山区收购网点74个。各网点实行挂牌收购。",
            "省农业农村厅提醒，各地要抢抓晴好天气及时收获，防止稻谷霉变。",
            "省粮食和物资储备局要求，各地要严格执行国家粮食收购政策，不得压级压价。",
        )
    )
    harvest = next(a for a in page.articles if "全省一季稻已收获" in "".join(a.paragraphs))
    assert harvest.kicker + harvest.title == "全省一季稻收获进度过四成一季稻预计增产1.6亿斤"
    prices = next(a for a in page.articles if "启动稻谷最低收购价" in "".join(a.paragraphs))
    assert prices.kicker == "稻谷最低收购价执行预案在我省启动"


def test_a_caption_set_in_fields_or_on_a_mountain_under_its_credit_is_the_photos():
    # Paragraph page: a report naming the same terraces, then a photo's
    # title, its credit, and a caption whose place is a field or a hill.
    page = parse(
        paragraph_page(
            "湖南日报9月23日讯(记者 邝远航)记者今天从省文化和旅游厅获悉，全省新增8家4A级旅游景区，其中包括溆浦县山背梯田景区。",
            "评定委员会有关负责人介绍，今年的评定更加注重游客体验和安全管理。",
            "山背秋韵",
            "湖南日报记者 韦清扬 摄",
            "9月21日,溆浦县山背梯田,层层稻田一片金黄,吸引众多游客前来观光。",
            "湖南日报9月23日讯(记者 柯蓝)记者从省气象局获悉，国庆假期全省以晴好天气为主，适宜出行。",
        )
    )
    photo = next(a for a in page.articles if a.byline == "湖南日报记者 韦清扬 摄")
    assert photo.title == "山背秋韵"
    assert photo.paragraphs[0].startswith("9月21日")


@pytest.mark.parametrize(
    ("line", "under", "open_clause"),
    [
        ("有的乡镇把林地面积", "层层分解，一签了事", True),  # (the verb on the next line)
        ("有的乡镇把林地面积", "逐级下达，一压了事", True),
        ("有的乡镇把林地面积", "交给合作社打理", True),
        ("把论文写在大地上", "湖南日报记者 韦清扬", False),  # (its verb its own)
        ("有的乡镇把林地面积", "湖南日报4月15日讯", False),  # (nothing goes on)
    ],
)
def test_a_line_stopped_on_its_object_before_the_verb_the_next_line_opens_on(
    line, under, open_clause
):
    assert _verb_left_for_next_line(line, under) is open_clause


#: A commentary signed at its foot, a name, and a second piece's text: the
#: two pieces the signature tests below print before the second one's end.
SIGNED_THEN_UNSIGNED = (
    "今日谈",
    "节水从点滴做起",
    "夏天一到，用水量节节攀升。",
    "有的小区绿化带大水漫灌，有",
    "的单位水龙头一开一整天。节",
    "水不是小事，从一滴水做起，",
    "人人都能出一份力。",
    "刘晓明",
    "一场招聘会，动辄几百家企",
    "业、上万个岗位，场面热闹。",
    "然而，一些岗位招聘之后迟",
    "迟不见人，有的签约就毁约。",
    "招聘不等于就业，岗位要实",
    "打实，服务要跟得上。",
)


@pytest.mark.parametrize(
    ("tail", "writer"),
    [
        # signed at its foot, its title printed after the next story
        (
            (
                "陈志刚",
                "湖南日报4月15日讯（记者 邝远航）",
                "今年全省完成人工造林一百二十",
                "万亩，超额完成年度任务。",
                "招聘会要多些“真岗位”",
            ),
            "陈志刚",
        ),
        # its title, column and writer printed after its text
        (
            (
                "招聘会要多些“真岗位”",
                "观察者说",
                "韦岚",
                "湘江观察",
                "乡村图书室要常开门",
                "何秋雨",
                "不少乡村图书室建得漂亮，却",
                "常年铁将军把门，书架落满灰。",
            ),
            "韦岚",
        ),
    ],
)
def test_a_name_between_two_pieces_signs_the_one_above_when_the_one_below_signs_at_its_foot(
    tail, writer
):
    # Column page: the name over the second piece's text is the first's
    # writer, as the second signs after its own text.
    page = parse(column_page(*SIGNED_THEN_UNSIGNED, *tail))
    water = next(a for a in page.articles if "节节攀升" in "".join(a.paragraphs))
    jobs = next(a for a in page.articles if "场面热闹" in "".join(a.paragraphs))
    assert (water.byline, jobs.byline) == ("刘晓明", writer)


def test_a_cartoons_caption_cut_inside_a_word_over_its_credit_is_one_with_its_title():
    # Column page: a label, the cartoon's title, its caption over two lines
    # cut inside a word (好 / 几年), the credit right after.
    page = parse(
        column_page(
            "画说",
            "门前的“盆景路”",
            "进村的路口修得宽敞气派，往里走",
            "却是坑坑洼洼的泥巴路，已经好",
            "几年没人修过。",
            "漫画/韦清扬",
            "湖南日报4月15日讯（记者 邝远航）",
            "今年全省完成人工造林一百二十",
            "万亩，超额完成年度任务。",
        )
    )
    cartoon = next(a for a in page.articles if a.byline == "漫画/韦清扬")
    assert cartoon.title == "门前的“盆景路”"
    assert "".join(cartoon.paragraphs).startswith("进村的路口")


def test_the_papers_unnamed_commentator_over_a_piece_signed_at_its_foot_signs_the_one_above():
    # Column page: a commentary signed by no one under its text, the
    # paper's commentator's line, a second piece's text, its writer's name
    # and then its title, printed after its text.
    page = parse(
        column_page(
            "湘论",
            "防汛责任要压实到人",
            "汛期将至，责任要落到每一座",
            "水库、每一段堤防、每一个岗",
            "位，不能只写在纸上、挂在嘴",
            "上。",
            "湖南日报评论员",
            "近日，某县把全县中小水库的",
            "责任人名单在网上公开，群众",
            "一查便知谁在管、管得怎样。",
            "公开是最好的监督，责任人名",
            "单亮出来，担子也就压实了。",
            "陈志刚",
            "责任人名单亮出来是好事",
            "三湘时评",
            "让乡村图书室常开门",
            "何秋雨",
            "不少乡村图书室建得漂亮，却",
            "常年铁将军把门，书架落满灰。",
        )
    )
    flood = next(a for a in page.articles if "汛期将至" in "".join(a.paragraphs))
    names = next(a for a in page.articles if "一查便知" in "".join(a.paragraphs))
    assert (flood.byline, names.byline) == ("湖南日报评论员", "陈志刚")


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("两年来，新区累计引进项目120个。", True),  # (a numeral first: 两年)
        ("活动期间，全省各地还将举办农民丰收节。", True),  # (a verb-noun first)
        ("审议中，代表们一致表示，报告客观务实。", True),
        ("疫情防控方面，省教育厅提醒各地学校。", True),
        ("发现被骗后，蒋女士立即报警。", True),
        ("结合起来，游客可以体验刺绣。", False),  # (a verb's complement)
        ("万亩以上，确保粮食总产量稳定。", False),  # (a figure's 以上)
        ("的同时，留住老城的记忆。", False),
        ("其中，新建项目80个。", False),
    ],
)
def test_a_frame_of_time_or_topic_and_its_pause_opens_a_paragraph(text, frame):
    # A piece opening on 两年来，or 活动期间，is as likely to open a paragraph
    # as one opening on a time word, whatever part of speech its first word is.
    assert frame_lead(text) is frame
    assert (opening_odds(text) == opening_odds("今年，全省新建项目80个。")) is frame


def test_a_narrower_piece_printed_into_a_cut_sentence_and_signed_under_its_title_is_its_own():
    # Column page: a report stops mid-sentence at its column's foot; a short
    # commentary set narrower is printed under it, its label, title and
    # writer after its text; then the report's sentence goes on, its own
    # title printed at its foot.
    page = page_of(
        [
            "湖南日报3月12日讯（记者 邝远航",
            "通讯员 柯蓝）连日来，安化县的",
            "茶园迎来春茶采摘高峰，来自长沙、",
            "广州、杭州等地的客商纷纷上山。",
            "县农业农村局提供的数据显示，全县",
            "现有茶园 36 万亩，今年春茶产量有",
            "望达到 2.1 万吨，产值超过 40 亿元。",
            "过去，安化茶农多是各家各户经营，",
            "茶叶品质参差不齐，价格常被茶商",
            "春茶上市的时候，总有一",
            "些地方传出“丰产不丰收”",
            "的消息：鲜叶堆在家里，茶",
            "商压价收购，茶农辛苦一季，",
            "到头来算账只赚个吆喝。",
            "问题出在哪里？说到底，还",
            "是品种老、品质杂、品牌弱。",
            "好茶叶和次茶叶混在一起卖，",
            "再好的牌子也立不起来。",
            "茶乡漫笔",
            "好茶 还得好口碑",
            "韦清扬",
            "压低。近年来，县里鼓励茶农组建",
            "专业合作社，统一技术标准、统一分",
            "级包装、统一品牌销售。目前，全县",
            "已注册茶叶专业合作社 86 个。",
            "安化黑茶抱团闯市场",
        ]
    )
    report = next(a for a in page.articles if a.dateline)
    assert report.title == "安化黑茶抱团闯市场"
    assert "价格常被茶商压低。" in "".join(report.paragraphs)
    note = next(a for a in page.articles if a.column == "茶乡漫笔")
    assert (note.title, note.byline) == ("好茶 还得好口碑", "韦清扬")
    assert note.paragraphs[0].startswith("春茶上市的时候")


def test_a_cartoons_title_read_under_a_narrow_piece_heads_the_caption_set_wider():
    # Column page: a commentary set narrow ends its last sentence; the
    # cartoon's title under it, as narrow, reads as the commentary's last
    # line until the cartoon's caption opens at another width.
    page = page_of(
        [
            "文明城市不是评出来的，而",
            "是一点一滴干出来的。一些",
            "地方迎检时突击打扫、临时",
            "摆花，检查组一走便故态复",
            "萌，这样的“创建”只会让",
            "群众反感。创建要常态化，",
            "功夫在平时。只有把群众关",
            "心的小事一件件办好，城市",
            "才会越来越文明。",
            "漫画 “临时”花坛",
            "某地迎检前一夜在路口摆满了鲜花，检查",
            "组刚走，花盆就被搬回了仓库。创建要落 ，",
            "在平常，不能只图“ 一时好看”。",
            "                        柯蓝 作",
        ]
    )
    cartoon = next(a for a in page.articles if a.paragraphs[0].startswith("某地迎检"))
    assert (cartoon.kind, cartoon.title, cartoon.byline) == (
        ArticleKind.PHOTO,
        "漫画 “临时”花坛",
        "柯蓝 作",
    )
    assert page.articles[0].paragraphs[-1].endswith("城市才会越来越文明。")


def test_a_boxs_title_under_a_reports_stack_printed_after_its_body_stays_the_boxs():
    # Column page: a dated report, its stack printed after its text, then a
    # box's title naming the notice under it (set wider) and nothing of the
    # report: the notice is no rest of the report, the title its own.
    page = page_of(
        [
            "湖南日报 4 月 8 日讯（记者 邝远航",
            "通讯员 柯蓝）今年春茶采摘季，古",
            "丈县的茶农们多了一个新帮手——",
            "直播。记者今天从古丈县商务局了解",
            "到，该县今年已培育茶叶电商经营主",
            "体 180 家，入驻各大电商平台的网店",
            "达到 260 个，预计通过网络销售古丈",
            "毛尖 800 吨，占全县总产量的两成以",
            "上。",
            "在默戎镇的一家电商服务站，十几名",
            "年轻人正在打包、贴单。站长彭丽说，",
            "她们每天要从周边茶园收购干茶 2 吨",
            "多，经过分级后通过快递销往全国各",
            "地，最远的到了新疆和黑龙江。“网上",
            "买家对茶叶的外形、香气要求高，倒逼",
            "茶农把茶园管得更精细。”",
            "为解决物流成本高的难题，古丈县引",
            "进 4 家快递企业在县城设立分拨中心，",
            "对毛尖实行统一运价，每公斤快递费",
            "用比去年降低了 1.2 元。县里还组织",
            "电商培训班 10 期，培训茶农和返乡青",
            "年 600 余人次。",
            "直播带货助力",
            "古丈毛尖“触网”销往全国",
            "2026湖南茶叶博览会下月在长举行",
            "由省农业农村厅主办的 2026 湖南茶叶博览",
            "会将于 5 月 16 日至 18 日在星城举行。博览会",
            "设产区展示、电商对接、茶艺表演等板块，",
            "全省 30 多个产茶县的 300 余家茶叶电商经",
            "营主体将携带新茶参展。欢迎各地采购商、电商平台和",
            "市民前来选购洽谈。咨询电话：0731－",
            "8888××××。",
        ]
    )
    report = next(a for a in page.articles if a.dateline)
    assert "2026湖南茶叶博览会" not in report.kicker + report.title + report.subtitle
    assert not any("博览会" in p for p in report.paragraphs)
    notice = next(a for a in page.articles if "由省农业农村厅主办" in "".join(a.paragraphs))
    assert notice.title == "2026湖南茶叶博览会下月在长举行"


def test_a_dateline_filed_from_two_places_is_the_storys_dateline():
    page = parse(
        paragraph_page(
            "全省防汛工作视频调度会召开",
            "湖南日报7月5日讯（记者 韦清扬）今天，全省防汛工作视频调度会召开，部署近期防汛抗旱工作。",
            "会议要求，各地要加强值班值守，落实巡堤查险责任。",
            "洞庭湖区联合开展汛期禁捕执法",
            "湖南日报长沙、岳阳7月5日讯（记者 邝远航 通讯员 柯蓝）今天，省农业农村厅与岳阳市"
            "联合开展洞庭湖区汛期禁捕执法行动。",
            "执法人员共出动执法船艇28艘次，清理违规网具160余套。",
        )
    )
    story = page.articles[-1]
    assert story.dateline == "湖南日报长沙、岳阳7月5日讯（记者 邝远航 通讯员 柯蓝）"
    assert story.paragraphs[0].startswith("今天，省农业农村厅")


@pytest.mark.parametrize(
    "stack",
    [
        [
            "三湘时评",
            "老旧小区改造，如何改到群众心坎上？",
            "邝远航",
        ],  # (a clause, then the question)
        ["老旧小区改造，如何改到群众心坎上？", "三湘时评", "邝远航"],  # (the label under it)
    ],
)
def test_a_commentarys_title_that_asks_is_its_title_under_or_over_its_label(stack):
    page = page_of(
        [
            "全省城市更新工作推进会召开",
            "湖南日报6月3日讯（记者 韦清扬）今天，",
            "全省城市更新工作推进会在株洲召开。会",
            "议要求，今年全省要完成老旧小区改造",
            "2800 个，惠及居民 35 万户。",
            *stack,
            "老旧小区改造是民生工程，也是民心",
            "工程。改什么、怎么改，要多听听居民",
            "的意见。一些地方改造前不问需求，改",
            "完后居民却不买账，原因就在于此。",
            "改造要问需于民、问计于民，把群众",
            "最急最盼的事情办好。",
        ]
    )
    report, commentary = page.articles
    assert report.paragraphs[-1].endswith("惠及居民35万户。")
    assert (commentary.column, commentary.title, commentary.byline) == (
        "三湘时评",
        "老旧小区改造，如何改到群众心坎上？",
        "邝远航",
    )


@pytest.mark.parametrize(
    ("tail", "piece"),
    [
        ("新建的标准厂房面积约12.5万", "平方米，可容纳企业40家"),
        ("新建的标准厂房面积约 12.5 万", "平方米，可容纳企业 40 家"),  # (spaces set round figures)
    ],
)
def test_a_figure_and_its_magnitude_cut_from_its_unit_reads_the_same_spaced_or_not(tail, piece):
    # The measure the tail names (面积) is read over the extraction's spaces.
    assert magnitude_takes_unit(tail, piece)


@pytest.mark.parametrize(
    "title", ["株洲32个片区列入今年更新计划", "株洲 32 个片区列入今年更新计划"]
)
def test_a_kicker_of_two_phrases_stays_over_a_title_spaced_round_its_figure(title):
    # The spaces the extraction sets round a figure part no phrases: the
    # title is one, so the line over it is its kicker, no column's label.
    report = Draft(kind="news")
    report.heads = [
        [Line(1 + 2 * k, text, 1, False)]
        for k, text in enumerate(["城市体检先行 更新精准发力", title])
    ]
    report.paras = [
        Para("记者从株洲市住房和城乡建设局获悉，今年株洲共有32个片区列入城市更新计划。", [9])
    ]
    assert take_labels(report, [report], 0) == []
    assert report.column == ""
    assert [line.raw for line in report.heads[0]] == ["城市体检先行 更新精准发力"]


@pytest.mark.parametrize("edge", ["┌────────┐", "━━━━━━━━━━"])
def test_a_frame_drawn_in_characters_round_a_notice_is_no_part_of_its_headline(edge):
    closing = edge.replace("┌", "└").replace("┐", "┘")
    page = page_of(
        [
            *bus_report("8月3日", "吴晓岚"),
            edge,
            "寻人启事",
            closing,
            "张某某，男，72岁，湘潭县人，8月1日上午在长沙火车站走失，身穿灰色上衣。",
            "有知情者请拨打联系电话，必有酬谢。",
        ]
    )
    notice = page.articles[-1]
    assert (notice.kicker, notice.title, notice.subtitle) == ("", "寻人启事", "")
    assert notice.paragraphs[0].startswith("张某某，男，72岁")
    # (kept apart with the page's boxes: every printed character is kept)
    assert [edge, closing] == [text for text in page.extras if text in (edge, closing)]


def test_a_figure_cut_from_its_unit_by_a_photo_goes_on_its_sentence_and_titles_no_photo():
    # (paragraph pages: …收获面积达到 / 123.6 / a photo's title, its two
    # captions (上图：… 下图：…) and group credit / 万亩，居全省首位。)
    page = page_of(
        [
            "全省油菜收获进度过七成",
            "湖南日报5月20日讯（记者 王晓林）记者从省农业农村厅获悉，截至5月19日，"
            "全省已收获油菜860万亩，占种植面积的七成以上，其中衡阳市收获面积达到",
            "123.6",
            "麦浪翻金 抢收正忙",
            "上图：5月19日，衡南县车江镇，农机手驾驶收割机收获油菜。"
            "下图：同日，农民在田间晾晒刚收下的油菜籽。",
            "以上图片均由湖南日报全媒体记者 李明 摄",
            "万亩，居全省首位。",
            "省农业农村厅有关负责人介绍，今年全省油菜长势好于上年，预计单产比上年提高5%左右，"
            "各地要抢抓晴好天气收获晾晒，确保颗粒归仓。",
            *bus_report("5月20日", "吴晓岚"),
        ]
    )
    (photo,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert (photo.kicker, photo.title) == ("", "麦浪翻金 抢收正忙")
    assert photo.paragraphs[0].startswith("上图：5月19日")
    (report,) = [a for a in page.articles if a.title == "全省油菜收获进度过七成"]
    assert report.paragraphs[0].endswith("收获面积达到123.6万亩，居全省首位。")


def test_a_verb_taking_a_quantity_takes_no_day_opening_a_sentence():
    # (…累计降雨量达到 + 今年5月以来，…: a time opens its own sentence;
    # …全年完成 + 工业投资620亿元 is the verb's object)
    assert (join_evidence("全省累计降雨量达到", "今年5月以来，我省部分地区遭受洪涝灾害") or 0) < 1
    assert join_evidence("全年完成", "工业投资620亿元，比上年多出一成") >= 1


def test_a_couplet_title_on_its_own_line_under_its_kicker_is_the_title_though_set_tight():
    # (the kicker and the couplet printed with no gap between: 某地某事见闻 /
    # 山水清了 日子好了 is kicker and title, not …见闻山水清了 / 日子好了)
    page = parse(
        "\n\n".join(
            [
                *bus_report("6月2日", "吴晓岚"),
                "平江县整治农村河塘见闻\n塘水清了 村子靓了",
                "湖南日报全媒体记者 彭晓东 通讯员 李彬",
                "初夏时节，走进平江县三市镇，一口口山塘水面清澈，塘边栽满了花木，"
                "村民在塘边散步、纳凉。",
                "去年以来，平江县投入资金1.2亿元，整治农村山塘2300口，清淤120万立方米。",
            ]
        )
        + "\n"
    )
    feature = page.articles[-1]
    assert (feature.kicker, feature.title) == ("平江县整治农村河塘见闻", "塘水清了 村子靓了")


def test_a_features_headline_printed_in_the_cut_of_the_story_above_heads_the_feature():
    # (paragraph pages: a dated story cut at …将超过 / a tight stack / 300亿斤，…,
    # then the story's paragraphs and a feature signed by its reporters whose
    # scene-setting lead names a little of what the stack names)
    page = page_of(
        [
            "全省油菜籽收购全面启动",
            "湖南日报6月4日讯（全媒体记者 段晓敏）记者今天从省粮食和物资储备局获悉，"
            "全省油菜籽收购工作已全面启动，预计今年全省收购量将超过",
            "华容县稻油轮作见闻\n一季稻谷一季油",
            "60万吨，各地已准备收购资金80亿元。",
            "今年，各地粮食部门推行预约收购，农民售粮排队时间明显缩短。",
            "湖南日报全媒体记者 肖晓畅 通讯员 谭平",
            "6月初的华容县，油菜籽已经收完，田里又灌满了水，农机手正忙着插秧。",
            "“稻油轮作，一块田一年收两季，油菜还能肥田。”种粮大户侯建军说。",
        ]
    )
    feature = next(a for a in page.articles if a.byline.startswith("湖南日报全媒体记者 肖晓畅"))
    assert squash(feature.kicker + feature.title) == "华容县稻油轮作见闻一季稻谷一季油"
    report = page.articles[0]
    assert "60万吨，各地已准备收购资金80亿元。" in report.paragraphs[0]


def test_a_title_drawn_twice_over_its_subtitle_in_one_tight_block_is_read_once():
    # (paragraph pages: title / title again / 新增…项 扩展…项, no gap between)
    page = page_of(
        [
            *bus_report("9月21日", "吴晓岚"),
            "第五批省级传统村落名录公布\n第五批省级传统村落名录公布\n新增126个 扩展名录38个",
            "湖南日报9月21日讯（记者 易晓琳）省住房和城乡建设厅日前公布第五批省级传统村落名录，"
            "全省新增传统村落126个。",
        ]
    )
    report = page.articles[-1]
    headline = squash(report.kicker + report.title + report.subtitle)
    assert headline == "第五批省级传统村落名录公布新增126个扩展名录38个"
    assert "第五批省级传统村落名录公布" in page.duplicates


def test_a_headless_dated_storys_headline_printed_last_in_the_stack_above_is_its_own():
    # (paragraph pages: kicker / title / the next story's headline, then two
    # datelines, the second's lead cut short and its rest printed among the
    # first story's pieces)
    page = page_of(
        [
            "全省中稻进入灌浆期",
            "1600万亩中稻丰收在望",
            "中秋假期临近 全省机场计划增加航班900架次",
            "湖南日报9月10日讯（全媒体记者 段小敏 通讯员 刘红）记者今天从省农业农村厅获悉，"
            "今年全省中稻种植面积约1600",
            "万亩，目前已进入灌浆期，从各地调度情况看，中稻苗情长势总体好于常年。",
            "湖南日报9月10日讯（全媒体记者 邓小琎 通讯员 欧阳军）记者今天从湖南省机场管理",
            "今年夏季，我省部分地区遭遇高温干旱，对中稻生产造成一定影响。各地及时组织抽水灌溉，"
            "全省中稻受旱面积得到有效控制。",
            "在常德市鼎城区，种粮大户欧阳",
            "集团获悉，中秋假期期间，全省各机场计划保障航班起降1.2万架次，比平时日均增加900架次，预计运送旅客",
            "150万人次，比上年多出约6%。",
            "长华正在田间查看稻穗。他今年种了900亩中稻，亩产有望超过1200斤。",
            "长沙黄花国际机场是假期出行的主力。假期期间，各航空公司新增北京、成都等热门城市的航班。",
        ]
    )
    rice, flights = page.articles[:2]
    assert (
        squash(rice.kicker + rice.title + rice.subtitle) == "全省中稻进入灌浆期1600万亩中稻丰收在望"
    )
    assert squash(flights.kicker + flights.title) == "中秋假期临近全省机场计划增加航班900架次"


@pytest.mark.parametrize("piece", ["架次，完成旅客吞吐量", "艘次，比上年多出两成", "万元；其中"])
def test_a_trips_unit_closing_a_clause_opens_on_a_unit_and_heads_nothing(piece):
    # (…保障航班起降1.5万 / … / 架次，完成旅客吞吐量 / 368万人次，…: the rest
    # of a cut sentence, however short and unstopped, is no headline)
    assert start_of(piece) == Start.UNIT
    assert not _headline_like(piece, True)


def test_on_a_page_gapped_after_every_figure_a_gap_before_a_figure_parts_two_phrases():
    # (the extraction sets a gap after each figure, 3.2 万亩, and none before:
    # …开班 40 名… is two phrases, the second opening on its figure)
    page = page_of(
        [
            *bus_report("6月8日", "吴晓岚"),
            "首期研修班在湖南师大开班 40 名非遗传承人走进大学课堂",
            "湖南日报6月8日讯（记者 易小琳）今天，首期非遗传承人研修班在湖南师范大学开班，"
            "来自全省14 个市州的40 名传承人将在这里学习30 天。",
            "研修班设置了12 门课程，安排8 次实地考察，学员结业后还将参加2 场作品展。"
            "据介绍，全省今年计划培训传承人300 名，覆盖60 个项目，投入资金500 万元。",
        ]
    )
    report = page.articles[-1]
    assert (report.kicker, report.title) == (
        "首期研修班在湖南师大开班",
        "40名非遗传承人走进大学课堂",
    )
    assert "来自全省14个市州的40名传承人" in report.paragraphs[0]


def test_a_caption_of_its_day_and_place_closed_by_a_reporters_line_after_one_space_is_a_photo():
    # (paragraph pages: a finished report, then 6月8日，某区一家企业，…。
    # 湖南日报·新湖南客户端记者 某某 报道 on one line: a picture's caption and
    # its credit, no paragraph of the report)
    caption = (
        "6月8日，浏阳市集里街道一家花炮企业，工人在生产线上赶制出口订单。"
        "今年以来，当地花炮出口额比上年多出近两成。"
    )
    page = page_of(
        [
            *bus_report("6月8日", "吴晓岚"),
            f"{caption} 湖南日报·新湖南客户端记者 刘小月 报道",
            "全省外贸企业订单稳中有增",
            "湖南日报6月8日讯（记者 肖小霏）记者今天从长沙海关获悉，前5个月全省外贸进出口稳中有增。",
        ]
    )
    (photo,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert photo.byline == "湖南日报·新湖南客户端记者 刘小月 报道"
    assert photo.paragraphs == (caption,)
    assert all("浏阳市集里街道" not in "".join(a.paragraphs) for a in stories(page))


@pytest.mark.parametrize(("text", "title"), [("订单种植面积达到", False), ("晚稻开镰", True)])
def test_a_line_stopped_on_a_verb_taking_an_amount_titles_no_photo(text, title):
    # (…看涨 / 订单种植面积达到 / 860万亩: the stack's middle line, its figure
    # under it, is no title of the photo printed near it)
    from hnreader.corpus.segment.blocks import Block
    from hnreader.corpus.segment.paragraph_pages import _photo_title

    assert _photo_title(Block([Line(40, text, 1, False)], text)) is title


def test_a_cartoons_title_quoting_its_name_over_its_caption_is_its_title():
    # (paragraph pages: 漫画 “晒单” / a caption of one sentence / the drawer's
    # credit: the title says it is a cartoon's, whatever the caption opens on)
    page = page_of(
        [
            *bus_report("3月2日", "吴晓岚"),
            "漫画 “晒单”",
            "某单位要求干部每天在工作群里晒出走访照片，有人摆拍一张就算完成了任务。",
            "                        贺小清 作",
        ]
    )
    (cartoon,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert squash(cartoon.title) == squash("漫画 “晒单”")
    assert cartoon.paragraphs[0].startswith("某单位要求干部")


def test_lines_opening_on_the_figure_a_lead_stops_before_head_no_story():
    # Paragraph page: a lead cut before its figure (…累计出动抢修人员), the
    # rest printed as two short lines (4200余人、抢修车辆 / 980台，截至…，已恢复)
    # under it: the cut sentence's rest, no headline of a story.
    page = parse(
        paragraph_page(
            "供电部门连夜抢修受损线路",
            "湖南日报6月22日讯（记者 罗清）记者从市供电公司获悉，本轮强降雨导致"
            "部分线路跳闸，供电公司累计出动抢修人员",
            "1200余人、抢修车辆",
            "300台，截至今天18时，已恢复",
            "6.2万户居民供电，恢复率达到95%。",
            "针对汛期特点，运维人员对沿江沿河的变电站开展特巡特护，重点排查杆塔基础"
            "冲刷、树障等隐患，并在低洼小区预置应急发电车12台。",
            "在桃源县，暴雨冲倒一基杆塔，抢修队员蹚水架线，六个小时后恢复送电。",
        )
    )
    (story,) = [a for a in page.articles if a.paragraphs]
    assert story.title == "供电部门连夜抢修受损线路"
    assert "抢修人员1200余人、抢修车辆300台" in "".join(story.paragraphs)


@pytest.mark.parametrize("count", ["58处", " 58 处"])
def test_a_headline_closed_on_a_count_in_a_cut_heads_the_dated_story_under_it(count):
    # Paragraph page: a report's headline (…整治涵闸58处) printed in the cut
    # of the story above, over its dateline; a paragraph elsewhere opens on
    # 在…, and 处 + 在 read as a word (处在) by chance: no cut paragraph's rest.
    page = parse(
        paragraph_page(
            "全市防汛调度会商定汛期重点",
            "湖南日报5月12日讯（记者 谷川）今天，全市防汛调度会商定汛期重点。会议要求，"
            "对不能正常运行的水库一律空库",
            "沅水干堤完成汛前加固 新建加固堤防86公里，整治涵闸" + count,
            "湖南日报5月12日讯（记者 罗清）记者今天从市水利局获悉，沅水干堤汛前加固工程全面完工。",
            "运行。要做好抢险队伍、物资的预置，确保拉得出、用得上。",
            "在辰溪县施工现场，新筑的堤坡平整坚实，草皮已经返青。",
        )
    )
    levee = next(a for a in page.articles if "加固工程全面完工" in "".join(a.paragraphs))
    assert (levee.title, levee.subtitle) == (
        "沅水干堤完成汛前加固",
        "新建加固堤防86公里，整治涵闸58处",
    )


def test_a_year_shared_with_the_report_above_ties_no_notice_to_it(monkeypatch):
    # Paragraph page: a dated report naming 2017年 over a notice's title that
    # opens on the same year (2017年征兵报名开始): the year is no topic, the
    # title heads the notice under it. (pass test: the line opens a story)
    from hnreader.corpus.segment import paragraph_pages as P

    opens = []
    untitled_start = P._untitled_start

    def recorded(blocks, i, opened):
        started = untitled_start(blocks, i, opened)
        if blocks[i].text.startswith("2017年征兵"):
            opens.append(started)
        return started

    monkeypatch.setattr(P, "_untitled_start", recorded)
    page = parse(
        paragraph_page(
            "全省中职学生技能大赛闭幕",
            "湖南日报6月5日讯（记者 左清）2017年全省中职学生技能大赛今天在株洲闭幕，"
            "来自各市州的900多名选手参加了焊接、数控、护理等32个项目的比赛。",
            "省教育厅有关负责人表示，技能大赛是检验职业教育教学质量的重要平台，"
            "今年大赛新增了无人机操控、电子商务运营等项目，贴近产业需求。",
            "近年来，我省职业教育与产业结合越来越紧密，中职学校的专业大多对接本地支柱产业。",
            "2017年征兵报名开始",
            "根据征兵命令，2017年征兵工作即将开始，征集对象以高校毕业生为主，"
            "应征青年可登录全国征兵网报名，报名截止时间为8月5日。",
            "湖南省征兵办公室",
        )
    )
    assert opens and opens[0]
    notice = next(a for a in page.articles if "全国征兵网" in "".join(a.paragraphs))
    assert notice.title == "2017年征兵报名开始"
    contest = next(a for a in page.articles if "技能大赛" in a.title)
    assert "征兵" not in "".join(contest.paragraphs)


def test_a_couplet_set_on_two_lines_under_a_kicker_in_a_tight_block_is_the_title():
    # Paragraph page: kicker and a two-line couplet title printed tight
    # (…见闻 / 溪水绕村清如许 / 茶园满坡绿生金): the couplet is the title.
    page = parse(
        paragraph_page(
            "\n".join(["古丈县生态茶园见闻", "溪水绕村清如许", "茶园满坡绿生金"]),
            "湖南日报记者 苗青 通讯员 谷雨",
            "4月的古丈县，漫山茶园一片新绿。在默戎镇的茶园里，采茶工人正忙着采摘春茶。",
            "村里的茶叶合作社今年新建了一条加工线，鲜叶当天采摘当天加工。",
        )
    )
    (story,) = page.articles
    assert (story.kicker, squash(story.title)) == (
        "古丈县生态茶园见闻",
        "溪水绕村清如许茶园满坡绿生金",
    )


def test_a_line_closed_on_its_event_over_a_statement_in_a_tight_block_is_the_kicker():
    # A printed piece's lines (a tight block): 某节开幕 / what came of it are
    # two parts, the event the kicker; a wrapped line (…文化旅游 / 节庆活动开幕)
    # and who attended (… / 某某出席) stay one piece with the line above.
    from types import SimpleNamespace

    from hnreader.corpus.segment.page import _handed_over

    def pieces(*raws):
        return _handed_over([SimpleNamespace(raw=r) for r in raws])

    assert pieces("第三届湘菜美食节开幕", "80家老字号同台“比拼”") == [
        ["第三届湘菜美食节开幕"],
        ["80家老字号同台“比拼”"],
    ]
    assert len(pieces("第三届全省文化旅游", "节庆活动开幕")) == 1
    assert len(pieces("全省秋粮收购工作推进会召开", "某某出席")) == 1


def test_a_title_right_over_a_named_commentator_keeps_its_commentary():
    # The commentary sums up the page's reports, so a report's kicker bunched
    # after its text shares more of its words than its own title does; the
    # title printed over 湖南日报全媒体评论员 某某 is still the commentary's.
    page = read_set_page("dev_vz", "012")
    commentary = next(a for a in page.articles if "评论员" in a.byline)
    assert commentary.column == "新湘评"
    assert commentary.title.startswith("外贸")


def test_a_photo_storys_title_and_lead_take_the_group_of_captions_under_them():
    # Title / a lead with no dateline / captions / the group's credit: one
    # photo item, not a story with no photo and captions on their own.
    page = page_of(
        [
            " 春到东江湖 白鹭翩翩",
            "3月以来，资兴市东江湖库区气温回升，湖面水雾缭绕，成群白鹭在湖湾栖",
            "息觅食。当地护林员近日在小东江、兜率岛等水域观测到白鹭、苍鹭等水鸟",
            "600余只，比去年同期多出两成。",
            "3月20日，资兴市小东江，白鹭掠过雾气缭绕的湖面。",
            "3月20日，东江湖兜率岛附近，护林员在观测水鸟。",
            "以上图片均由 湖南日报全媒体记者 谭雨生 摄",
            "湖南日报 3月 21日讯（全媒体记者 邹娴",
            "通讯员 周体新）记者今天从省林业局获",
            "悉，今年全省计划完成人工造林 60万亩，",
            "封山育林 120万亩，各地春季植树造林",
            "进度已过三成。",
            "省林业局负责人介绍，今年将重点在湘",
            "江、资江沿岸推进生态廊道建设，并组织",
            "各地开展义务植树活动，引导市民群众",
            "就近参与绿化造林。",
        ]
    )
    photo = page.articles[0]
    assert (photo.kind, photo.title) == (ArticleKind.PHOTO, "春到东江湖 白鹭翩翩")
    assert photo.byline.endswith("谭雨生 摄")
    assert [p[:5] for p in photo.paragraphs] == ["3月以来，", "3月20日", "3月20日"]


def test_a_title_over_its_column_label_and_writer_keeps_its_commentary():
    # 标题 / 湘江观察 / 某某 / text: the title closes its stack over the
    # commentary though the column's label stands between; a report's title
    # printed after its text elsewhere, sharing the commentary's first words,
    # does not take it.
    page = read_set_page("dev_up", "006")
    commentary = next(a for a in page.articles if a.kind == ArticleKind.COMMENTARY)
    assert commentary.title.startswith("新能源发展")


@pytest.mark.parametrize(
    ("printed", "kept"),
    [
        # (a two-character name spread to three's width keeps its spaces
        # apart from its role and its credit's verb)
        ("湖南日报·新湖南客户端记者 谭　杰 报道", "湖南日报·新湖南客户端记者 谭杰 报道"),
        ("（记者 向　阳 通讯员 龙　飞）", "（记者 向阳 通讯员 龙飞）"),
        ("柳　絮 摄", "柳絮 摄"),
        # (a justified line's characters are no name)
        ("湖 南 日 报 记者 王亮", "湖南日报记者 王亮"),
    ],
)
def test_a_spread_two_character_name_stays_a_name(printed, kept):
    assert squeeze_names(printed) == kept


def test_a_byline_broken_after_its_role_over_a_spread_name_heads_the_story_under_it():
    # …记者 / 谭  杰 报道 under a dated story's last line, over a stack: the
    # reporters' line of the feature under it, which the dated story's
    # reporters (named in its dateline) do not sign.
    page = page_of(
        [
            "衡阳启动春季农民工专场招聘",
            "湖南日报 3 月 20日讯（记者 龙　飞",
            "通讯员 陈　芳）今天，衡阳市春季农",
            "民工专场招聘会在市人才市场举办，",
            "120家企业提供岗位4600个。",
            "市人社局负责人介绍，今年将组织",
            "各类招聘活动60场以上，帮助返乡",
            "农民工就近就业。",
            "湖南日报·新湖南客户端记者",
            "谭　杰 报道",
            "走进湘南承接产业转移示范区",
            "家门口的工厂留住了年轻人",
            "“以前过完年就要去广东，现在在",
            "家门口上班，每个月能拿五千多。”",
            "3月中旬，在常宁市一家电子厂的",
            "车间里，28岁的刘春燕一边忙着",
            "组装零件，一边和记者聊了起来。",
            "常宁市人社局负责人介绍，全市已",
            "引进电子信息企业30多家，吸纳",
            "本地就业1.2万人。",
        ]
    )
    feature = next(a for a in page.articles if a.title == "家门口的工厂留住了年轻人")
    assert feature.byline == "湖南日报·新湖南客户端记者 谭杰 报道"
    report = next(a for a in page.articles if a.title.startswith("衡阳启动"))
    assert not report.byline


def test_a_headline_line_closing_a_quotation_left_open_above_is_the_same_title():
    from hnreader.corpus.segment.column_headlines import read_zone

    # …当起“小巷 / 总理”: the quotation opened on the line above closes on the
    # short line under it, though its words are in no story (a standing
    # label's shape); the next line is another stack's.
    zone = Zone(
        [
            Line(5, "株洲推行“社区合伙人”制度", 1, False),
            Line(7, "300名楼栋长当起“小巷", 1, False),
            Line(9, "总理”", 1, False),
            Line(11, "湘潭启动老旧小区加装电梯", 1, False),
        ],
        0,
        1,
    )
    parts = read_zone(zone, lambda text: text.strip() == "总理”")
    assert [p.text for p in parts][1:3] == ["300名楼栋长当起“小巷总理”", "湘潭启动老旧小区加装电梯"]


def test_a_special_pages_name_and_its_sponsors_named_by_their_parts_are_a_box():
    # 某某专版 / 主办：某局 承办：某部: the page's furniture, not a kicker.
    lines = [
        Line(1, "油茶产业专版", 1, False),
        Line(3, "主办：湖南省林业局 承办：湖南日报社经济部", 1, False),
        Line(5, "全省油茶产业发展综述", 1, False),
    ]
    kept, boxes = take_boxes(lines)
    assert [line.no for line in kept] == [5]
    assert boxes == ["油茶产业专版主办：湖南省林业局 承办：湖南日报社经济部"]


@pytest.mark.parametrize(
    ("units", "kicker"),
    [
        (["全省油茶产业发展综述", "油茶“吐金”", "山乡“飘香”"], "全省油茶产业发展综述"),
        (["湘江保护治理述评", "一江碧水向北流"], "湘江保护治理述评"),
    ],
)
def test_a_line_closed_on_its_genre_is_a_whole_kicker(units, kicker):
    assert split_roles(units, True).kicker == kicker


def test_a_subtitle_of_clauses_spanning_columns_stays_in_its_stack():
    # A line wider than any column, stopped on a pause (…新增床位3000张，),
    # under a title: the subtitle's first line, no paragraph's.
    page = page_of(
        [
            "全省卫生健康工作推进会举行",
            "推动优质医疗资源扩容下沉",
            "会议提出今年新建改扩建县级医院和乡镇卫生院80所、新增床位3000张，",
            "推动县域医共体建设和基层首诊制度全面落实",
            "湖南日报 1 月14日讯（全媒体记者 周",
            "阳 通讯员 谭冰）全省卫生健康工作会",
            "议今天在株洲开幕，回顾去年全省卫生",
            "健康工作，部署今年重点任务。",
            "会议提出，今年全省将新建改扩建县",
            "级医院和乡镇卫生院80所，新增床位",
            "3000张，推进县域医共体建设。",
        ]
    )
    report = page.articles[0]
    assert report.title == "推动优质医疗资源扩容下沉"
    assert report.subtitle.startswith("会议提出今年新建改扩建")
    assert report.subtitle.endswith("全面落实")


def test_a_caption_of_two_sentences_set_apart_runs_from_its_day_to_its_credit():
    # Title / 4 月 18 日，… / …水带。 / the second sentence set apart / …疏散。 /
    # the credit: one photo, not a story above taking its lines.
    page = page_of(
        [
            "我省开展农村道路交通安全整治",
            "湖南日报 4月19日讯（记者 晏子平）记",
            "者今天从省公安厅获悉，即日起至9月",
            "底，全省将开展农村道路交通安全集中",
            "整治，重点查处面包车超员等违法行为。",
            "株洲光伏组件首次批量出口欧洲",
            "桃花源景区开展消防演练",
            "4 月 18 日，常德市消防支队在桃花源",
            "景区开展古建筑灭火救援演练，消防",
            "员正在铺设水带。",
            "演练模拟景区木结构建筑起火，消",
            "防员利用景区内的消防水池和手抬机动",
            "泵快速出水， 20 分钟内完成了灭火和人",
            "员疏散。",
            "                                       记者 龙晓岚 摄",
        ]
    )
    photo = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert photo.title == "桃花源景区开展消防演练"
    assert photo.byline == "记者 龙晓岚 摄"
    assert photo.paragraphs[0].startswith("4月18日") and "演练模拟" in "".join(photo.paragraphs)
    report = page.articles[0]
    assert report.paragraphs[-1].endswith("违法行为。")


def test_a_caption_whose_last_line_spans_columns_runs_from_its_day_past_its_first_sentence():
    # 11月7日，… / …扫码。 / …36期， / a last line wider than any column / the
    # credit: the caption is all of them, not a story's text under its title.
    page = page_of(
        [
            "永州开通农村客运“预约班车”",
            "湖南日报 11 月8日讯(全媒体记者 蒋剑平 通",
            "讯员 唐晖)永州市在偏远乡村开通农村客运",
            "“预约班车”，村民提前一天电话预约。",
            "“以前到镇上要走一个多小时山路，现",
            "在打个电话车子就来了。”道县一位村民说。",
            "老年课堂",
            "11月7日，株洲市芦淞区一社区老年大学，",
            "老人们在学习使用智能手机扫码。",
            "该社区今年已开设智能技术培训课程36期，",
            "帮助1200多名老人跨越“数字鸿沟”，学会网上挂号和视频通话。",
            "                    湖南日报全媒体记者 李健 摄",
        ]
    )
    photo = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert photo.title == "老年课堂"
    assert photo.paragraphs[0].startswith("11月7日") and photo.paragraphs[-1].endswith("视频通话。")


def test_a_cut_paragraph_printed_twice_stays_where_its_rest_follows():
    # (paragraph pages: …则下降 / another story / 1.6%，… / a third story /
    # …则下降 again: the rest comes after the first copy, so the first copy is
    # where the paragraph was cut, whatever follows the second)
    cut = "从行业看，化工、建材等行业用水量增速放缓，其中高耗水行业用水量则下降"
    page = page_of(
        [
            "前三季度全市用水总量平稳",
            "湖南日报10月18日讯（记者 陶一苇）市水利局今天发布的数据显示，前三季度全市用水总量同比基本持平。",
            cut,
            "城区新建口袋公园36个",
            "湖南日报10月18日讯（记者 林小禾）今年以来，城区利用边角地新建口袋公园36个，居民出门多了休闲去处。",
            "1.6%，节水型社会建设成效初显。",
            "乡镇卫生院全部接入远程会诊",
            "湖南日报10月18日讯（记者 苗青）记者从市卫健委获悉，全市乡镇卫生院已全部接入远程会诊平台。",
            "据介绍，今年以来远程会诊已开展3200多例，群众在家门口就能看上专家号。",
            cut,
            "秋季森林防火进入关键期",
            "湖南日报10月18日讯（记者 罗山）记者从市林业局获悉，秋季森林防火进入关键期，各地加强巡山护林。",
        ]
    )
    water = next(a for a in stories(page) if a.title == "前三季度全市用水总量平稳")
    parks = next(a for a in stories(page) if a.title == "城区新建口袋公园36个")
    assert any(p.endswith("则下降1.6%，节水型社会建设成效初显。") for p in water.paragraphs)
    assert not any("1.6%" in p for p in parks.paragraphs)


def test_a_dated_reports_headline_after_another_whole_story_heads_its_rest():
    # (paragraph pages: 湖南日报…讯 a lead with no headline, a paragraph / another
    # story, headed and dated / the report's stack, two lines / the report's
    # rest, opening on 在沅水，…: read as a paragraph that stack ran into)
    page = read_set_page("dev_ut", "002")
    report = next(a for a in page.articles if "水运建设完成投资28.3亿元" in "".join(a.paragraphs))
    stack = (report.kicker or "") + (report.title or "") + (report.subtitle or "")
    assert stack.startswith("全省水运建设前8个月完成投资28亿元")
    assert not any("千吨级航道里程今年" in p for p in report.paragraphs)


def test_two_signed_stacks_over_and_under_one_body_cut_it_where_their_words_change():
    # (column pages: a signed stack over a body that is two pieces run
    # together, the second's stack and writer printed under it: a stack
    # right over a body heads all of it only when the other has no writer)
    page = read_set_page("dev_ya", "001")
    conduct = next(a for a in page.articles if "窗口工作人员" in "".join(a.paragraphs))
    spots = next(a for a in page.articles if "玻璃栈道" in "".join(a.paragraphs))
    assert conduct is not spots
    assert (spots.title, spots.byline) == ("给“网红”景点多一些冷思考", "龙玉玲")
    assert conduct.byline == "陈楚耕"


def test_a_features_stack_printed_inside_its_text_heads_the_text_on_both_sides():
    # (column pages: the writers' line opening a feature / its first section /
    # its stack, where the columns broke / the rest: one feature, as a dated
    # report's stack printed inside its text makes one report)
    page = read_set_page("dev_ut", "009")
    port = next(a for a in page.articles if "胡信松" in (a.byline or ""))
    text = "".join(port.paragraphs)
    assert "初秋的岳阳城陵矶港" in text and "港口还开通了水铁联运班列" in text
    assert "一港通江海" in (port.kicker or "") + (port.title or "")


def test_a_features_headline_printed_inside_its_text_under_its_writers_line_heads_it():
    # (column pages: a feature opened by its writers' line, no headline over
    # it, its headline printed inside a sentence of its text, as a dated
    # report's may be: …开始了一天的 / 护林员陈大山的巡山路 / 巡山。…)
    page = parse(
        column_page(
            "湖南日报全媒体记者 龚秋实\n通讯员 黎小溪",
            "清晨六点，桃源县护林员陈大山背上\n水壶和砍刀，沿着山脊开始了一天的\n"
            "护林员陈大山的巡山路\n巡山。这条巡山路，他走了十八年，\n山里的每一道岭他都熟悉。",
            "今年以来，全县共发生森林火情 3 起，\n比去年同期下降四成，火情均在当天\n"
            "扑灭，没有造成人员伤亡。",
            "天黑下山时，他在巡山日志上写下一\n行字：今日无火情。",
        )
    )
    (feature,) = stories(page)
    assert feature.title == "护林员陈大山的巡山路"
    assert "开始了一天的巡山。" in feature.paragraphs[0]


def test_a_signed_title_after_two_run_together_pieces_cuts_off_the_text_it_names():
    # (column pages: label / title / writer over a commentary whose title
    # says little its text does, a second commentary run on after it with
    # nothing between, its title, label and writer printed under it: the
    # second takes the text that names every word of its title; the first
    # writer's name printed tight under its title, as the page sets it)
    page = parse(
        "湘水新语\n\n老街改造要守住市井烟火\n罗清源\n\n"
        + column_page(
            "这两年，不少城市启动老街改造，青\n石板路重新铺过，老房子修旧如旧，\n街巷面貌焕然一新。",
            "但也有些地方把老住户迁走，引进清\n一色的连锁店，老街成了只能拍照的\n布景。改造老街，要留住住在这里的\n人和他们的日子。",
            "入冬以来，一些小区的燃气热水器使\n用频繁，燃气泄漏的隐患随之增加，\n安全检查一刻也不容松懈。",
            "燃气企业要上门开展安全检查，物业\n和社区要提醒居民定期更换老化的燃\n气软管，这根弦时刻都要绷紧。",
            "燃气安全检查不容松懈",
            "湘水新语",
            "田晓禾",
        )
    )
    street = next(a for a in page.articles if "青石板路" in "".join(a.paragraphs))
    gas = next(a for a in page.articles if "燃气软管" in "".join(a.paragraphs))
    assert street is not gas
    assert (street.title, street.byline) == ("老街改造要守住市井烟火", "罗清源")
    assert (gas.title, gas.byline) == ("燃气安全检查不容松懈", "田晓禾")
    assert not any("燃气" in p for p in street.paragraphs)


def test_a_reports_stack_printed_after_its_text_goes_back_whole_and_a_photos_first_line_heads_the_next():
    # (paragraph pages: a dated report printed with no headline, its stack
    # of two lines right under its text, over the next report's dateline;
    # that report's own title printed after its text, over a photo's title
    # and caption)
    page = page_of(
        [
            "湘江沿线新建一批亲水步道",
            "湖南日报6月3日讯（全媒体记者 钟小岚）记者今天从省住房城乡建设厅获悉，今年湘江沿线"
            "城市将新建亲水步道120公里，串联沿江公园和历史街区。",
            "据介绍，新建步道将同步配建照明、座椅和饮水点，方便市民夜间散步。",
            "湖南日报6月3日讯（全媒体记者 罗小川）今天，全省林下经济现场推进会在怀化召开。会议提出，"
            "今年全省林下经济产值力争突破1200亿元，带动山区农户增收。",
            "会议要求，各地要因地制宜发展林下种植、林下养殖和森林康养，培育一批林下经济示范基地。",
            "全省林下经济现场推进会召开",
            "今年林下经济产值力争突破1200亿元",
            "湖南日报6月3日讯（全媒体记者 周小雨）近日，“书香进万家”活动在衡阳市启动，流动书车将"
            "开进全市300个社区和村庄，为群众送去新书5万册。",
            "衡阳市文化旅游广电体育局负责人介绍，活动将持续到年底，每月举办读书分享会。",
            "书香进万家活动走进衡阳社区",
            "社区里的“流动书车”",
            "6月2日，衡阳市石鼓区一个小区里，居民在流动书车前挑选图书。",
            "湖南日报全媒体记者 王小明 摄",
        ]
    )
    forest = next(a for a in page.articles if "林下种植" in "".join(a.paragraphs))
    books = next(a for a in page.articles if "读书分享会" in "".join(a.paragraphs))
    photo = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert squash(forest.kicker + forest.title + forest.subtitle) == (
        "全省林下经济现场推进会召开今年林下经济产值力争突破1200亿元"
    )
    assert (books.kicker, books.title) == ("", "书香进万家活动走进衡阳社区")
    assert (photo.kicker, photo.title) == ("", "社区里的“流动书车”")


def test_a_commentarys_kind_set_tight_under_its_title_is_its_label():
    # (column pages: a commentary's title printed after its text, the word
    # naming its kind set tight under it; no title wraps on such a word)
    page = parse(
        column_page(
            "一些地方的农村公路建成通车后，\n养护却跟不上，路面坑洼无人修，\n路边杂草无人管。",
            "公路建好是第一步，管好养好才能\n长久受益。要把养护经费列入预算，\n让每条路都有人管。",
        )
        + "\n农村公路建好了更要养护好\n短评\n\n"
        + column_page(
            "湘水时议",
            "让夜市亮起来也要管起来",
            "钟小禾",
            "入夏以来，各地夜市人气旺盛，也\n带来噪音、油烟和占道等问题。",
            "夜市管理要疏堵结合，划定经营区\n域，做好保洁，让烟火气与秩序并存。",
        )
    )
    road = next(a for a in page.articles if "养护经费" in "".join(a.paragraphs))
    assert (road.title, road.column) == ("农村公路建好了更要养护好", "短评")


def test_a_notice_title_under_a_title_printed_after_its_storys_text_opens_the_notice():
    # (paragraph pages: …finished text / that story's title / 关于…的通告 /
    # the notice's text, on a page whose feature runs in sections: the
    # notice is an item of its own, never a crosshead of that feature)
    page = read_set_page("dev_uz", "002")
    notice = next(a for a in page.articles if "特此通告。" in a.paragraphs)
    assert notice.title == "关于实行洞庭湖禁渔期制度的通告"
    assert not any("通告" in head for a in page.articles for head in a.subheads)


def test_a_features_later_crosshead_of_two_phrases_stays_a_crosshead():
    # (paragraph pages: a feature opened by its writers' line, its first
    # crosshead of two phrases parted by a comma; a later one built unlike
    # it, over text that talks of its craft, is its next section's)
    page = read_set_page("dev_uz", "004")
    feature = next(a for a in page.articles if "柯文秀" in (a.subtitle or ""))
    assert any("雪夜狸猫" in p for p in feature.paragraphs)
    assert not any("劈丝" in a.title for a in page.articles)


def test_a_tight_stack_of_label_kicker_title_and_dash_led_subtitle_comes_apart():
    # (paragraph pages: the four lines printed with no blank between, over
    # the writers' line: a column's label, kicker, title and subtitle)
    page = parse(
        "全省冬修水利完成投资过半\n\n"
        "湖南日报12月3日讯（记者 罗小川）记者从省水利厅获悉，入冬以来全省水利建设已完成投资"
        "过半，新修加固堤防310公里。\n\n"
        "三湘工匠\n一把锉刀磨了四十年\n手上有茧，心中有尺\n——记钳工技师刘长河\n\n"
        "湖南日报记者 钟小岚\n\n"
        "清晨七点，株洲一家机车企业的车间里，62岁的刘长河已经站在了工位前。\n\n"
        "四十年来，他用一把锉刀加工过上万个零件，误差从未超过两根头发丝。\n"
    )
    feature = next(a for a in page.articles if "锉刀" in "".join(a.paragraphs))
    assert (feature.column, feature.kicker, feature.title, feature.subtitle) == (
        "三湘工匠",
        "一把锉刀磨了四十年",
        "手上有茧，心中有尺",
        "——记钳工技师刘长河",
    )


def test_a_full_name_under_a_column_label_signs_that_labels_piece():
    # (column pages: a signed piece's title, column label and writer printed
    # after its text, the next piece's label right under the name)
    page = parse(
        column_page(
            "县域是城乡融合的重要切入点。要把\n县城作为产业和人口的承载地，补齐\n公共服务的短板。",
            "要让农民在县城安居乐业，就要在\n住房、教育、医疗上多下功夫，让\n进城的人留得住。",
            "（作者单位：湖南师范大学）",
            "以县城建设",
            "推进城乡融合发展",
            "潇湘论坛",
            "邬家明",
            "街坊议事",
            "楼道里的杂物该清了",
            "韦小舟",
            "一些老旧小区的楼道里堆满纸箱、\n旧家具，一旦起火，后果不堪设想。",
            "清理杂物，既要物业上门提醒，也\n要居民自觉配合，守住安全通道。",
        )
    )
    county = next(a for a in page.articles if "切入点" in "".join(a.paragraphs))
    assert (county.column, county.title, county.byline) == (
        "潇湘论坛",
        "以县城建设推进城乡融合发展",
        "邬家明",
    )
    hall = next(a for a in page.articles if "楼道里堆满" in "".join(a.paragraphs))
    assert (hall.column, hall.title, hall.byline) == ("街坊议事", "楼道里的杂物该清了", "韦小舟")


def test_a_headline_figure_broken_between_its_digits_stays_one_title():
    # (column pages: a title over its dated report, its figure broken
    # between two lines, the last digit and the unit alone under it)
    page = read_set_page("dev_tb", "008")
    titles = [a.title for a in page.articles]
    assert "湖南社保卡持卡人数突破6000万" in titles
    assert not any(t.startswith("0万") for t in titles)


def test_an_editorials_first_paragraphs_printed_over_its_title_are_its_own():
    # (paragraph pages: the page opens on untitled text; the editorial's
    # title and writer are set across its columns after its first paragraphs)
    page = parse(
        "\n\n".join(
            [
                "乡村要振兴，产业是根基。全省各地要立足资源禀赋，发展特色种养和农产品加工，让乡村产业链条更长、农民腰包更鼓。",
                "发展乡村产业，要用好科技这个关键变量。要推广良种良法，建设一批农业科技示范基地，让农技专家常驻田间地头。",
                "让乡村产业兴旺起来 二论做好乡村振兴这篇大文章",
                "本报评论员",
                "发展乡村产业，要用好改革这个关键一招。要深化农村集体产权制度改革，盘活闲置农房和宅基地，让资源变资产。",
                "发展乡村产业，还要用好人才这个第一资源。要吸引返乡青年创业，培养一批懂技术、善经营的新型职业农民。",
                "湘江时评",
                "公园里的健身器材要常修",
                "彭小川",
                "不少市民反映，一些公园里的健身器材坏了没人修，有的锈迹斑斑，有的缺了零件，老人孩子用起来提心吊胆。",
                "器材装上只是第一步，管好修好才是长久之计。管理部门要建立巡查台账，发现损坏及时维修。",
            ]
        )
        + "\n"
    )
    editorial = next(a for a in page.articles if a.byline == "本报评论员")
    assert editorial.paragraphs[0].startswith("乡村要振兴，产业是根基。")
    assert len(editorial.paragraphs) == 4
    assert not any(
        a.paragraphs[0].startswith("乡村要振兴") for a in page.articles if a is not editorial
    )


def test_a_dateline_cut_inside_its_writers_parenthesis_joins_its_rest():
    # (paragraph pages: two stories alternating in pieces; the second's
    # dateline cut after its first writer, printed inside the first story,
    # its rest opening the text under its title: 通讯员 某某 某某）今天，…)
    page = read_set_page("dev_td", "009")
    story = next(a for a in page.articles if a.title == "宁乡年产10万吨正极材料项目投产")
    assert squash(story.dateline) == "湖南日报4月12日讯(全媒体记者易海通讯员陈璐周成)"
    assert story.paragraphs[0].startswith("今天，位于宁乡经开区")


def test_a_clause_cut_by_its_jump_marker_is_text_never_a_title():
    # (column pages: a front-page story's last line, a clause cut short by
    # ▷（下转2版）, a guide box and the next story's title under it: the
    # clause stays its story's text, the title alone)
    page = read_set_page("dev_td", "005")
    titles = [a.title for a in page.articles]
    assert "中欧班列（长沙）开年首月发运56列" in titles
    front = next(a for a in page.articles if a.continued)
    assert front.paragraphs[-1].endswith("要落实好职业院校生均拨款制度，")


def test_a_two_line_headline_drawn_twice_is_one_title():
    # (column pages: a title set on two lines and drawn twice for a bold
    # effect, under a photo's credit and over its report's dateline)
    page = read_set_page("dev_td", "005")
    story = next(a for a in page.articles if "周建国" in a.dateline)
    assert (story.kicker, story.title) == ("", "全省稻虾田开展春季管护")
    assert not any(a.title == "全省稻虾田开展春季" for a in page.articles)


@pytest.mark.parametrize(
    "page",
    [
        column_page(
            "湖南日报2月20日讯（记者 周小川",
            "通讯员 彭小青）雨水过后，气温回升，洞",
            "庭湖区各地的稻虾田陆续开展春季管护。",
        ),
        "\n\n".join(
            [
                "全省冬季农田水利建设全面铺开",
                "湖南日报11月20日讯（全媒体记者 周小川",
                "各地共开工水利项目1800多个。",
                "通讯员 彭小青）记者今天从省水利厅获悉，全省冬季农田水利建设已全面铺开。",
            ]
        )
        + "\n",
    ],
)
def test_a_dateline_broken_before_a_role_keeps_the_space_before_it(page):
    # (the reporters' parenthesis broken after a name, its rest opening on
    # the next role: 某某 / 通讯员 某某）; the reader shows 某某 通讯员 某某)
    dated = next(a for a in parse(page).articles if a.dateline)
    assert "周小川 通讯员 彭小青）" in dated.dateline


@pytest.mark.parametrize(
    "digest",
    [
        (
            "今日导读",
            "第 2 版 长沙港：从“内河码头”到“开放门",
            "户”",
            "第 3版 茶园里的新年新气象",
            "第 4版 评论：让就业服务更有温度",
        ),
        (
            "今日导读",
            "第 2 版：全省公路养护现场会举行；第 3",
            "版 ：浏 阳 花 炮 产 业 成 长 记 ；第 5 版 ：社",
            "区里的“一老一小”；第 7 版：年货",
            "节里的年味；第 8版：湘江边的渔家新",
            "生活。",
        ),
    ],
)
def test_a_front_pages_digest_naming_its_pages_first_is_page_furniture(digest):
    # (the digest's entries, each page named before its title, or run on
    # in one paragraph; a title's last characters wrapped alone)
    page = parse(
        column_page(
            COLUMN_REPORT,
            *digest,
            "全省新开通农村客运班线120条",
            "湖南日报2月20日讯（记者 秦小禾）今",
            "年以来，全省新开通农村客运班线一百",
            "二十条，通达所有建制村。",
        )
    )
    text = "".join(
        (a.kicker or "") + a.title + (a.subtitle or "") + "".join(a.paragraphs)
        for a in page.articles
    )
    assert "版" not in squash(text)
    bus = next(a for a in page.articles if "客运班线一百" in "".join(a.paragraphs))
    assert (bus.kicker, bus.title) == ("", "全省新开通农村客运班线120条")


def test_a_writers_name_under_the_column_label_under_a_title_is_the_byline():
    # (paragraph pages: title / column label / the writer's bare name, of a
    # surname no list holds, then the text: byline and column, no label)
    page = parse(
        "\n\n".join(
            [
                "公交站台能否多装遮阳棚",
                "读者来信",
                "长沙读者 何小川",
                "盛夏时节，不少公交站台没有遮阳棚，市民只能顶着烈日候车，盼望公交公司尽快加装。",
                "村里的路灯要常亮",
                "潇湘时评",
                "蹇晓岚",
                "前不久，笔者回乡发现，村道两旁新装的路灯大多不亮，一问才知，电费没人交，坏了也没人修。",
                "路灯装上只是第一步，管好用好才是长久之计。乡镇要明确管护责任，把电费和维修经费列入预算。",
            ]
        )
        + "\n"
    )
    piece = next(a for a in page.articles if "路灯大多不亮" in "".join(a.paragraphs))
    assert (piece.title, piece.column, piece.byline) == ("村里的路灯要常亮", "潇湘时评", "蹇晓岚")


def test_a_short_first_line_under_a_byline_running_a_word_on_is_text():
    # (column pages: a commentary's first text line, short, cut inside a
    # word that the next line of clauses finishes: no headline line)
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湘江时论",
            "让农村客运“开得通”更“留得住”",
            "湖南日报全媒体评论员",
            "今年客运班线增",
            "加120条，通达所有建制村。客运班",
            "线开通了，还要让村民坐得上、坐",
            "得起、坐得舒心。",
        )
    )
    piece = next(a for a in page.articles if a.column == "湘江时论")
    assert piece.title == "让农村客运“开得通”更“留得住”"
    assert piece.paragraphs[0].startswith("今年客运班线增加120条")


def test_a_briefs_label_over_day_led_items_holds_them_all():
    # (paragraph pages: a story, then 要闻简报 and items each opening on
    # their day, no title and no credit: one piece under the label)
    page = parse(
        "\n\n".join(
            [
                "全省春耕备耕全面展开",
                "湖南日报3月30日讯（记者 秦小禾）记者今天从省农业农村厅获悉，全省春耕备耕已全面展开，早稻集中育秧面积比去年扩大一成。",
                "省农业农村厅负责人表示，将组织农技人员下乡，帮助农户解决育秧和病虫害防治中的难题。",
                "要闻简报",
                "3月30日，省人大法制委员会开会研究本年度立法计划。",
                "3月30日，省林业局部署清明前后森林防火工作。",
                "3月29日至30日，全省职业教育工作现场推进会在岳阳召开。",
            ]
        )
        + "\n"
    )
    briefs = next(a for a in page.articles if a.column == "要闻简报")
    assert len(briefs.paragraphs) == 3
    assert str(briefs.kind) == "other"
    spring = next(a for a in page.articles if a.title == "全省春耕备耕全面展开")
    assert len(spring.paragraphs) == 2


def test_a_listing_of_what_is_to_come_titles_its_own_notice():
    # (paragraph pages: 演出预告 after a signed piece's finished text, its
    # one paragraph under it: a notice of its own, never the piece's)
    page = parse(
        "\n\n".join(
            [
                "让老戏台重新热闹起来",
                "湖南日报记者 龙小溪",
                "在不少湖南乡村，老戏台曾是村里最热闹的地方，逢年过节，十里八乡的乡亲们都赶来看戏。",
                "守护好乡村的戏台，就是守护乡村的文化根脉。各地应把老戏台纳入保护规划，让锣鼓声重新响起。",
                "停电预告",
                "因线路检修，长沙县黄兴镇部分区域定于11月2日8时至18时停电，请用户提前做好准备。",
            ]
        )
        + "\n"
    )
    notice = next(a for a in page.articles if a.title == "停电预告")
    assert notice.paragraphs[0].startswith("因线路检修")
    stage = next(a for a in page.articles if a.title == "让老戏台重新热闹起来")
    assert not any("停电" in p for p in stage.paragraphs)


def test_a_short_line_over_a_notices_title_is_a_headline_never_its_text():
    # (column pages: briefs under their label, the second's title printed
    # after its text, then a notice's title set wider over the notice:
    # neither line joins a paragraph, and the notice is an item of its own)
    page = parse(
        column_page(
            COLUMN_REPORT,
            "教育快讯",
            "长沙新建10所公办幼儿园",
            "记者从长沙市教育局获悉，今年",
            "全市新建10所公办幼儿园，新增学",
            "位3600个，秋季开学全部投用。",
            "入秋以来，全省各地中小学校",
            "结合开学第一课，组织学生走进",
            "消防站和应急科普馆，学习火场",
            "逃生和急救知识。",
            "全省中小学开展消防安全教育",
            "湖南省2024年秋季普通话水平测试公告",
            "经研究，我省2024年秋季普通话水平测试",
            "定于10月19日举行，考生须在规定时间内",
            "登录报名系统进行网上报名。",
            "湖南省普通话培训测试中心",
            "2024年9月20日",
        )
    )
    notice = next(a for a in page.articles if a.title.endswith("测试公告"))
    assert notice.paragraphs[0].startswith("经研究")
    assert not any("公告" in p for a in page.articles for p in a.paragraphs)
    assert not any("消防安全教育" in p for a in page.articles for p in a.paragraphs)


def test_briefs_each_printed_before_its_title_are_items_of_their_own():
    # (a read set's column page: under a briefs' label, a brief under its
    # title, then two each followed by their titles: the second's title
    # tells the text above it, not the text under it, so it titles that
    # brief, never a crosshead of the third)
    page = read_set_page("dev_yd", "009")
    briefs = [a for a in page.articles if a.column == "校园简讯"]
    assert len(briefs) == 3
    assert all(len(a.paragraphs) == 1 and not a.subheads for a in briefs)
    books = next(a for a in briefs if a.title.endswith("书房”"))
    assert "书房" in books.paragraphs[0]
    swim = next(a for a in briefs if a.title.endswith("安全教育"))
    assert "防溺水" in swim.paragraphs[0]


@pytest.mark.parametrize(
    "strip",
    [
        ("湖南日报 2019年5月16日 星期四", "农业"),
        ("湖南日报", "2019年5月16日 星期四", "农业"),
        ("湖南日报", "2019年5月", "16 星期四", "农业"),
    ],
)
def test_an_inner_pages_strip_with_the_papers_name_is_furniture(strip):
    # (paragraph pages: the paper's name and the date, on one line or two,
    # over the page's section: the header strip, never a headline or a name)
    page = parse(
        "\n\n".join(
            [
                *strip,
                "油菜花开引客来",
                "湖南日报5月15日讯（记者 舒小宁）记者今天从省农业农村厅获悉，今年全省油菜种植面积达到"
                "1950万亩，油菜花期吸引游客超过800万人次。",
                "省农业农村厅负责人表示，将推动油菜产业与乡村旅游深度融合，让花海变成致富田。",
            ]
        )
        + "\n"
    )
    assert [a.title for a in page.articles] == ["油菜花开引客来"]
    assert not page.articles[0].kicker


def test_a_bracketed_pointer_to_another_page_closes_the_text_above():
    # (column pages: a commentary's text, its pointer to the report on the
    # front page, then its title and column printed after it: the pointer
    # is the text's last line, never a kicker, and the next piece's text
    # under the label stays apart)
    page = parse(
        column_page(
            COLUMN_REPORT,
            "老字号是一座城市的记忆。",
            "让老字号搭上电商快车，既能",
            "守住老手艺，也能打开新市场，",
            "各地不妨多搭台、多牵线。",
            "（相关报道见今日 2 版）",
            "让老字号搭上“电商快车”",
            "三湘时评",
            "入冬以来，一些城市的老旧",
            "小区出现供暖不足的问题，居",
            "民反映强烈。供暖关乎冷暖，",
            "相关部门应尽快排查整改。",
        )
    )
    shop = next(a for a in page.articles if a.title == "让老字号搭上“电商快车”")
    assert not shop.kicker
    assert "相关报道" in shop.paragraphs[-1]
    assert not any("供暖" in p for p in shop.paragraphs)


def test_a_stack_under_a_sentence_stopped_on_a_bound_keeps_its_first_line():
    # (column pages: a story's text stops on 不少于, its figure printed
    # elsewhere, then its own stack and the next story's title over that
    # story's dateline: the stack's first line is its kicker, no text of
    # the sentence, and no campaign's banner either, since the story tells
    # its shorter words: 国庆 and 演出)
    page = parse(
        column_page(
            "湖南日报10月8日讯（记者 龙小溪）国庆",
            "期间，衡阳市花鼓戏剧院在城乡共演出",
            "20场，吸引观众超过1万名。",
            "剧院负责人介绍，今年计划演出200",
            "场，其中进乡村的公益演出不少于",
            "国庆假期文艺演出红火",
            "衡阳花鼓戏下乡演出场场爆满",
            "7天演出20场 观众超过1万名",
            "全省群众文艺汇演在长沙开幕",
            "湖南日报10月8日讯（记者 舒小宁）今",
            "天，全省群众文艺汇演在长沙开幕，来",
            "自14个市州的30个节目将同台竞演。",
        )
    )
    drama = next(a for a in page.articles if "花鼓戏剧院" in "".join(a.paragraphs))
    assert (drama.kicker, drama.title) == ("国庆假期文艺演出红火", "衡阳花鼓戏下乡演出场场爆满")
    assert not any("红火" in p for p in drama.paragraphs)


def test_a_section_named_atop_the_page_and_a_notice_over_its_salutation():
    # (a read set's column page: the page's section, 经济, alone on its
    # first line is the header's, never a headline; a notice's title set
    # wider than the column over whom it addresses, 各有关单位：, titles it)
    page = read_set_page("dev_vx", "013")
    assert not any(a.title == "经济" for a in page.articles)
    notice = next(a for a in page.articles if a.title.endswith("的通知"))
    assert notice.paragraphs[0].startswith("各有关单位")


def test_a_section_named_alone_over_the_first_stack_is_the_pages():
    # (column pages: 文旅 alone on the page's first line, over the first
    # story's title: the header's word, never the story's kicker)
    page = parse(
        column_page(
            "文旅",
            "长沙新开三条夜游线路",
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "记者今天从长沙市文化旅游广电局获",
            "悉，该市新开三条夜游线路，串起",
            "湘江两岸的夜市和演艺场所。",
        )
    )
    story = page.articles[0]
    assert (story.kicker, story.title) == ("", "长沙新开三条夜游线路")
    assert "文旅" in page.extras


def test_a_kicker_alone_over_a_title_after_its_dated_text_is_the_kicker():
    # The report's stack printed after its text, over a photo's caption: its
    # first line, a label's shape, is the kicker, not a box.
    page = parse(
        column_page(
            COLUMN_BODY,
            "点水成金",
            "全省水利建设现场推进会在益阳召开",
            "5月8日，益阳市资阳区，施工人员在堤防加固工地上作业。",
            "通讯员 何小青 摄",
            "堤上春忙",
            "长沙新开通3条公交微循环线路",
            "湖南日报5月9日讯（记者 宋立）今天起，",
            "长沙新开通3条公交微循环线路，方便",
            "周边居民就近换乘地铁。",
        )
    )
    report = next(a for a in page.articles if "水利建设" in a.body)
    assert (report.kicker, report.title) == ("点水成金", "全省水利建设现场推进会在益阳召开")
    assert "点水成金" not in page.extras


#: A dated report's text, its headline printed elsewhere, one paragraph a line.
BOOKS_REPORT = (
    "湖南日报3月5日讯(全媒体记者 钟南)记者今天从省文化和旅游厅获悉,"
    "全省将新建乡村书屋一千二百家,每家配送图书不少于两千册。",
    "据介绍,新建书屋将优先布局在偏远山区和易地搬迁安置点,书屋图书每年更新一次。",
)


def test_a_short_line_over_the_title_of_the_report_above_is_its_kicker():
    # Paragraph page: a report printed without its headline, then the stacks
    # of two reports bunched (kicker / its title / the next report's title).
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            *BOOKS_REPORT,
            "书香满三湘",
            "全省将新建乡村书屋一千二百家",
            *bus_report("3月5日", "宋立"),
        )
    )
    books = next(a for a in page.articles if "书屋" in a.body)
    assert (books.kicker, books.title) == ("书香满三湘", "全省将新建乡村书屋一千二百家")
    bus = next(a for a in page.articles if "公交" in a.body)
    assert (bus.kicker, bus.title) == ("", "长沙新开通3条公交微循环线路")


def test_two_reports_alternating_on_a_column_page_each_keep_their_own_rest():
    # The first cut before its figure (…收入达到) over the second's stack; the
    # first's rest (its figure first), then the second's rest, printed after.
    page = read_set_page("dev_tl", "009")
    village = next(a for a in page.articles if a.title == "村集体“钱袋子”鼓起来了")
    toilets = next(a for a in page.articles if "厕所革命" in a.title)
    assert "收入达到68万元" in village.body and "村党支部书记" in village.body
    assert "服务区" not in village.body
    assert "省高速公路集团负责人介绍" in toilets.body and "货车司机" in toilets.body


def test_a_reporters_name_broken_after_its_surname_joins_the_dateline():
    # …记者 童 / 晓岚 / 通讯员 某某）: the name's rest alone on a line, the
    # parenthesis closed on the line under it.
    page = parse(
        column_page(
            "全省新建乡村书屋一千二百家",
            "湖南日报5月9日讯（全媒体记者 童",
            "晓岚",
            "通讯员 何立）记者从省文化和旅游厅获",
            "悉，全省将新建乡村书屋一千二百家，",
            "每家配送图书不少于两千册。",
        )
    )
    (story,) = stories(page)
    assert story.dateline == "湖南日报5月9日讯（全媒体记者 童晓岚 通讯员 何立）"
    assert story.body.startswith("记者从省文化和旅游厅获悉")


@pytest.mark.parametrize("over", ["湖南日报", "湖南日报教育科技周刊"])
def test_a_paper_or_weeklys_name_over_a_whole_dateline_is_not_read_into_it(over):
    page = parse(
        paragraph_page(
            over,
            "全省新建乡村书屋一千二百家",
            *BOOKS_REPORT,
            *bus_report("3月5日", "宋立"),
        )
    )
    books = next(a for a in page.articles if "书屋" in a.body)
    assert books.dateline == "湖南日报3月5日讯（全媒体记者 钟南）"
    assert (books.kicker, books.title) == ("", "全省新建乡村书屋一千二百家")


def test_a_column_name_the_page_prints_over_several_pieces_is_no_cut_paragraph():
    # One paragraph a line: 湘论 / title / text, the writer signing at the
    # end; elsewhere on the page a piece opens on a character that would
    # complete a word with the name's last: the name is the column's.
    page = read_set_page("dev_tp", "010")
    piece = next(a for a in page.articles if "小而美" in a.title)
    assert (piece.column, piece.title) == ("湘论", "县城商业要找准“小而美”的定位")
    assert piece.paragraphs[0].startswith("这几年")


def test_a_title_of_two_questions_over_its_dash_led_subtitle_heads_the_interview():
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "农村公路怎么养？钱从哪里来？",
            "——省交通运输厅负责人就我省农村公路管理养护答记者问",
            "湖南日报3月5日讯(全媒体记者 柯文)近日,省交通运输厅印发农村公路管理养护实施方案。"
            "记者就此采访了省交通运输厅负责人。",
            "问:我省农村公路的总体情况如何?",
            "答:全省农村公路总里程超过20万公里,基本实现了具备条件的建制村通硬化路。",
        )
    )
    interview = next(a for a in page.articles if "答记者问" in a.subtitle)
    assert interview.title == "农村公路怎么养？钱从哪里来？"
    assert not any("钱从哪里来" in p for a in page.articles for p in a.paragraphs)


def test_a_kicker_closed_on_a_dash_under_writers_heads_their_feature():
    # Title after the dated report, the feature's writers under it, then the
    # feature's kicker (closed on its dash, a comma in it) and title.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "湖南日报全媒体记者 秦岭 通讯员 谷雨",
            "山间古道，步步皆景——",
            "茶马古道上的“守路人”",
            "清晨的山路上雾气未散，老周背着竹\n"
            "篓，沿着石阶一级级往上走，把被雨水\n"
            "冲歪的石板重新摆正。他守这段古道，\n"
            "已经整整二十年了。",
        )
    )
    report, feature = stories(page)
    assert report.title == "全省水利建设现场推进会召开"
    assert (feature.kicker, feature.title) == ("山间古道，步步皆景——", "茶马古道上的“守路人”")
    assert feature.byline == "湖南日报全媒体记者 秦岭 通讯员 谷雨"
    assert feature.paragraphs[0].startswith("清晨的山路上")


def test_a_title_printed_over_the_rest_of_a_cut_lead_heads_the_dated_report():
    # One paragraph a line: a dated report's lead cut after its first words,
    # a feature's paragraphs (crossheads among them) printed in the cut, then
    # the report's title right over the lead's rest.
    page = parse(
        paragraph_page(
            "从“山区小县”到“物流节点”——",
            "一条铁路连起“山”与“海”",
            "湖南日报记者 钟南",
            "清晨,怀化西站货场,一列满载集装箱的海铁联运班列缓缓驶出,将在两天后抵达钦州港。",
            "从“一周一列”到“一天一列”",
            "2017年,这条线路开行首年仅发运班列12列。如今,班列开行量已大幅增加。",
            "湖南日报3月12日讯(记者 桂山 通讯员 胡波)记者从省供销合作总社获悉,"
            "今年1至2月,全省库存化肥",
            "班列的快速发展,离不开货源组织和服务创新。企业只需一个电话,就能把货物从工厂运到港口。",
            "从“有去无回”到“满载而归”",
            "运营平台负责人感慨地说:“5年前,很多人不相信山区也能开出班列;现在,货物正一列列走向世界。”",
            "全省化肥储备供应充足",
            "160万吨,比上年多出12%,能够满足春耕生产需要。",
            "据介绍,今年全省化肥储备较去年增加一成,各地供销社已提前调运到村。",
        )
    )
    feature, report = stories(page)
    assert feature.paragraphs[-1].startswith("运营平台负责人")
    assert report.title == "全省化肥储备供应充足"
    assert report.paragraphs[0].endswith(
        "全省库存化肥160万吨，比上年多出12%，能够满足春耕生产需要。"
    )


@pytest.mark.parametrize("label", ["三湘评说", "街坊议事", "微言"])
def test_an_opinion_columns_title_as_wide_as_its_text_is_no_first_line(label):
    # 评说, 议事, 微言 name opinion columns: the unmarked phrase under the
    # label, near the narrow column's width, is the piece's title.
    report, piece = opinion_piece(
        label,
        "让乡村书屋真正热闹起来",
        "一个村一间书屋，如今已\n"
        "不是稀罕事。可走进一些书\n"
        "屋，书架上落满了灰，门口\n"
        "的锁也生了锈，让人惋惜。",
    )
    assert report.title == "全省水利建设现场推进会召开"
    assert (piece.column, piece.title) == (label, "让乡村书屋真正热闹起来")
    assert piece.paragraphs[0].startswith("一个村一间书屋")


def test_headlines_bunched_over_a_title_drawn_twice_on_its_line_are_a_stack():
    # Two dated reports printed before their titles, the titles bunched over
    # a commentary's title drawn twice on one line, over its narrow column.
    page = parse(
        column_page(
            COLUMN_BODY,
            "湖南日报5月9日讯（全媒体记者 秦岭）\n"
            "记者今天从省教育厅获悉，今年全省城\n"
            "区将新增公办幼儿园学位三万个，着力\n"
            "缓解入园难问题，方便家长就近送托。\n"
            "据了解，新增学位主要集中在城区人口\n"
            "增长较快的地区，今年秋季投入使用。",
            "全省水利建设现场推进会",
            "洞庭湖区堤防加固提速",
            "城区新增公办幼儿园学位3万个",
            "桥头集市的烟火气桥头集市的烟火气",
            "周末清早，桥头集市早已\n"
            "人声鼎沸，卖菜的、卖早\n"
            "点的吆喝声此起彼伏，好\n"
            "不热闹。集市虽小，却连\n"
            "着千家万户的菜篮子。",
            "湖南日报评论员",
        )
    )
    water, schools, market = stories(page)
    assert (water.kicker, water.title) == ("全省水利建设现场推进会", "洞庭湖区堤防加固提速")
    assert schools.title == "城区新增公办幼儿园学位3万个"
    assert (market.title, market.byline) == ("桥头集市的烟火气", "湖南日报评论员")
    assert market.paragraphs[0].startswith("周末清早")


def test_a_title_between_an_untitled_caption_and_a_dateline_heads_the_dated_report():
    # A photo title's length, but none of the caption's words and most of
    # the lead's under the dateline right under it: the report's title.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "5月8日，桃源县一处茶园，茶农在采摘夏茶。当地今年新扩茶园三千亩。 记者 向阳 摄",
            "油菜机收率提高到六成",
            "湖南日报5月9日讯（记者 秦岭）",
            "记者从省农机局了解到，今年全省油\n"
            "菜机收面积达到九百万亩，机收率提\n"
            "高到六成，比去年高出五成。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert "机收" not in photo.title
    report = next(a for a in page.articles if "机收" in a.body)
    assert report.title == "油菜机收率提高到六成"


def test_a_list_of_prizes_under_its_title_is_one_item_an_entry_a_paragraph():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "全省少儿书画大赛获奖作品名单",
            "一等奖",
            "国画《山村晨雾》（邵阳",
            "市）",
            "书法《春江花月夜》（岳阳市）",
            "二等奖",
            "版画《渔家乐》（常德市）",
            "剪纸《百鸟朝凤》（湘西州）",
            "城区新增公办幼儿园学位三万个",
            "湖南日报5月9日讯（全媒体记者 秦岭）\n"
            "记者今天从省教育厅获悉，今年全省城\n"
            "区将新增公办幼儿园学位三万个。",
        )
    )
    prizes = next(a for a in page.articles if "名单" in a.title)
    assert list(prizes.paragraphs) == [
        "一等奖",
        "国画《山村晨雾》（邵阳市）",
        "书法《春江花月夜》（岳阳市）",
        "二等奖",
        "版画《渔家乐》（常德市）",
        "剪纸《百鸟朝凤》（湘西州）",
    ]
    schools = next(a for a in page.articles if "幼儿园" in a.body)
    assert schools.title == "城区新增公办幼儿园学位三万个"


@pytest.mark.parametrize("order", ["（以姓氏笔画为序）", "(排名不分先后)"])
def test_how_a_list_is_ordered_opens_the_list_not_its_headline(order):
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "全省优秀乡村教师名单",
            order,
            "王春林(新化县)",
            "李秀云(桑植县)",
            "周海波(江华县)",
        )
    )
    teachers = next(a for a in page.articles if "名单" in a.title)
    assert (teachers.kicker, teachers.title, teachers.subtitle) == ("", "全省优秀乡村教师名单", "")
    assert teachers.paragraphs[0] == tidy_marks(order)
    assert teachers.paragraphs[1] == "王春林（新化县）"


def test_a_columns_name_set_after_the_title_on_its_line_is_the_column():
    # A commentary printed before its stack: title and column's name on one
    # line, apart, then the writer.
    page = parse(
        column_page(
            "周末带孩子去公园，看到不少老人在\n"
            "空地上打太极、跳广场舞，其乐融融。\n"
            "健身的快乐，其实就藏在身边的一块\n"
            "空地里，关键是让空地真正用起来。",
            "让家门口的空地用起来 三湘时评",
            "钱多多",
            TITLED_COLUMN_REPORT,
        )
    )
    piece = next(a for a in page.articles if "空地" in a.body)
    assert (piece.column, piece.kicker, piece.title) == ("三湘时评", "", "让家门口的空地用起来")
    assert piece.byline == "钱多多"


def test_a_line_of_clauses_printed_twice_under_a_crosshead_is_the_sections_text():
    # A signed essay in sections: the crosshead, then the section's first
    # line printed twice by the extraction, its sentence going on under it.
    page = parse(
        column_page(
            "周末带孩子去公园，看到不少老人在\n空地上打太极、跳广场舞，其乐融融。",
            "让家门口的空地用起来",
            "钱多多",
            "理论周刊",
            "以乡村书屋建设\n丰富农民精神生活",
            "李建华 唐晓玲",
            "乡村书屋是农民身边的图书馆。\n"
            "我省乡村人口多、地域广，农民读书需\n"
            "求旺盛。办好乡村书屋，打通农村文化\n"
            "服务的“堵点” ，对于丰富农民精神生\n"
            "活具有重要意义。",
            "补齐乡村书屋管理短板",
            "与城市相比，乡村书屋管理相对薄",
            "与城市相比，乡村书屋管理相对薄",
            "弱，一些书屋图书陈旧、开放时间不固\n"
            "定，村民借书不方便。办好乡村书屋，\n"
            "应以县城为中心、乡镇为重点配好管理\n"
            "员，定期更新图书。",
        )
    )
    _note, essay = stories(page)
    assert essay.title == "以乡村书屋建设丰富农民精神生活"
    assert "与城市相比，乡村书屋管理相对薄弱，一些书屋图书陈旧" in essay.body


def test_a_title_of_clauses_drawn_twice_over_its_dash_led_subtitle_is_the_title():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "百年老街，旧貌换新颜",
            "百年老街，旧貌换新颜",
            "——探访常德河街",
            "湖南日报全媒体记者 秦岭",
            "清晨的河街，青石板路上还带着露水，\n早点铺子里已经飘出米粉的香味。",
        )
    )
    street = next(a for a in page.articles if "河街" in a.body)
    assert (street.title, street.subtitle) == ("百年老街，旧貌换新颜", "——探访常德河街")


CALL_FOR_ESSAYS = (
    "征稿启事",
    "为展示乡村振兴新面貌，本报副刊即日\n"
    "起开展“我家门前的路”主题征稿活动。\n"
    "征稿内容：讲述您与家门前道路之间的\n"
    "故事，散文、随笔均可，字数在1500字\n"
    "以内。来稿请注明作者真实姓名和联系\n"
    "电话。",
    "湖南日报副刊部",
)


def test_a_notices_title_heads_the_text_under_it_whatever_words_they_share():
    # The call's title shares few words with its text; a report about
    # another call for entries and a prompt of the section follow.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            *CALL_FOR_ESSAYS,
            "全省青年摄影作品展开始征稿",
            "湖南日报5月9日讯（记者 秦岭）记者\n"
            "今天从省摄影家协会获悉，全省青年摄\n"
            "影作品展开始征稿，截稿日期为8月31日。",
            "副刊投稿请登录湖南日报官网",
        )
    )
    call = next(a for a in page.articles if "我家门前的路" in a.body)
    assert call.title == "征稿启事"


def test_a_sections_prompt_to_send_in_pieces_is_a_box():
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            *CALL_FOR_ESSAYS,
            "副刊投稿请登录湖南日报官网",
        )
    )
    assert "副刊投稿请登录湖南日报官网" in page.extras
    assert not any("投稿" in a.kicker + a.title for a in page.articles)


def test_the_papers_desk_under_a_notices_text_is_its_last_line():
    # 湖南日报副刊部 reads like a byline; under the finished text of a call
    # it closes the call, over the next report's stack.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            *CALL_FOR_ESSAYS,
            "湘绣与苏绣携手办展",
            "两地绣品同台亮相省博物院",
            "湖南日报5月9日讯（记者 秦岭）今天，\n"
            "两地刺绣精品联展在省博物院开幕，\n"
            "展出湘绣、苏绣精品一百二十件。",
        )
    )
    call = next(a for a in page.articles if a.title == "征稿启事")
    assert call.paragraphs[-1] == "湖南日报副刊部"
    show = next(a for a in page.articles if "刺绣" in a.body)
    assert (show.kicker, show.title) == ("湘绣与苏绣携手办展", "两地绣品同台亮相省博物院")
    assert show.byline == ""


def test_a_series_name_with_its_instalments_circled_number_stays_in_the_stack():
    # 某某行 / 某某行① / title / writers / 编者按 naming the series: the circled
    # number is no figure cut from its unit.
    page = read_set_page("dev_tr", "007")
    first = page.articles[0]
    assert first.column == "乡村教育振兴行"
    assert first.kicker + first.title == "乡村教育振兴行①大山里的“新学校”"


def test_a_reports_text_printed_again_above_its_dateline_is_the_duplicate():
    # One paragraph a line: the report's paragraphs printed once without
    # the dateline, then its title, then the whole report with it.
    body = [
        "记者从省文化和旅游厅获悉,今年全省新建乡村书屋一千二百家,每家配送图书不少于两千册。",
        "据介绍,新建书屋将优先布局在偏远山区和易地搬迁安置点,书屋图书每年更新一次。",
    ]
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            *body,
            "全省新建乡村书屋一千二百家",
            "湖南日报3月5日讯(全媒体记者 钟南)" + body[0],
            body[1],
        )
    )
    books = next(a for a in page.articles if "书屋" in a.title)
    assert books.dateline == "湖南日报3月5日讯（全媒体记者 钟南）"
    assert [p[:6] for p in books.paragraphs] == ["记者从省文化", "据介绍，新建"]
    assert len(page.duplicates) == 2


def test_two_reports_stacks_bunched_at_the_pages_top_each_head_their_report():
    page = parse(
        column_page(
            "乡村书屋建设迈上新台阶",
            "全省乡村书屋超过四万家",
            "农家书屋图书更新提速",
            "全省书屋年更新图书稳定在三百万册以上",
            "湖南日报1月14日讯（全媒体记者 钱多多）\n"
            "记者今天从省委宣传部获悉，截至去年\n"
            "底，全省乡村书屋已超过四万家，其中\n"
            "数字书屋一万二千家。",
            "湖南日报1月14日讯（全媒体记者 孙一）\n"
            "记者今天从全省农家书屋工作会上获悉，\n"
            "去年全省书屋更新图书三百一十万册，\n"
            "年更新图书量连续三年稳定在三百万册以上。",
        )
    )
    first, second = stories(page)
    assert (first.kicker, first.title) == ("乡村书屋建设迈上新台阶", "全省乡村书屋超过四万家")
    assert (
        second.kicker + second.title == "农家书屋图书更新提速全省书屋年更新图书稳定在三百万册以上"
    )


#: A commentary's text on a column page: the first of two signed pieces run together.
MARKET_TEXT = (
    "每逢农历三、六、九，镇上的\n"
    "集市就热闹起来，十里八乡的\n"
    "村民挑着山货赶来，街面上人\n"
    "挤人。\n"
    "人多了，安全就不能马虎。摊\n"
    "位占道、电线乱拉、液化气罐\n"
    "随处摆放，都是隐患。\n"
    "管好集市，要划好摊位线，留\n"
    "出消防通道，让赶集的人走得\n"
    "顺、买得安心。"
)
#: ...and the second, whose title, label and writer are printed after it.
DUTIES_TEXT = (
    "一些基层干部反映，各类检查\n"
    "考核名目繁多，表格一填就是\n"
    "半天，埋头干事的工夫不多。\n"
    "给干部松绑，不是让干部少干\n"
    "事，而是把精力用到刀刃上。\n"
    "减负之后，更要看担当、看作\n"
    "为，让干部有更多时间走村入\n"
    "户、解决难题。"
)


def two_signed_pieces(first_title: str, second_title: str, *after: str):
    """A column page: a label and ``first_title`` on one line, its writer,
    its text run on into the next piece's text, then ``second_title``, its
    label and writer, then ``after``. The page, and its stories by title."""
    page = parse(
        column_page(
            f"街谈快评 {first_title}",
            "龙小溪",
            MARKET_TEXT,
            DUTIES_TEXT,
            second_title,
            "湘江时评",
            "彭远山",
            *after,
        )
    )
    return page, {a.title: a for a in stories(page)}


def test_a_title_stopping_on_a_word_that_wants_more_over_a_label_and_a_writer_is_a_title():
    # …贵在有作为 stops on 为, as running text cut by the page does; over a
    # column's label and a writer's name it is the next piece's title.
    _page, by_title = two_signed_pieces("赶集也要讲安全", "考核松了绑，更要有作为")
    assert set(by_title) == {"赶集也要讲安全", "考核松了绑，更要有作为"}
    second = by_title["考核松了绑，更要有作为"]
    assert (second.column, second.byline) == ("湘江时评", "彭远山")
    assert second.paragraphs[0].startswith("一些基层干部")
    assert by_title["赶集也要讲安全"].byline == "龙小溪"


def test_two_signed_pieces_run_together_are_cut_whatever_few_words_the_first_title_shares():
    # The first title names its text by two of its five words (the label's
    # among them): signed over the text, with another title, label and
    # writer after it, the body is two pieces.
    _page, by_title = two_signed_pieces("集市的热闹要守住", "减负更要看担当")
    assert set(by_title) == {"集市的热闹要守住", "减负更要看担当"}
    assert by_title["集市的热闹要守住"].paragraphs[-1].endswith("买得安心。")
    assert by_title["减负更要看担当"].paragraphs[0].startswith("一些基层干部")
    assert by_title["减负更要看担当"].byline == "彭远山"


def test_a_writer_over_a_cartoons_words_signs_the_stack_above_not_the_cartoon():
    page, by_title = two_signed_pieces(
        "赶集也要讲安全",
        "减负更要看担当",
        "漫画：一位干部坐在堆成山的表格后面，窗外",
        "的村民等着他去解决难题。",
        "                 左晓川 作",
        "“表格山”",
    )
    assert by_title["减负更要看担当"].byline == "彭远山"
    (drawing,) = [a for a in page.articles if a.kind == ArticleKind.PHOTO]
    assert (drawing.title, drawing.byline) == ("“表格山”", "左晓川 作")


def test_a_name_on_a_titles_line_that_labels_another_piece_is_a_column():
    # 乡邻说事 is no known column word, but the page labels a second piece with it.
    page = parse(
        column_page(
            "乡邻说事 赶集也要讲安全",
            "龙小溪",
            MARKET_TEXT,
            "乡邻说事",
            "减负更要看担当",
            "彭远山",
            DUTIES_TEXT,
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert by_title["赶集也要讲安全"].column == "乡邻说事"
    assert by_title["减负更要看担当"].column == "乡邻说事"


def test_a_list_of_villages_under_its_title_is_one_item_an_entry_a_paragraph():
    # Column page: a list's title, its entries a line each (one's last
    # character wrapped alone), a note in brackets, then the next report.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "全省美丽乡村示范村名单（部分）",
            "长沙县开慧镇葛家山村",
            "湘潭县花石镇石门村",
            "平江县三市镇仙江村",
            "湘西自治州凤凰县麻冲乡竹山",
            "村",
            "永州市江永县兰溪瑶族乡兰溪",
            "村",
            "汝城县文明瑶族乡沙洲村",
            "（排名不分先后）",
            "长沙新开通3条公交微循环线路",
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "今天起，长沙新开通3条公交微循",
            "环线路，方便周边居民换乘地铁。",
        )
    )
    (item,) = [a for a in page.articles if a.title == "全省美丽乡村示范村名单（部分）"]
    assert list(item.paragraphs) == [
        "长沙县开慧镇葛家山村",
        "湘潭县花石镇石门村",
        "平江县三市镇仙江村",
        "湘西自治州凤凰县麻冲乡竹山村",
        "永州市江永县兰溪瑶族乡兰溪村",
        "汝城县文明瑶族乡沙洲村",
        "（排名不分先后）",
    ]
    (bus,) = [a for a in page.articles if a.title == "长沙新开通3条公交微循环线路"]
    assert list(bus.paragraphs) == ["今天起，长沙新开通3条公交微循环线路，方便周边居民换乘地铁。"]


def test_a_title_after_the_text_over_its_writer_and_then_its_label_cuts_off_its_piece():
    # title / writer / label, the other order of two_signed_pieces' stack;
    # the first piece closes on its writer's note, a paragraph of its own.
    page = parse(
        column_page(
            "街谈快评 集市的热闹要守住",
            "龙小溪",
            MARKET_TEXT,
            "（作者单位：湖南农业大学）",
            DUTIES_TEXT,
            "减负更要看担当",
            "彭远山",
            "湘江时评",
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert set(by_title) == {"集市的热闹要守住", "减负更要看担当"}
    assert by_title["集市的热闹要守住"].paragraphs[-2:] == (
        "管好集市，要划好摊位线，留出消防通道，让赶集的人走得顺、买得安心。",
        "（作者单位：湖南农业大学）",
    )
    second = by_title["减负更要看担当"]
    assert (second.column, second.byline) == ("湘江时评", "彭远山")
    assert second.paragraphs[0].startswith("一些基层干部")


def test_a_reports_kicker_and_title_after_its_text_over_a_notices_title_head_the_report():
    # text / kicker / title / a notice's title / its text: the two lines of
    # no clause between the finished text and the notice are the report's.
    page = parse(
        column_page(
            COLUMN_BODY,
            "确保江河安全度汛",
            "我省加快洞庭湖区堤防建设",
            "益阳市河道采砂许可证拍卖公告",
            "根据《湖南省河道采砂管理办法》，",
            "经研究，决定对资江益阳段两个可采",
            "区的河道采砂许可证进行公开拍卖。",
            "竞买人须具备独立法人资格，于6月",
            "10日前到市水利局报名。",
        )
    )
    report, notice = page.articles
    assert (report.kicker, report.title) == ("确保江河安全度汛", "我省加快洞庭湖区堤防建设")
    assert report.paragraphs[-1].endswith("重点推进洞庭湖区堤防建设。")
    assert notice.title == "益阳市河道采砂许可证拍卖公告"
    assert notice.paragraphs[0].startswith("根据《湖南省河道采砂管理办法》")


def test_a_list_of_prizes_and_winners_on_a_paragraph_page_is_one_item():
    # Paragraph page: a report, then a list's title, each prize over its
    # winners (works with whose they are, people by name), then a report.
    page = page_of(
        [
            *bus_report("5月9日", "易小川"),
            "第三届全省曲艺大赛获奖名单",
            "一等奖",
            "《山歌对唱》（常德市曲艺团）",
            "《渡口》（岳阳市群众艺术馆）",
            "优秀表演奖",
            "向晓玲",
            "罗春生",
            "优秀创作奖",
            "龚一舟",
            *bus_report("5月10日", "龙小川"),
        ]
    )
    (prizes,) = [a for a in page.articles if a.title == "第三届全省曲艺大赛获奖名单"]
    assert prizes.kind == ArticleKind.OTHER and prizes.byline == ""
    assert list(prizes.paragraphs) == [
        "一等奖",
        "《山歌对唱》（常德市曲艺团）",
        "《渡口》（岳阳市群众艺术馆）",
        "优秀表演奖",
        "向晓玲",
        "罗春生",
        "优秀创作奖",
        "龚一舟",
    ]


def test_a_letter_asking_on_two_lines_and_its_reply_under_where_to_write():
    # Column page: the letters' label, a question cut over two lines over the
    # salutation, the letter and its signature, where to write (来信请寄： /
    # the desk, a box), then a reply under its label, naming the 读者来信.
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "读者来信",
            "镇上的公交车能不能",
            "多开几班？",
            "编辑同志：",
            "我家住在桃源县漳江镇，每天去县",
            "城只有两班公交车，早上一班、下午",
            "一班，赶不上车就得走好几里路。",
            "希望交通部门能多开几班车。",
            "桃源县漳江镇 读者 覃春梅",
            "来信请寄：",
            "湖南日报读者工作部",
            "来信回音",
            "漳江镇公交下月加密班次",
            "本报刊发读者来信反映漳江镇公交",
            "班次少的问题后，县交通运输局立即",
            "进行调研，决定从下月起每天增开",
            "四个班次。",
        )
    )
    by_title = {a.title: a for a in stories(page)}
    letter = by_title["镇上的公交车能不能多开几班？"]
    assert (letter.column, letter.byline) == ("读者来信", "桃源县漳江镇 读者 覃春梅")
    assert letter.paragraphs[0] == "编辑同志："
    reply = by_title["漳江镇公交下月加密班次"]
    assert reply.column == "来信回音"
    assert reply.paragraphs[0].startswith("本报刊发读者来信")
    assert "来信请寄：湖南日报读者工作部" in page.extras


@pytest.mark.parametrize("title", ["石榴红", "向阳坡"])
def test_a_title_shaped_like_a_name_over_the_essays_writer_is_its_title(title):
    # Column page: an essay ends, then a title that reads as a person's name
    # (石 and 向 are surnames) right over the next essay's 文丨某某.
    page = parse(
        column_page(
            "老屋的门槛",
            "文丨周晚晴",
            "老屋的门槛是一整块青石，被几代人",
            "的脚步磨得发亮。小时候，我常坐在",
            "门槛上等父亲从田里回来。",
            title,
            "文丨龙小溪",
            "秋天一到，院子里那棵树就挂满了",
            "果子，红彤彤的，像一盏盏小灯笼。",
            "母亲总要挑最大的几个留给我。",
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert set(by_title) == {"老屋的门槛", title}
    assert by_title[title].byline == "文丨龙小溪"
    assert by_title[title].paragraphs[0].startswith("秋天一到")
    assert by_title["老屋的门槛"].paragraphs[-1].endswith("等父亲从田里回来。")


def test_a_reports_second_headline_line_over_a_photos_title_and_caption_stays_a_headline():
    # dev_tx page 002: text / title / a line restating the lead / a photo's
    # title, caption and credit. The caption shares everyday words with the
    # report (今年, 同比, 以上), but is a picture of its own, not the
    # report's text running on under two lines of it.
    page = read_set_page("dev_tx", "002")
    report = next(a for a in page.articles if a.headline.startswith("株洲百个社区食堂"))
    assert report.headline == "株洲百个社区食堂年内开张 老人就餐每餐最低只需5元"
    assert report.paragraphs[-1].endswith("每天留样备查。")
    photo = next(a for a in page.articles if a.title == "古城迎春")
    assert photo.kind == ArticleKind.PHOTO
    assert photo.paragraphs[0].startswith("3月8日，凤凰古城")


def test_an_office_under_a_replys_finished_text_signs_the_reply_not_the_next_piece():
    # Paragraph page: a reply to a letter, the office that wrote it under its
    # text, then a commentary under its column's label.
    page = page_of(
        [
            "来信回音",
            "漳江镇：公交下月加密班次",
            "本报刊发读者来信反映漳江镇公交班次少的问题后，我局立即进行调研，决定从下月起每天增开四个班次。",
            "桃源县交通运输局",
            "湘水时评",
            "让乡村公交开得更稳",
            "欧阳青",
            "乡村公交连着农民的出行，也连着城乡的发展。办好乡村公交，既要开得通，也要开得稳。",
        ]
    )
    by_title = {a.title: a for a in stories(page)}
    reply = by_title["漳江镇：公交下月加密班次"]
    assert (reply.column, reply.byline) == ("来信回音", "桃源县交通运输局")
    comment = by_title["让乡村公交开得更稳"]
    assert (comment.column, comment.kicker, comment.byline) == ("湘水时评", "", "欧阳青")


def test_a_short_poem_under_a_bare_name_keeps_its_lines_however_few():
    # Column page: a poem's title, its poet's bare name, six lines of no
    # mark, then the next piece's title over its 文丨 writer. No line of the
    # poem is a box.
    verse = [
        "母亲的竹篮挂在门后",
        "篮底还留着几粒稻谷",
        "那是她走过的秋天",
        "如今我提起竹篮",
        "走过村口那棵老樟树",
        "像走进了她的目光",
    ]
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "给母亲",
            "向晚晴",
            *verse,
            "老街上的修表铺",
            "文丨龙小溪",
            "老街拐角有一家修表铺，铺面不大，",
            "玻璃柜里摆满了各式各样的旧表。",
        )
    )
    poem = next(a for a in page.articles if a.title == "给母亲")
    assert (poem.kind, poem.byline) == (ArticleKind.FEATURE, "向晚晴")
    assert list(poem.paragraphs) == verse
    assert not page.extras


def test_a_notices_own_line_of_where_to_write_stays_in_its_text():
    page = page_of(
        [
            *bus_report("5月9日", "易小川"),
            "关于征集老党员口述史料的启事",
            "为做好党史资料征集工作，现面向社会征集老党员口述史料，欢迎知情者提供线索。",
            "来信请寄：中共益阳市委党史研究室（邮编413000）",
        ]
    )
    notice = next(a for a in page.articles if a.title == "关于征集老党员口述史料的启事")
    assert notice.paragraphs[-1] == "来信请寄：中共益阳市委党史研究室（邮编413000）"
    assert not page.extras


def test_a_line_of_clauses_cut_inside_a_word_runs_on_however_wide():
    # Column page: a paragraph's first line lists items and stops inside a
    # word (参 / 赛), the line under it stops inside a word too; a dated
    # report's second paragraph, never a headline.
    page = parse(
        column_page(
            "百名面点师同台比拼手艺",
            "湖南日报6月13日讯（记者 龙小川 通讯",
            "员 贺一平）13日，第三届湖南面点技",
            "能大赛在株洲开赛，来自全省14个市",
            "州的96名面点师同台比拼。",
            "比赛设蒸点、炸点、烤点三个项目，参赛",
            "选 手 须 在 80 分 钟 内 完 成 规 定 品 种 和 自",
            "选品种。评委说，比赛既比手艺，也比",
            "食材的地方风味。",
        )
    )
    (art,) = stories(page)
    assert art.title == "百名面点师同台比拼手艺"
    assert art.paragraphs[-1].startswith("比赛设蒸点、炸点、烤点三个项目")


@pytest.mark.parametrize(
    ("line", "writer"),
    [("文丨贺 秋 林", "文丨贺秋林"), ("文丨易 小 舟", "文丨易小舟")],
)
def test_a_writer_signed_letter_spaced_is_a_byline(line, writer):
    assert is_byline(line)
    assert squeeze_names(line) == writer


def test_poems_signed_with_letter_spaced_names_each_stand_alone():
    # Paragraph page of a literary supplement: an essay, a page label over a poem's
    # title, each poet's name letter-spaced (as the page sets it), short
    # verse lines, then an essay signed 文丨 with a spaced name.
    first = [
        "稻子黄了",
        "是谁把一垄的夕阳",
        "折进了谷仓",
        "父亲蹲在田埂上",
        "数着稻穗",
        "像数着他的日子",
    ]
    second = [
        "老井还在",
        "井绳换了三回",
        "水还是那样甜",
        "母亲提着木桶",
        "从井边走过",
        "走成了一幅画",
    ]
    page = page_of(
        [
            "河边的老渡口",
            "文丨龙小溪",
            "小时候，镇上去县城要过一条河，河边有个老渡口，渡船是一条木船，撑船的是一位姓周的老人。",
            "后来河上修了大桥，渡口就冷清了。周爷爷还是每天把船擦得干干净净，说万一有人要过河呢。",
            "有一年回老家，我特意去渡口看他。老人坐在船头抽旱烟，河风吹过来，带着水草和泥土的气味。",
            "他说，船是他父亲传下来的，撑了六十年，哪一块船板响、哪一处要补，他闭着眼睛都知道。",
            "湘水",
            "晚稻",
            "贺 秋 林",
            *first,
            "老井",
            "欧 阳 小 满",
            *second,
            "外婆的酸菜坛",
            "文丨易 小 舟",
            "外婆家的灶屋角落里，一字排开五六个酸菜坛子，坛沿上一圈清水，扣着一只碗口大的盖子。",
            "每年霜降前后，外婆把园子里的芥菜收回来，洗净晾干，一层一层压进坛子里。",
            "过上一两个月，揭开坛盖，一股酸香扑鼻而来。外婆夹出一小碟酸菜，红的辣椒，白的萝卜，煞是好看。",
            "如今外婆已经九十岁了，腌不动菜了。那几口坛子，母亲接了过去，每年冬天照样腌上满满几坛。",
        ]
    )
    by_title = {a.title: a for a in page.articles}
    assert (by_title["晚稻"].column, by_title["晚稻"].byline) == ("湘水", "贺秋林")
    assert list(by_title["晚稻"].paragraphs) == first
    assert (by_title["老井"].byline, list(by_title["老井"].paragraphs)) == ("欧阳小满", second)
    assert by_title["外婆的酸菜坛"].byline == "文丨易小舟"


def test_names_under_a_lists_title_are_entries_and_the_text_after_is_not_the_lists():
    # Paragraph page: a report, a list of winners under its title (a
    # category, then bare names a line each), then the report's last
    # paragraphs.
    entries = [
        "男子组200米直道竞速",
        "第一名 湘阴县代表队",
        "第二名 汨罗市代表队",
        "优秀舵手",
        "黄志刚",
        "陈小兵",
    ]
    page = page_of(
        [
            "全省龙舟邀请赛在湘阴落幕",
            "湖南日报6月10日讯（记者 易小川）今天，2026年湖南省龙舟邀请赛在湘阴县洋沙湖落幕，来自全省各地的24支队伍参加比赛。",
            "比赛设男子组、女子组和混合组三个组别，赛程两天，两岸观众冒雨为参赛队伍加油助威，场面十分热烈。",
            "2026年湖南省龙舟邀请赛获奖名单",
            *entries,
            "湘阴县有关负责人介绍，当地近年来依托洋沙湖建成标准龙舟赛道，每年举办各类水上赛事十余场。",
            "据了解，邀请赛由省体育局和岳阳市人民政府主办，今年是第五次在湘阴举办。",
        ]
    )
    by_title = {a.title: a for a in page.articles}
    listed = by_title["2026年湖南省龙舟邀请赛获奖名单"]
    assert (listed.byline, [squash(p) for p in listed.paragraphs]) == (
        "",
        [squash(e) for e in entries],
    )
    report = by_title["全省龙舟邀请赛在湘阴落幕"]
    assert report.paragraphs[-1].startswith("据了解")


def test_a_list_of_people_under_its_title_each_after_where_they_work():
    # Column page: a report whose headline is printed after its text, a
    # framed word (名 单) over the list's title, then entries of where a
    # person works and the person, a name wrapped, a note in brackets.
    entries = [
        "宁乡市花明楼镇炭子冲村 周志明",
        "醴陵市白兔潭镇潭塘村 刘桂英",
        "祁阳县白水镇兴隆村 唐德顺",
        "桑植县洪家关乡红军村 钟",
        "正华",
        "新化县水车镇紫鹊界村 奉冬生",
        "溆浦县龙潭镇岩板村 舒小",
        "英",
    ]
    page = parse(
        column_page(
            COLUMN_BODY,
            "我省表彰一批优秀农技员",
            "扎根田间服务农户增收",
            "名 单",
            "2026年度全省优秀农技员名单（部分）",
            *entries,
            "（全部名单详见新湖南客户端，本",
            "报将陆续刊发优秀农技员的事迹）",
        )
    )
    listed = next(a for a in page.articles if a.title == "2026年度全省优秀农技员名单（部分）")
    assert (listed.kind, listed.column, listed.byline) == (ArticleKind.OTHER, "", "")
    assert [squash(p) for p in listed.paragraphs] == [
        squash(entry)
        for entry in [
            "宁乡市花明楼镇炭子冲村周志明",
            "醴陵市白兔潭镇潭塘村刘桂英",
            "祁阳县白水镇兴隆村唐德顺",
            "桑植县洪家关乡红军村钟正华",
            "新化县水车镇紫鹊界村奉冬生",
            "溆浦县龙潭镇岩板村舒小英",
            "（全部名单详见新湖南客户端，本报将陆续刊发优秀农技员的事迹）",
        ]
    ]
    report = next(a for a in page.articles if a.paragraphs[0].startswith("今天"))
    assert (report.kicker, report.title) == ("我省表彰一批优秀农技员", "扎根田间服务农户增收")


def test_a_box_of_figures_each_before_what_it_counts_is_one_item():
    # Paragraph page: a report, then a box of figures under its title, each
    # figure and unit set apart from what it counts (3200万只 家禽出栏).
    figures = [
        "3200万只 家禽出栏",
        "860万羽 蛋禽存栏",
        "41万吨 禽蛋产量",
        "62.5% 规模养殖占比",
        "18亿元 禽肉出口额",
    ]
    page = page_of(
        [
            "全省家禽产业稳中有进",
            "湖南日报11月6日讯（记者 易小川）记者今天从省农业农村厅获悉，今年前10个月，全省家禽生产保持稳定，禽肉和禽蛋供应充足，市场价格总体平稳。",
            "省农业农村厅有关负责人介绍，今年以来，全省新建标准化家禽养殖场120个，规模养殖比重持续提高，疫病防控能力明显增强。",
            "数说全省家禽产业（1—10月）",
            *figures,
            "据介绍，下一步全省将加快培育家禽加工龙头企业，推动产业链向精深加工延伸。",
        ]
    )
    box = next(a for a in page.articles if a.title.startswith("数说"))
    assert [squash(p) for p in box.paragraphs] == [squash(f) for f in figures]


def test_a_two_character_label_between_a_stack_and_a_signed_title_is_the_commentarys():
    # Column page: a report's stack printed after its text, closed on a
    # verb (…参与) and its last line drawn twice, then a two-character
    # label over a commentary's title
    # and its writer: the label is the commentary's, no word of the stack.
    page = parse(
        column_page(
            "湖南日报12月9日讯（全媒体记者 易小川）",
            "今年以来，省博物馆推出周末研学课",
            "堂，讲解员带着孩子们走进展厅，听",
            "文物背后的故事。截至11月底，周末",
            "研学活动共举办320场，吸引8.6万",
            "人次参与，其中中小学生占七成。",
            "博物馆里的“周末课堂”",
            "周末研学活动吸引8.6万人次参与",
            "周末研学活动吸引8.6万人次参与",
            "墨谭",
            "逛博物馆也要“慢下来”",
            "龙 川",
            "如今，逛博物馆成了不少年轻人的",
            "周末安排。可有的人走马观花，拍",
            "几张照片就走，错过了展品背后的",
            "故事。慢下来，才能看得懂。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert by_title["周末研学活动吸引8.6万人次参与"].kicker == "博物馆里的“周末课堂”"
    comment = by_title["逛博物馆也要“慢下来”"]
    assert (comment.column, comment.byline) == ("墨谭", "龙川")


def test_a_labelled_title_over_its_writer_is_the_commentarys_whatever_words_it_shares():
    # Column page: a dated report on a new shipping line, a stack of
    # another story's, then a column's label over a commentary's title that
    # names the report's words more than the commentary's text does, its
    # writer, its text.
    page = parse(
        column_page(
            "湖南日报11月25日讯（全媒体记者 易小川）",
            "今天上午，满载96个标箱的集装箱船",
            "从岳阳港城陵矶港区起航，驶往越南",
            "海防港。这是岳阳港开通的又一条外",
            "贸直航航线，航程约12天。",
            "洞庭湖区水位持续走低",
            "海事部门保障航道畅通",
            "洞庭快评",
            "直航开通，更要“服务到港”",
            "龙小川",
            "一条新的航线开起来",
            "不容易，稳下来更难。",
            "有的内河港口曾经开过",
            "外贸航线，后来因为货",
            "源不足而停开。能否长",
            "期运营，关键看货源够",
            "不够、服务好不好。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    comment = by_title["直航开通，更要“服务到港”"]
    assert (comment.column, comment.byline) == ("洞庭快评", "龙小川")
    assert comment.paragraphs[0].startswith("一条新的航线")
    report = next(a for a in page.articles if a.paragraphs[0].startswith("今天上午"))
    assert report.title != comment.title


def test_a_notice_printed_before_its_title_bunched_over_the_next_stack_is_its_own():
    # Paragraph page: a report, then a notice's text closed by its formula,
    # issuer and day, then the notice's title bunched over the next
    # report's title and dateline.
    notice = [
        "因沅水五强溪船闸年度检修需要，定于2026年8月5日8时至8月12日18时停航，停航期间所有船舶禁止通过船闸。",
        "特此通告。",
        "湖南省地方海事局",
        "2026年7月28日",
    ]
    page = page_of(
        [
            "常德港上半年集装箱吞吐量增长两成",
            "湖南日报7月28日讯（记者 易小川）记者今天从常德市港务局获悉，上半年常德港完成集装箱吞吐量4.2万标箱，较去年多出两成。",
            "常德市港务局有关负责人介绍，下半年将加密至岳阳港的集装箱班轮，推动更多货物走水路出省。",
            *notice,
            "关于沅水五强溪船闸停航检修的通告",
            "桃源港区新建两个千吨级泊位",
            "湖南日报7月28日讯（记者 龙小川）记者今天从桃源县获悉，桃源港区新建的两个千吨级泊位日前通过交工验收。",
            "据介绍，两个泊位年设计通过能力120万吨，主要装卸砂石和粮食。",
        ]
    )
    by_title = {a.title: a for a in page.articles}
    listed = by_title["关于沅水五强溪船闸停航检修的通告"]
    assert [squash(p) for p in listed.paragraphs] == [squash(p) for p in notice]
    report = by_title["桃源港区新建两个千吨级泊位"]
    assert (report.kicker, report.paragraphs[-1]) == (
        "",
        "据介绍，两个泊位年设计通过能力120万吨，主要装卸砂石和粮食。",
    )


def test_the_editors_line_with_names_spread_is_furniture():
    page = page_of(
        [
            *bus_report("5月9日", "易小川"),
            "本版责编 龙 军 版式 易 岚",
        ]
    )
    (art,) = stories(page)
    assert "本版责编 龙 军 版式 易 岚" in page.extras
    assert not any("责编" in p for p in art.paragraphs)


def test_a_notices_kind_letter_spaced_heads_the_notice_under_it():
    # Column page: a report's stack printed after its text, then 通 告 over
    # a notice's text, signed and dated.
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省水利建设现场推进会召开",
            "抢抓汛前关键期加快堤防加固",
            "通 告",
            "因沅水常德段航道疏浚施工，自2026",
            "年6月1日至6月20日，每日8时至18",
            "时，施工水域实行单向通航。过往船舶",
            "请服从现场海巡艇指挥。",
            "特此通告。",
            "常德市地方海事处",
            "2026年5月20日",
        )
    )
    notice = next(a for a in page.articles if a.paragraphs[0].startswith("因沅水"))
    assert (notice.title, notice.title_derived) == ("通告", False)
    report = next(a for a in page.articles if a.paragraphs[0].startswith("今天"))
    assert (report.kicker, report.title) == (
        "全省水利建设现场推进会召开",
        "抢抓汛前关键期加快堤防加固",
    )


def test_a_headline_after_a_reports_lead_is_its_own_not_the_next_dated_reports():
    # Paragraph page: a report cut open; a dated report with no stack over
    # it, its headline printed after its third paragraph, then the first
    # report's rest, and a third report's dateline, lead and stack printed
    # after its lead.
    page = page_of(
        [
            "全省高标准农田建设提速",
            "湖南日报9月9日讯（全媒体记者 周明）记者从省农业农村厅获悉，今年前8个月全省新建高标准农田",
            "湖南日报9月9日讯（全媒体记者 易小川 通讯员 龙 舟）近日，全省农机作业数字监管平台正式上线运行。",
            "平台可实时查看农机的作业位置、作业面积和作业质量等数据，农机补贴发放有了可靠依据。",
            "省农业农村厅负责人介绍，目前全省已有3.2万台农机接入平台。",
            "全省农机作业数字监管平台上线",
            "12万亩。今年以来，全省新增高标准农田建设面积位居全国前列。",
            "湖南日报9月9日讯（全媒体记者 龙小川 通讯员 谢 齐）记者从浏阳市农业农村局获悉，浏阳蒸菜入选全国农业品牌精品培育计划。",
            "浏阳蒸菜是当地传统名菜，近年来年产值持续增长。",
            "浏阳蒸菜入选全国农业品牌精品培育计划",
            "地方名菜跑出“品牌加速度”",
            "浏阳市农业农村局负责人表示，将统一品牌标识和产品标准。",
        ]
    )
    platform = next(a for a in page.articles if "农机作业数字监管平台正式上线" in a.paragraphs[0])
    assert platform.title == "全省农机作业数字监管平台上线"
    dishes = next(a for a in page.articles if a.paragraphs[0].startswith("记者从浏阳"))
    assert dishes.title == "地方名菜跑出“品牌加速度”"


def test_a_box_of_tips_under_its_title_is_an_item_of_its_own():
    # Paragraph page: a report, then a box of tips under its title, its
    # text printed twice by the extraction.
    page = page_of(
        [
            *bus_report("9月9日", "易小川"),
            "秋季家禽养殖小贴士",
            "秋季昼夜温差大，养殖场户要注意禽舍保温和通风；要做好饲料储存，防止霉变。",
            "秋季昼夜温差大，养殖场户要注意禽舍保温和通风；要做好饲料储存，防止霉变。",
        ]
    )
    tips = next(a for a in page.articles if a.title == "秋季家禽养殖小贴士")
    assert tips.paragraphs == (
        "秋季昼夜温差大，养殖场户要注意禽舍保温和通风；要做好饲料储存，防止霉变。",
    )


def test_a_tips_boxs_title_names_a_notice():
    from hnreader.corpus.segment.patterns import NOTICE_TITLE

    assert NOTICE_TITLE.search("秋季家禽养殖小贴士")


def test_a_list_under_its_title_stops_at_the_next_pieces_stack():
    # Paragraph page: a list of prizes under its title, then a feature's
    # title handing over to its subtitle, its reporter, its text.
    page = page_of(
        [
            "第三届湖南渔鼓艺术节在岳阳闭幕",
            "湖南日报10月21日讯（记者 龙小川）今天，第三届湖南渔鼓艺术节在岳阳闭幕，来自全省的16台剧目在为期十天的艺术节上同台竞演，观众超过3万人次。",
            "本届艺术节首次开设“村村有戏”分会场，把演出送到岳阳、常德、益阳的40多个村镇，不少剧团的演员都是土生土长的农民。",
            "省文化和旅游厅有关负责人表示，将继续扶持基层渔鼓剧团，推动传统曲艺在乡村扎根。",
            "第三届湖南渔鼓艺术节获奖名单",
            "优秀剧目奖",
            "《莲湖谣》（岳阳市渔鼓剧团）",
            "《江上行》（常德市曲艺团）",
            "优秀表演奖",
            "李月娥",
            "周长青",
            "山路上的渔鼓班子——",
            "一年演出一百场 把戏唱到村门口",
            "湖南日报记者 易小川",
            "早上六点，渔鼓班子的面包车就出了县城，车上挤着六个演员和一箱箱道具，要赶到八十里外的村里去。",
            "班主周长青今年五十八岁，唱了四十年渔鼓。他说，村里的老人爱听，年轻人也开始回来听了。",
        ]
    )
    listed = next(a for a in page.articles if a.title == "第三届湖南渔鼓艺术节获奖名单")
    assert squash(listed.paragraphs[-1]) == "周长青"
    feature = next(
        a for a in page.articles if a.paragraphs and a.paragraphs[0].startswith("早上六点")
    )
    assert (feature.kicker + feature.title).startswith("山路上的渔鼓班子")


def test_a_headlines_last_word_over_a_features_stack_is_no_label():
    # Column page: a report's stack printed after its text, its last word
    # wrapped (…开工 / 建设), then a feature's title, subtitle and reporter.
    page = parse(
        column_page(
            COLUMN_BODY,
            "湘南地区将迎来首条城际铁路",
            "郴永城际铁路先行工程开工",
            "建设",
            "一条河的“新生”",
            "——耒水保护和治理见闻",
            "湖南日报记者 龙小川",
            "清晨的耒水河畔，晨练的市民沿着",
            "新修的步道慢跑，河面上白鹭低飞。",
        )
    )
    report = next(a for a in page.articles if a.paragraphs[0].startswith("今天"))
    assert report.title == "郴永城际铁路先行工程开工建设"


def test_a_notices_numbered_points_set_as_text_stay_in_its_text():
    # A call for photographs: its points (一、… 四、…) are lines of its
    # text, one wrapped inside a word, one over a mail address its sentence
    # names; none is a crosshead or a headline, and the address is no box.
    page = parse(
        column_page(
            COLUMN_REPORT,
            "“家乡的桥”摄影作品征集启事",
            "湘西的风雨桥、洞庭湖区的跨湖大桥，",
            "见证着家乡的变迁。本报摄影部现面向",
            "社会征集以“家乡的桥”为主题的作品。",
            "一、征集对象：摄影爱好者均可参加，",
            "每人限投稿十幅以内。",
            "二、作品要求：画面须反映桥与人的故",
            "事，可为单幅或组照，须为本人原创。",
            "三、截止日期：即日起至十二月十日。",
            "四、投稿方式：作品请发送至电子邮箱",
            "qiao2021@126.com，邮件主题注明“征",
            "集+作者姓名+联系电话”。",
            "入选作品将在本报择优刊发。",
        )
    )
    notice = next(a for a in page.articles if a.title.endswith("征集启事"))
    text = "".join(notice.paragraphs)
    assert "二、作品要求：画面须反映桥与人的故事" in text
    (point,) = [p for p in notice.paragraphs if p.startswith("四、")]
    assert "电子邮箱qiao2021@126.com，邮件主题注明" in point
    assert text.endswith("入选作品将在本报择优刊发。")
    assert len(page.articles) == 2


def test_a_group_credit_with_its_name_letter_spaced_closes_the_captions_over_it():
    # Two captions, each opening on its day, over a group credit whose name
    # is spread letter by letter (and set far right): the photos' credit, no
    # piece of its own, each caption a photo.
    page = parse(
        paragraph_page(
            "全省冬季农田水利建设全面铺开",
            "湖南日报11月29日讯(全媒体记者 祁远)记者从省水利厅获悉,全省冬季农田水利建设"
            "全面铺开,已完成投资18亿元。",
            "各地把小型水库除险加固和灌区渠系配套作为重点,组织群众投工投劳。",
            "11月28日,桃江县一处山塘,村民清理塘底淤泥。",
            "11月28日,汉寿县一处灌区,施工人员浇筑渠道护坡。村里把渠道修到了田边,"
            "明年春耕用水不用愁。",
            "                              以上图片均由湖南日报全媒体记者 谭 春 燕 摄",
            "长沙地铁新线开通试运营",
            "湖南日报11月29日讯(全媒体记者 麦青禾)今天上午,长沙地铁一条新线开通试运营,"
            "沿线居民出行更加便捷。",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [p.paragraphs[0][:10] for p in photos] == ["11月28日，桃江县", "11月28日，汉寿县"]
    assert squash(photos[-1].byline) == "以上图片均由湖南日报全媒体记者谭春燕摄"
    assert not any("以上图片" in "".join(a.paragraphs) for a in page.articles)


def test_the_papers_commentator_under_a_commentarys_text_signs_it_at_its_foot():
    # One paragraph a line: a report, then a commentary printed into it, its
    # title, its text and the paper's commentator under it, then the
    # report's rest: the commentator signs the text above, and the text
    # under it goes back to the report it is about.
    page = parse(
        paragraph_page(
            "全省春运客流平稳有序",
            "湖南日报2月3日讯(全媒体记者 麦青禾)记者从省交通运输厅获悉,春运开始以来,"
            "全省道路、铁路、民航累计发送旅客1860万人次,客流总体平稳有序。",
            "各地在高速公路服务区增设临时充电桩和休息区,保障返乡车辆通行。",
            "让返乡路更暖心",
            "一年一度的春运,承载着千家万户的团圆期盼。让返乡路走得顺、走得暖,是对民生温度的检验。",
            "暖心服务重在细节。多设一个充电桩、多开一个售票窗口,都能让旅客少一分焦急。",
            "湖南日报评论员",
            "铁路部门加开夜间高铁列车42列,客座率保持在九成以上,春运客流高峰期间"
            "全省铁路日均发送旅客突破60万人次。",
            "省交通运输厅负责人表示,将加强恶劣天气预警,确保春运客流安全有序。",
        )
    )
    report, commentary = page.articles
    assert (commentary.title, commentary.byline) == ("让返乡路更暖心", "湖南日报评论员")
    assert commentary.paragraphs[-1].startswith("暖心服务重在细节")
    assert report.paragraphs[-1].startswith("省交通运输厅负责人表示")


def test_a_commentarys_paragraphs_opening_on_one_clause_go_back_to_it():
    # One paragraph a line: a commentary whose paragraphs open on one clause
    # (守护好耕地，…), the third printed, whole, among the next commentary's
    # paragraphs: a series, which goes back to where its first is printed.
    page = parse(
        paragraph_page(
            "三湘时评",
            "耕地保护要有硬措施",
            "湖南日报评论员",
            "粮食安全是国之大者。这些年,各地守住了红线,但一些地方“占优补劣”的问题仍然存在。",
            "守护好耕地,首先要算清“数量账”。补充的地块要实打实,不能只在图上画一画。",
            "守护好耕地,还要算好“质量账”。高标准农田建成后要管好用好,不能建而不管。",
            "潇湘快评",
            "夜市也要守规矩",
            "周明远",
            "入夏以来,不少城市的夜市重新热闹起来,烟火气回来了,油烟、噪音和占道也跟着回来了。",
            "管好夜市,关键在于定规矩。划定摊位、错开时段、安装净化设备,都需要主管部门多下功夫。",
            "守护好耕地,更要算好“生态账”。一片好田不仅长庄稼,也涵养水土、调节气候。",
            "还要看到,夜市的主角是摊主。摊主守规矩、讲诚信,顾客才愿意常来,夜市才有回头客。",
        )
    )
    farmland, night = page.articles
    assert farmland.paragraphs[-1].startswith("守护好耕地，更要算好")
    assert not any(p.startswith("守护好耕地") for p in night.paragraphs)


def test_a_commentary_run_on_under_another_with_its_stack_after_its_text_is_its_own():
    # Column lines: a commentary under its label, title and writer; then,
    # with no break, a second one's text, its label (two characters), a
    # title of two clauses and its writer printed after it; then the next
    # piece. The text is cut where the second's words take over, the label
    # is its column, no box.
    page = parse(
        column_page(
            "三湘热议",
            "老字号要守住“老味道”",
            "周亦凡",
            "长沙不少老字号近年翻新门店、",
            "推出新品，生意红火了不少。",
            "但也有食客抱怨，招牌菜的味",
            "道不如从前，老手艺丢了。",
            "老字号的根是手艺，守住老味",
            "道，才能留住回头客。",
            "湘江边的步道越修越长，这是",
            "城市更新的成果。但有市民反",
            "映，一些步道缺少照明和座椅，",
            "夜里散步的老人只能摸黑走。",
            "步道修好了，更要管好用好。",
            "建议相关部门增设照明和座椅，",
            "让市民在江边走得安心舒心。",
            "锐见",
            "江边绿地要亲民，更要便民",
            "谢雨晴",
            "观点·湖南",
            "柑橘品牌宜“握指成拳”",
            "龙晓东",
            "湖南柑橘品牌不少，各有特色，",
            "但在全国市场上影响力还不够。",
        )
    )
    by_title = {a.title: a for a in page.articles}
    walk = by_title["江边绿地要亲民，更要便民"]
    assert (walk.column, walk.byline) == ("锐见", "谢雨晴")
    assert walk.paragraphs[0].startswith("湘江边的步道越修越长")
    assert "".join(by_title["老字号要守住“老味道”"].paragraphs).endswith("留住回头客。")
    assert "锐见" not in page.extras


def test_every_commentary_run_on_under_another_keeps_its_stack_printed_after_it():
    # (column pages: a commentary page where three pieces run on under the
    # one above, each with its label, title and writer after its text: the
    # headlines are given again after the last cut as after the others)
    page = read_set_page("dev_sf", "013")
    signed = {a.title: (a.column, a.byline) for a in page.articles if a.column == "锐见"}
    assert signed == {
        "岸线还绿于民，更要还用于民": ("锐见", "谢雨晴"),
        "禁渔成果来之不易，更需久久为功": ("锐见", "孙一鸣"),
    }


def test_a_notices_kind_letter_spaced_over_its_text_titles_it_with_no_blank_between():
    # One paragraph a line and no blank lines: a report, then 公  告 over the
    # notice's text, its close, its issuer and its day, each a line.
    page = parse(
        "全省春耕备耕工作有序推进\n"
        "湖南日报3月1日讯(全媒体记者 孙振华)记者从省农业农村厅获悉,全省春耕备耕工作有序推进,"
        "已调运化肥种子满足生产需要。\n"
        "公  告\n"
        "为方便读者订阅,本报在全省各邮政网点开通订阅服务,欢迎广大读者订阅,订阅热线:"
        "0731-84326000。\n"
        "特此公告。\n"
        "湖南日报社\n"
        "2023年3月2日\n"
    )
    notice = page.articles[-1]
    assert squash(notice.title) == "公告"
    assert notice.paragraphs[0].startswith("为方便读者订阅")
    assert notice.paragraphs[-2:] == ("湖南日报社", "2023年3月2日")


def test_a_titled_groups_captions_stay_the_groups_beside_a_story_of_their_topic():
    # One paragraph a line: a report on a festival, an essay, then a group
    # of photos of the festival under its title, the first caption on its
    # day, the others not, then the group's credit: one photo item, every
    # caption in it, none in the report whose words they share, and the
    # title no column of the essay above it.
    page = parse(
        paragraph_page(
            "湘西苗族赶秋节开幕",
            "湖南日报8月8日讯(全媒体记者 周月桂)今天,湘西苗族赶秋节在花垣县开幕,"
            "来自各地的苗族歌手和游客欢聚一堂,共庆丰收。",
            "开幕式上,苗族歌手演唱了苗歌,苗家姑娘跳起了鼓舞,游客纷纷拍照留念。",
            "稻花香里",
            "文丨向雨薇",
            "七月底,老家打来电话,说屋前的稻子抽穗了。",
            "小时候,父亲常在稻花开的时节下田看水。他说,稻花香的日子,是一年里最好的日子。",
            "那天傍晚,我独自走到田边,在田埂上坐了很久。风吹过来,满是稻花的香气。",
            "秋风里的鼓声",
            "8月8日,花垣县一处苗寨,苗族群众在赶秋节上表演苗鼓。",
            "来自吉首的苗族歌队在寨门前演唱苗歌。",
            "少年鼓手们在广场上敲响苗鼓。",
            "以上图片均由湖南日报全媒体记者 辜鹏博 摄",
            "湘江两岸首批文化地标评选揭晓",
            "湖南日报8月8日讯(全媒体记者 王婧)今天,湘江两岸首批文化地标评选结果揭晓,30处入选。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "秋风里的鼓声"
    assert [p[:4] for p in photo.paragraphs] == ["8月8日", "来自吉首", "少年鼓手"]
    essay = next(a for a in page.articles if a.title == "稻花香里")
    assert essay.column == "" and essay.paragraphs[-1].startswith("那天傍晚")


def test_a_cartoons_caption_opening_on_its_titles_last_word_stays_under_its_title():
    # One paragraph a line: a commentary cut inside a paragraph, a cartoon
    # printed into the cut (title, caption opening on the title's last
    # word, credit), then the paragraph's rest. 河长 + 河长… reads no word
    # (长河) across the title's end: the cartoon is its title and caption,
    # the cut paragraph the commentary's, whole.
    page = parse(
        paragraph_page(
            "一家之言",
            "出海要下“绣花功夫”",
            "罗剑锋",
            "近两年,湖南的装备制造企业加快了海外布局的步伐,设备卖到了几十个国家。",
            "真正扎根海外市场,需要企业下足本地化功夫,培养当地的服务工程师,政府也要在",
            "“挂名”河长",
            "河长公示牌立在岸边,河里的垃圾却无人过问。河长制要见实效,“挂名”之风不可长。",
            "漫画／刘一苇",
            "海外仓建设等方面多搭平台、多送服务。",
            "此外,企业抱团出海也值得鼓励,能降低成本,也能增强应对风险的能力。",
        )
    )
    cartoon = next(a for a in page.articles if a.kind == "photo")
    assert (cartoon.title, cartoon.byline) == ("“挂名”河长", "漫画／刘一苇")
    assert cartoon.paragraphs == (
        "河长公示牌立在岸边，河里的垃圾却无人过问。河长制要见实效，“挂名”之风不可长。",
    )
    essay = next(a for a in page.articles if a.title == "出海要下“绣花功夫”")
    assert any(p.startswith("真正扎根") and p.endswith("多送服务。") for p in essay.paragraphs)


def test_a_paragraph_set_in_its_place_and_stopped_short_is_running_text():
    # (column pages: 在某区某镇，过去沿江分布着10 多个 / 小砂石码头…, the
    # line stopped on a count its noun goes on: the story's text, no line
    # of the stack printed after it)
    page = read_set_page("dev_ut", "006")
    story = next(a for a in page.articles if a.kicker.startswith("岳阳推进长江岸线"))
    assert "在云溪区陆城镇，过去沿江分布着10多个小砂石码头" in "".join(story.paragraphs)


def test_a_line_finishing_the_word_a_clause_above_cut_goes_on_that_text():
    # (column pages: …超标准洪水，湘 / 潭市还在沿江低洼地带预设了, the place
    # name read across the lines: the paragraph's next line, no headline's)
    page = read_set_page("dev_xl", "005")
    story = next(a for a in page.articles if a.paragraphs[0].startswith("湘江湘潭段水位持续超警"))
    assert any(p.startswith("为应对可能出现的超标准洪水") for p in story.paragraphs)


def test_a_line_finishing_a_cut_word_is_no_stack_printed_into_the_cut():
    # (column pages: …油溪桥村，驻村工 / 作队队长…村民小 / a commentary's
    # title, its writer, its text: the line goes on the report's sentence,
    # no kicker of the commentary; a line opening on a place's name, …最高车
    # / 长株潭城际铁路…, reads no word across and heads its own story)
    report = next(a for a in read_set_page("dev_sh", "001").articles if "同步小康" in a.title)
    assert any(p.startswith("在新化县吉庆镇油溪桥村，驻村工作队队长") for p in report.paragraphs)
    rail = next(
        a for a in read_set_page("dev_xd", "005").articles if a.title.startswith("累计发送")
    )
    assert rail.kicker == "长株潭城际铁路开通运营两年"


def test_a_label_printed_under_a_commentarys_title_over_its_writer_is_its_column():
    # One paragraph a line: a commentary after a signed letter, printed
    # title, then its column's label, then its writer; its text cut on a
    # turn of the argument stopped on 的 (然而…的 / …危险。), another
    # commentary set into the cut. The label is the first's column, never a
    # title; the cut line no kicker of the second.
    page = parse(
        paragraph_page(
            "读者来信",
            "小区门口的路灯该修了",
            "湘潭市读者 刘春明",
            "编辑同志：我家小区门口的几盏路灯坏了快两个月，晚上出门只能摸黑走路。",
            "希望物业公司尽快派人检修，让居民晚上出门安心一些。",
            "让花灯戏唱进年轻人心里",
            "湘水快评",
            "罗清禾",
            "在湘南的一些乡镇，花灯戏至今仍是逢年过节最热闹的节目，锣鼓一响，满场叫好。",
            "然而不少剧团的花灯戏正面临后继无人的",
            "开会别只念稿子",
            "何志远",
            "有的会议从头到尾都是念稿子，台上念得辛苦，台下听得犯困。",
            "开会是为了解决问题，把稿子念完不等于把事情办完。",
            "窘境。老艺人年纪大了，年轻人大多外出务工，愿意拜师学戏的越来越少。",
            "传承花灯戏，既要留住老艺人，也要让年轻人愿意学、学得会。",
        )
    )
    opera = next(a for a in page.articles if a.title == "让花灯戏唱进年轻人心里")
    assert (opera.column, opera.byline) == ("湘水快评", "罗清禾")
    assert any(
        p.startswith("然而不少剧团")
        and p.endswith("窘境。老艺人年纪大了，年轻人大多外出务工，愿意拜师学戏的越来越少。")
        for p in opera.paragraphs
    )
    meeting = next(a for a in page.articles if a.byline == "何志远")
    assert (meeting.kicker, meeting.title) == ("", "开会别只念稿子")
    assert not any(a.title == "湘水快评" for a in page.articles)


def test_a_title_between_two_columns_text_heads_the_story_above_it():
    # Column pages: a report printed title after its text, its lines 21
    # characters wide; then a commentary set to 14, its title, writer and
    # label after it. The report's title, 16 characters, fits neither
    # column (no line of the report's, no line of the commentary's, which
    # runs a line short for its figure: 才800人以上。…): the report ends
    # there, and the commentary's text under it is the commentary's.
    page = parse(
        column_page(
            "湖南日报4月8日讯（全媒体记者 江晓雯 通讯员 罗",
            "湘）今天，由省就业服务中心联合高校组织的“",
            "新材料人才专列”招聘活动走进湘潭大学，来自",
            "全省的64家新材料企业带来岗位1800多个。",
            "招聘现场，一家从事锂电材料研发的企业展位前",
            "排起长队。企业负责人介绍，公司今年计划招收",
            "应届毕业生120人，还为新员工提供人才公寓。",
            "据悉，“新材料人才专列”将在4月至6月陆续开",
            "进省内12所高校，为重点产业链企业精准引才搭",
            "建平台。",
            "省新材料人才专列首站开进湘潭大学",
            "全省新材料产业发展大会提出，",
            "每年为全省产业输送专业技术人",
            "才800人以上。对于今年的高",
            "校毕业生来说，这是个好消息。",
            "产业发展与人才就业，本是一枚",
            "硬币的两面。随着新材料、先进",
            "制造等产业加快发展，省内企业",
            "的平台和待遇越来越有吸引力。",
            "留住人才，既要靠产业“引”，",
            "也要靠服务“留”，把住房、落",
            "户等政策落到实处，让年轻人在",
            "湖南安居乐业。",
            "让人才在家门口找到舞台",
            "湖南日报全媒体评论员 唐可欣",
            "三湘时评",
            COLUMN_REPORT,
        )
    )
    report = next(a for a in page.articles if a.dateline.startswith("湖南日报4月8日讯"))
    assert report.title == "省新材料人才专列首站开进湘潭大学"
    assert "".join(report.paragraphs).endswith("精准引才搭建平台。")
    comment = next(a for a in page.articles if a.title == "让人才在家门口找到舞台")
    assert (comment.column, comment.byline) == ("三湘时评", "湖南日报全媒体评论员 唐可欣")
    assert comment.paragraphs[0].startswith("全省新材料产业发展大会提出")
    assert "".join(comment.paragraphs).endswith("让年轻人在湖南安居乐业。")


def test_crossheads_printed_together_under_the_writers_are_no_line_of_the_stack():
    # Column pages: a theory piece's label, title, dash-led subtitle and
    # writers, then its three crossheads printed together (从某到某：某某),
    # then its text. Each crosshead is a paragraph of its own; none goes
    # on the subtitle or into the text's first paragraph.
    page = parse(
        column_page(
            "理论·实践",
            "以系统思维推进湘江流域综合治理",
            "——干流治理八年的做法与体会",
            "钟立新 贺晓岚",
            "从治污到治河：坚持全域施策",
            "从部门分管到协同共治：形成治理合力",
            "从保护生态到共享红利：拓宽转化通道",
            "湘江是湖南的母亲河，流经全省多个市州，",
            "沿岸集中了全省大部分人口和经济总量。",
            "八年来，流域治理从“各管一段”走向“全",
            "域统筹”，干流水质稳定保持在二类以上。",
            "河流是一个有机整体，上游来水、沿岸产",
            "业和城镇排污相互影响，只有统筹起来考",
            "虑，治理成效才能持久。",
        )
    )
    (piece,) = page.articles
    assert (piece.title, piece.subtitle) == (
        "以系统思维推进湘江流域综合治理",
        "——干流治理八年的做法与体会",
    )
    assert piece.byline == "钟立新 贺晓岚"
    assert piece.paragraphs[:3] == (
        "从治污到治河：坚持全域施策",
        "从部门分管到协同共治：形成治理合力",
        "从保护生态到共享红利：拓宽转化通道",
    )
    assert piece.paragraphs[3].startswith("湘江是湖南的母亲河")


def test_a_commentary_run_on_into_the_one_above_takes_its_text_from_the_turn():
    # (column pages: 一家之言 / 禁捕之后，更要“护渔” / 欧阳文 over a commentary
    # whose text runs on into a second's, printed with its title, the paper's
    # commentator and two labels after it: the second's text, from where it
    # turns to its title's subject, is its own; the first's title of two
    # clauses heads the first)
    page = read_set_page("dev_sj", "007")
    first = next(a for a in page.articles if a.byline == "欧阳文")
    assert (first.column, first.title) == ("一家之言", "禁捕之后，更要“护渔”")
    second = next(a for a in page.articles if a.title == "减负不能一“减”了之")
    assert squash(second.byline) == "湖南日报全媒体评论员周敏"
    assert second.paragraphs[0].startswith("新学期开学以来")
    assert not any("减负" in p for p in first.paragraphs)


def test_a_reports_title_printed_after_it_over_a_commentarys_text_is_the_reports():
    # (column pages: a dated report, its title printed after its text, then
    # a commentary's text at the same width, then its writer, title and
    # label: the title read as the commentary's crosshead names the text
    # above it, which with it is the report's)
    page = read_set_page("dev_sl", "011")
    report = next(a for a in page.articles if a.title == "湘江新区基因检测企业营收增长三成")
    assert report.paragraphs[-1].startswith("新区有关负责人表示")
    comment = next(a for a in page.articles if a.title == "稳就业要在“精准”上下功夫")
    assert comment.paragraphs[0].startswith("今年全省高校毕业生预计达到")


def test_a_commentarys_stack_printed_inside_its_text_heads_all_of_it():
    # (column pages: text / 一家言 / title / writer / more text, then a
    # cartoon and 来论 over the next piece: one commentary, its text both
    # sides of its stack, signed by the writer; 来论 the next piece's column)
    page = read_set_page("dev_sl", "004")
    kiln = next(a for a in page.articles if a.title == "别让古窑只躺在博物馆里")
    assert (kiln.column, kiln.byline) == ("一家言", "何晓棠")
    assert kiln.paragraphs[0].startswith("长沙窑是唐代")
    assert any(p.endswith("做成大品牌。") for p in kiln.paragraphs)
    drugs = next(a for a in page.articles if a.title == "新药研发需要“耐心资本”")
    assert drugs.column == "来论"


def test_a_cartoons_title_and_caption_read_into_the_text_above_its_credit_are_its_own():
    # (column pages: …做成大品牌。 / 漫画：“网红”民宿 / 装修花哨，… / 某某 作:
    # the drawing's title and caption, none of the commentary's text)
    page = read_set_page("dev_sl", "004")
    cartoon = next(a for a in page.articles if a.kind == "photo" and a.byline == "王成喜 作")
    assert cartoon.title == "漫画：“网红”民宿"
    assert cartoon.paragraphs == ("装修花哨，服务却跟不上。",)


def test_a_headlines_last_line_over_a_code_closing_the_page_is_no_box_title():
    # Column pages: a report, its two-line headline printed after it, then
    # the page's last line, a code to scan. The headline's second line,
    # under the first, is its title, not the code's box title.
    page = parse(
        column_page(
            COLUMN_BODY, "全省水利建设现场推进会召开", "汛前加固堤防八百公里", "扫码看更多湖南新闻"
        )
    )
    (report,) = [a for a in page.articles if a.dateline]
    assert (report.kicker, report.title) == ("全省水利建设现场推进会召开", "汛前加固堤防八百公里")


# Commentaries printed each with its stack after its text (text / label /
# title / writer), the first writer the paper's commentator on two lines:
# each writer signs the text over its own title, not the text under it.
TAIL_STACK_FIRST = (
    "不少城市的夜市一到周末就\n"
    "人头攒动，烧烤摊、文创摊\n"
    "一字排开，烟火气扑面而来。\n"
    "夜经济要办得长久，管理就\n"
    "要跟得上，让摊主安心经营。"
)
TAIL_STACK_SECOND = (
    "快递越寄越多，包装也越用\n"
    "越多，一个小物件裹上三层\n"
    "泡沫，拆完满地都是垃圾。\n"
    "减少过度包装，既要商家自\n"
    "觉，也要标准管住源头。"
)
TAIL_STACK_THIRD = (
    "老小区加装电梯，难在协调\n"
    "各楼层住户的意见。低层住\n"
    "户担心采光，高层住户盼着\n"
    "早日开工，谁也说服不了谁。\n"
    "多搭平台、多算细账才行。"
)


def test_writers_of_stacks_printed_after_their_texts_sign_the_text_above():
    page = parse(
        column_page(
            TAIL_STACK_FIRST,
            "湘声快评",
            "夜市烟火气要管出长久",
            "湖南日报评论员\n钟明远",
            TAIL_STACK_SECOND,
            "一事一议",
            "快递包装该瘦身了",
            "欧阳青禾",
            TAIL_STACK_THIRD,
            "一事一议",
            "加装电梯要多算细账",
            "谭小舟",
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["不少城市"].title == "夜市烟火气要管出长久"
    assert by_first["不少城市"].byline == "湖南日报评论员 钟明远"
    assert (by_first["快递越寄"].title, by_first["快递越寄"].byline) == (
        "快递包装该瘦身了",
        "欧阳青禾",
    )
    assert by_first["老小区加"].byline == "谭小舟"


def test_a_two_character_label_and_a_writer_under_a_title_after_its_text_are_its_stack():
    # title / label / writer and title / writer / label, each after its
    # text: no frame of two short words, and the label printed last is the
    # column it heads higher up the page.
    page = parse(
        column_page(
            TAIL_STACK_FIRST,
            "夜经济不能只靠“烟火气”",
            "直言",
            "钟 岚",
            TAIL_STACK_SECOND,
            "快递包装该瘦身了",
            "谭 舟",
            "直言",
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    first, second = by_first["不少城市"], by_first["快递越寄"]
    assert (first.column, first.title, first.byline) == ("直言", "夜经济不能只靠“烟火气”", "钟岚")
    assert (second.column, second.title, second.byline) == ("直言", "快递包装该瘦身了", "谭舟")
    assert not page.extras


# A theory piece under its label, title and writer, closed by its author's note.
ESSAY_WITH_NOTE = (
    "观点新论\n"
    "以数字化改造带动传统产业升级\n"
    "龙海平\n"
    "传统产业是我省制造的基本盘，\n"
    "撑起了工厂就业的半壁江山。\n"
    "推进数字化改造，要分别按\n"
    "行业制定路线图，让企业看得\n"
    "懂、用得起、见实效。\n"
    "（作者系省社会科学院研究员）"
)


def test_a_cartoons_title_over_its_word_is_no_line_of_a_stack_sharing_its_words():
    # A drawing's title over 漫画 and its credit, printed under another
    # piece: it shares its words with a commentary higher up, whose stack
    # already closed on its title and writer.
    page = parse(
        column_page(
            TAIL_STACK_SECOND,
            "快递包装该“瘦身”了",
            "欧阳青禾",
            ESSAY_WITH_NOTE,
            "快递包装“层层裹”",
            "漫画",
            "龙 舟 作",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert by_title["快递包装该“瘦身”了"].paragraphs[0].startswith("快递越寄")
    assert by_title["快递包装“层层裹”"].byline == "龙舟 作"


def test_a_commentators_spread_name_under_its_role_closes_a_stack_after_its_text():
    # title / 湖南日报全媒体评论员 / 刘  波 (a name of two characters spread
    # to three's width) over the next piece's label: the name completes
    # the signature of the text above.
    page = parse(
        column_page(
            TAIL_STACK_FIRST,
            "岳麓时评",
            "夜经济不能只靠“烟火气”",
            "湖南日报全媒体评论员\n钟 岚",
            "湘水谈",
            "快递包装该“瘦身”了",
            "罗 新",
            TAIL_STACK_SECOND,
        )
    )
    first = next(a for a in stories(page) if a.paragraphs[0].startswith("不少城市"))
    assert first.byline == "湖南日报全媒体评论员 钟岚"
    assert not page.extras


def test_bare_names_closing_stacks_after_their_texts_move_up_a_piece_each():
    # text / title / label / 某甲, text / title / label / 某乙, then a
    # commentator's stack over its own text: 某甲 signs the first text,
    # 某乙 the second (though each name stands over the next text).
    page = parse(
        column_page(
            TAIL_STACK_FIRST,
            "夜经济不能只靠“烟火气”",
            "直言",
            "钟 岚",
            TAIL_STACK_SECOND,
            "快递包装该“瘦身”了",
            "来论",
            "罗 新",
            "湖南日报全媒体评论员\n谭小舟",
            TAIL_STACK_THIRD,
        )
    )
    by_first = {a.paragraphs[0][:4]: a for a in stories(page)}
    assert by_first["不少城市"].byline == "钟岚"
    assert (by_first["快递越寄"].title, by_first["快递越寄"].byline) == (
        "快递包装该“瘦身”了",
        "罗新",
    )
    assert by_first["老小区加"].byline == "湖南日报全媒体评论员 谭小舟"


def test_a_titled_cartoon_under_an_authors_note_ends_the_piece_above():
    # essay / （作者系…） / cartoon's title / 漫画 / 某某 作 / text whose
    # stack is printed after it: the cartoon keeps its title, and the text
    # under it is a piece of its own, not the essay's.
    page = parse(
        column_page(
            ESSAY_WITH_NOTE,
            "老小区的“爬楼难”",
            "漫画",
            "龙 舟 作",
            TAIL_STACK_THIRD,
            "加装电梯要多算细账",
            "直言",
            "谭小舟",
        )
    )
    by_title = {a.title: a for a in page.articles}
    assert by_title["老小区的“爬楼难”"].byline == "龙舟 作"
    assert by_title["以数字化改造带动传统产业升级"].paragraphs[-1].startswith("（作者系")
    lift = by_title["加装电梯要多算细账"]
    assert (lift.paragraphs[0][:4], lift.byline) == ("老小区加", "谭小舟")


def test_a_commentary_run_into_a_feature_and_signed_over_a_dateline_is_split_off():
    # A signed feature whose text runs on into a commentary's, the
    # commentary's label, title and commentator printed after it, right over
    # a dated report: the commentary is a piece of its own from where its
    # text turns to its title's subject, its stack whole.
    feature = (
        "冷库建到田间地头\n"
        "湖南日报记者 易小川\n"
        "清晨，麻阳县的一座产地冷库\n"
        "门口排起了长队，果农们把刚\n"
        "摘下的冰糖橙送进预冷间。\n"
        "冷库负责人说，预冷之后的果\n"
        "子能多放一个月，损耗少了一\n"
        "大半。\n"
        "夜市摊位多了，夜经济火了，\n"
        "城市的烟火气回来了。但夜经\n"
        "济不能只靠摆摊，还要管好。\n"
        "夜经济要长久，就要把卫生、\n"
        "噪音、停车这些小事管好，让\n"
        "摊主和居民都满意。"
    )
    report = (
        "湖南日报5月9日讯（记者 龙小溪）\n"
        "记者今天从省交通运输厅获悉，全\n"
        "省新改建农村公路三千公里。"
    )
    page = parse(
        column_page(
            feature,
            "短评",
            "夜经济要管出长久",
            "湖南日报评论员\n龙 舟",
            report,
        )
    )
    by_title = {a.title: a for a in page.articles}
    comment = by_title["夜经济要管出长久"]
    assert (comment.column, comment.byline) == ("短评", "湖南日报评论员 龙舟")
    assert comment.paragraphs[0].startswith("夜市摊位")
    assert by_title["冷库建到田间地头"].paragraphs[-1].endswith("损耗少了一大半。")


def test_a_line_opening_on_today_printed_twice_is_running_text():
    # 今天，… printed twice under a finished sentence: the sentence's first
    # line, once, whatever the copy does to the widths around it.
    page = parse(
        column_page(
            "湖南日报5月9日讯（记者 易小川）\n"
            "春耕时节，农资市场进入旺季。\n"
            "今天，省农业农村厅联合公安、省\n"
            "今天，省农业农村厅联合公安、省\n"
            "林业等部门在郴州启动春季农资打假\n"
            "专项行动，重点整治假劣种子。"
        )
    )
    (story,) = page.articles
    assert not story.kicker and story.title_derived
    assert "今天，省农业农村厅联合公安、省林业等部门" in "".join(story.paragraphs)


def test_a_title_printed_again_inside_a_word_cut_by_the_column_is_a_copy():
    # A report's title, printed in its place and again between two lines of
    # a feature where the column cut a word (…当调 / title / 度员，…): the
    # second is the extraction's copy, and the feature's sentence reads on.
    report = (
        "湖南日报5月9日讯（记者 易小川）\n从下月起，长沙至株洲城际公交\n全程票价由十二元降为八元。"
    )
    feature = (
        "城际列车上的“双城人生”\n"
        "湖南日报记者 龙小溪\n"
        "清晨六点半，湘潭的站台上已经\n"
        "站满了赶车的上班族。家住株洲的\n"
        "小伙子周明在长沙一家快递公司当调\n"
        "长株城际公交票价下调\n"
        "度员，每天坐城际列车往返，他说\n"
        "车票刷卡就能进站，方便多了。"
    )
    page = parse(column_page("长株城际公交票价下调", report, feature))
    assert page.duplicates == ("长株城际公交票价下调",)
    story = next(a for a in page.articles if a.title == "城际列车上的“双城人生”")
    assert "快递公司当调度员，每天坐城际列车往返" in "".join(story.paragraphs)


def test_a_line_going_on_under_a_stack_printed_into_its_cut_word_is_text():
    # …头等大事， / 不具备条件的宁可委托正规餐 / title / label / writer /
    # 饮单位配送，…: the word runs across the stack from the line over it,
    # which is the text's, not the stack's first line. (A read set's page:
    # the shape did not come out of a small page.)
    page = read_set_page("dev_sp", "010")
    story = next(a for a in page.articles if a.title == "暑期托管的餐桌不能“放假”")
    assert not story.kicker
    assert "宁可委托正规餐饮单位配送" in "".join(story.paragraphs)


def test_a_stack_printed_into_a_sentence_whose_rest_opens_on_its_pause_heads_the_story():
    # A dated report printed before its stack, the stack set into its
    # sentence, the rest opening on the pause: one sentence, one headline.
    page = parse(
        column_page(
            "湖南日报5月9日讯（记者 易小川）\n"
            "今天上午，长沙一所中学的学生\n"
            "按班级分批走进食堂，每张餐桌\n"
            "只坐一人，就餐安静有序。\n"
            "为守护师生“舌尖上的安全”",
            "全省中小学食堂推行分餐制",
            "一人一桌 错峰就餐",
            "，省教育厅联合卫健部门印发通\n知，要求学校食堂落实留样和每\n日消毒制度。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title) == ("全省中小学食堂推行分餐制", "一人一桌 错峰就餐")
    assert "为守护师生“舌尖上的安全”，省教育厅" in "".join(story.paragraphs)


def test_a_commentarys_stack_printed_inside_its_text_heads_its_headless_rest():
    # (column pages: text / label / title on two lines / writer / more text
    # of the same subject, with no headline of its own: one commentary, its
    # text both sides of its stack. A read set's page: the first text took
    # the stack as printed after it, as a small page does not.)
    page = read_set_page("dev_tl", "007")
    piece = next(a for a in page.articles if a.title == "花炮“出海”靠的是硬功夫")
    assert (piece.column, piece.byline) == ("湖湘杂谈", "欧阳明远")
    assert piece.paragraphs[0].startswith("今年前三季度")
    assert piece.paragraphs[-1].endswith("上占有一席之地。")


def test_a_writer_left_with_no_text_under_a_stack_set_into_a_cut_signs_that_stack():
    # (column pages: …委托正规餐 / title / 三湘观澜 / 舒岩 / 饮单位…: the
    # writer's line opened a piece whose only text was the cut sentence's
    # rest; it signs the piece that took the title, the label its column)
    page = read_set_page("dev_sp", "010")
    story = next(a for a in page.articles if a.title == "暑期托管的餐桌不能“放假”")
    assert (story.column, story.byline) == ("三湘观澜", "舒岩")
    assert "三湘观澜" not in page.extras


def test_a_spread_line_whose_sentence_goes_on_at_a_quoted_phrase_is_text():
    # (column pages: a crosshead, then a line justified to the column
    # (spread character by character) that repeats the feature's words,
    # then “洋货”，也让…: one sentence of the feature, no headline of another
    # story. A read set's page: a small one keeps the line in its text.)
    page = read_set_page("dev_sn", "006")
    story = next(a for a in page.articles if a.title == "口岸边的“新生意”")
    assert "跨境电商不仅让消费者买到了“洋货”" in "".join(story.paragraphs)


def test_a_cartoons_scene_in_brackets_over_its_credit_is_its_caption():
    # title / （the scene it draws, in brackets） / 漫画/某某 under a
    # commentary: a cartoon, its words in brackets, no stack of the
    # commentary's.
    page = parse(
        column_page(
            "湘声快评",
            "快递包装该“瘦身”了",
            "欧阳青禾",
            TAIL_STACK_SECOND,
            "层层包裹",
            "（一个小小的发卡，裹了三层泡沫和两个纸箱）",
            "漫画/龙小舟",
            "一事一议",
            "加装电梯要多算细账",
            "谭小舟",
            TAIL_STACK_THIRD,
        )
    )
    cartoon = next(a for a in page.articles if a.kind == "photo")
    assert (cartoon.title, cartoon.byline) == ("层层包裹", "漫画/龙小舟")
    assert cartoon.paragraphs == ("（一个小小的发卡，裹了三层泡沫和两个纸箱）",)


def test_a_commentary_opening_on_the_reports_headline_keeps_its_first_paragraph():
    # A read set's paragraph page: a dated report's last paragraphs printed
    # after two other stories, right over the paper's commentary on it,
    # whose first paragraph opens on the words of the report's title.
    page = read_set_page("dev_st", "006")
    comment = next(a for a in page.articles if a.byline == "湖南日报评论员")
    report = next(a for a in page.articles if a.dateline and "清四乱" in a.kicker)
    assert comment.paragraphs[0].startswith("半年拆除违建1300余处")
    assert len(comment.paragraphs) == 5
    assert not any(p.startswith("半年拆除") for p in report.paragraphs)


@pytest.mark.parametrize("second", ["奉永成", "盘秀英", "麻建军"])
def test_a_second_reporter_of_a_hunan_surname_on_a_line_of_its_own_signs_too(second):
    # Column lines: a feature's stack, its reporters' line broken before the
    # second name (a surname of Hunan's south and west: 奉, 盘, 麻), its text.
    page = page_of(
        [
            "探访瑶乡茶产业——",
            "一片茶叶的“山外路”",
            "湖南日报全媒体记者 谢湘宁",
            second,
            "走进江华瑶族自治县的高山茶园，采",
            "茶工人正背着竹篓穿行在茶垄间。这里",
            "的茶园去年产值突破两亿元，带动三千",
            "多户瑶族群众增收。",
            "“过去茶叶卖不出好价钱，现在有了",
            "自己的品牌，收入翻了一番。”茶农说。",
        ]
    )
    (feature,) = stories(page)
    assert feature.byline == f"湖南日报全媒体记者 谢湘宁 {second}"
    assert feature.paragraphs[0].startswith("走进江华")


ESSAY_TEXT = [
    "外婆家的堂屋里，一直放着一架老纺",
    "车。纺车是樟木做的，轮子上的油漆早",
    "已磨光，露出深褐色的木纹，摇起来吱",
    "吱呀呀，像一首唱了几十年的老歌。",
    "小时候放暑假，我最爱坐在纺车旁",
    "看外婆纺线，棉条在她手里越抽越长。",
]


def test_an_essays_one_line_title_under_its_writers_line_is_its_title():
    # Column lines: a report's last lines, then an essay signed over its
    # title (文丨某某 / title / text).
    page = page_of(
        [
            "长沙市民办剧团今年演出场次同比增",
            "长两成，观众超过百万人次。",
            "文丨芮一禾",
            "外婆的纺车",
            *ESSAY_TEXT,
        ]
    )
    essay = next(a for a in page.articles if a.byline == "文丨芮一禾")
    assert essay.title == "外婆的纺车"
    assert essay.paragraphs[0].startswith("外婆家的堂屋里")


def test_a_column_name_over_the_writer_printed_before_the_title_is_the_column():
    # Column lines: an essay's stack as 随笔 / 文丨某某 / title, over its text,
    # with a notice below that names the genre in its words.
    page = page_of(
        [
            "随笔",
            "文丨胡淑芳",
            "老街的早晨",
            *ESSAY_TEXT,
            "副刊征稿",
            "本刊欢迎散文、随笔、诗歌、书画摄影",
            "作品投稿，来稿请注明作者真实姓名、",
            "通讯地址和联系电话，一经刊用即付稿酬。",
        ]
    )
    essay = next(a for a in page.articles if a.byline == "文丨胡淑芳")
    assert (essay.column, essay.kicker, essay.title) == ("随笔", "", "老街的早晨")


def test_a_leads_stack_printed_after_its_dated_lines_heads_the_whole_report():
    # Column lines: a front-page report's dated first paragraphs, its stack
    # (kicker / title) where the columns broke, then the rest of its text;
    # the title names the rest more than the dated lines.
    page = page_of(
        [
            "湖南日报8月3日讯（记者 邝云舟 通讯员",
            "贺小满）清晨六点，新田县的万亩烟田里",
            "已是一片繁忙。烟农们头戴草帽穿行在田",
            "垄间，把成熟的烟叶一片片采下装进竹筐。",
            "“今年雨水匀，烟叶长得厚实。”石羊镇",
            "烟农周德旺一边捆烟一边说，他家20亩",
            "烟叶预计能卖十几万元。",
            "烤烟进入采收高峰",
            "新田烟叶丰收 烟农笑开颜",
            "新田县地处南岭北麓，光热充足，土壤疏",
            "松，是全省烤烟优势产区之一。近年来，",
            "县里推广密集烤房和专业化分级散烟收购，",
            "烟叶等级结构不断优化。",
            "县烟草分公司负责人介绍，今年全县新建",
            "标准化烤房300座，烘烤损失率下降到5%",
            "以内，上等烟的比例也明显提高。",
            "湖南日报8月3日讯（记者 柯晓岚）今天，",
            "省交通运输厅发布消息，全省农村公路提",
            "质改造工程完成年度任务的六成，新改建",
            "农村公路4200公里。",
            "全省农村公路提质改造过半",
        ]
    )
    report = next(a for a in page.articles if a.paragraphs[0].startswith("清晨六点"))
    assert (report.kicker, squash(report.title)) == ("烤烟进入采收高峰", "新田烟叶丰收烟农笑开颜")
    assert report.paragraphs[-1].endswith("上等烟的比例也明显提高。")
    assert not any(a.paragraphs[0].startswith("新田县地处") for a in page.articles)


def test_a_copy_of_a_running_lines_words_printed_under_a_stack_is_dropped():
    # Column lines: a report cut inside a word at both ends of one line
    # (…的政 / 协委员们…展开热 / 烈讨论…); the extraction prints that line
    # again under the report's stack, over the next report's dateline.
    page = page_of(
        [
            "湖南日报1月14日讯（记者 舒望川）连",
            "日来，出席省政协会议的政",
            "协委员们围绕乡村振兴话题展开热",
            "烈讨论，大家建言献策，气氛热烈。",
            "委员们认为，要把发展特色产业作为",
            "乡村振兴的重要抓手，让农民增收。",
            "委员热议乡村振兴",
            "协委员们围绕乡村振兴话题展开热",
            "湖南日报1月14日讯（记者 谷一帆）",
            "今天，省城第二届冰雪嘉年华在洋湖",
            "湿地公园开幕，吸引大批市民游玩。",
            "冰雪嘉年华开幕",
        ]
    )
    texts = ["".join(a.paragraphs) + a.kicker + a.title for a in page.articles]
    assert sum(t.count("协委员们围绕乡村振兴话题") for t in texts) == 1
    talks = next(a for a in page.articles if a.paragraphs[0].startswith("连日来"))
    assert (talks.kicker, talks.title) == ("", "委员热议乡村振兴")
    fair = next(a for a in page.articles if "冰雪" in a.title)
    assert fair.paragraphs[0].startswith("今天，省城第二届")


def test_a_bylines_rest_wrapped_onto_the_next_line_is_the_byline():
    page = parse(
        "茶旅融合\n\n黑茶小镇游人如织\n\n湖南日报全媒体记者 欧阳\n\n晓岚 通讯员 聂春生\n\n"
        "周末的安化县江南镇，茶香飘满老街。来自各地的游客走进茶厂，看师傅们筑制千两茶。\n\n"
        "镇里把茶园、茶厂和古茶道串成一条游览线路，今年已接待游客30多万人次。\n"
    )
    story = page.articles[0]
    assert squash(story.byline) == "湖南日报全媒体记者欧阳晓岚通讯员聂春生"
    assert story.paragraphs[0].startswith("周末的安化县")


def test_names_listed_and_trailing_off_over_a_title_are_its_kicker():
    page = parse(
        "擂茶、米粉、酱板鸭、臭豆腐……\n\n舌尖上的湖南小吃走向全国\n\n湖南日报全媒体记者 符晓\n\n"
        "走进长沙的美食街，各色湖南小吃摊前排起长队。不少小吃企业开出连锁店，把生意做到了省外。\n\n"
        "据统计，全省小吃类连锁品牌门店已超过两万家，带动就业数十万人。\n"
    )
    story = page.articles[0]
    assert (story.kicker, story.title) == (
        "擂茶、米粉、酱板鸭、臭豆腐……",
        "舌尖上的湖南小吃走向全国",
    )


def test_an_essays_title_as_wide_as_its_text_over_an_indented_first_line_is_its_title():
    # Column lines: a report's last lines, then an essay: its writer's 文丨
    # line, a title as wide as the text, and the text's first line set in.
    page = page_of(
        [
            "长沙市民办剧团今年演出场次同比增",
            "长两成，观众超过百万人次。",
            "文丨芮一禾",
            "外婆家堂屋里那架吱呀作响的纺车",
            " 外婆家的堂屋里，一直放着一架老纺",
            *ESSAY_TEXT[1:],
        ]
    )
    essay = next(a for a in page.articles if a.byline == "文丨芮一禾")
    assert essay.title == "外婆家堂屋里那架吱呀作响的纺车"
    assert essay.paragraphs[0].startswith("外婆家的堂屋里")


def test_a_code_to_query_and_the_listing_it_opens_are_one_box():
    # Paragraph page: a photo under its title and over its credit, a prompt to scan a code to
    # query and the listing it opens, then a report's title and dateline.
    page = parse(
        "开学第一天\n\n9月1日，长沙市一所小学，新生在老师带领下参观校园。\n\n"
        "湖南日报·新湖南客户端记者 易小川 报道\n\n"
        "扫码查询\n\n全省中小学秋季学位信息\n\n"
        "我省新增中小学学位12万个\n\n"
        "湖南日报9月1日讯（记者 符晓）记者今天从省教育厅获悉，今年秋季全省新增中小学学位12万个，"
        "缓解了城区学校大班额问题。\n\n"
        "新增学位主要集中在长沙、株洲、湘潭等城市新区，各地新建改扩建学校180余所。\n"
    )
    report = next(a for a in page.articles if a.dateline)
    assert (report.kicker, report.title) == ("", "我省新增中小学学位12万个")
    assert any("全省中小学秋季学位信息" in extra for extra in page.extras)


def test_a_cartoons_short_title_over_a_caption_opening_on_a_words_second_half_is_its_title():
    # A read set's paragraph page: a cartoon's two-character title over its
    # caption and credit on one line, which opens on 新 (read as a word's
    # second half, though no word runs from the title into it).
    page = read_set_page("dev_sx", "010")
    cartoon = next(a for a in page.articles if a.byline == "柳一鸣 作")
    assert cartoon.title == "安居"
    assert cartoon.paragraphs[0].startswith("新钥匙")


def test_a_title_lost_to_its_own_kicker_stack_cuts_no_other_report():
    # A read set's column page: a feature's title, read alone, claims a
    # dated report for the words its last paragraph shares (企业, 安心); in
    # the final reading it heads the feature under its kicker, so the report
    # is not cut for it.
    page = read_set_page("dev_sv", "007")
    report = next(
        a for a in page.articles if a.paragraphs[0].startswith("今天，湘江新区首批人才公寓")
    )
    assert report.paragraphs[-1].startswith("在一家软件企业工作的程序员")
    assert not any(a.paragraphs[0].startswith("在一家软件企业") for a in page.articles)


def test_a_place_and_colon_title_under_the_writers_is_in_the_stack():
    # Column lines: a feature opened by its writers' lines, then its kicker
    # and a title of a place, a colon and what it tells of the place.
    page = page_of(
        [
            "湖南日报全媒体记者 舒望川",
            "通讯员 谷一帆",
            "一片茶叶的“转型记”",
            "古丈：小茶叶富了一方人",
            "四月的武陵山区，云雾缭绕。古丈县默戎",
            "镇的茶园里，采茶工人正在抢摘明前茶，",
            "山脚下的茶厂机器轰鸣，一派繁忙。",
            "今年，古丈茶叶种植面积达到20万亩，",
            "茶叶综合产值有望突破30亿元。",
        ]
    )
    feature = page.articles[0]
    assert (feature.kicker, feature.title) == ("一片茶叶的“转型记”", "古丈：小茶叶富了一方人")
    assert feature.paragraphs[0].startswith("四月的武陵山区")


def test_a_stack_that_cut_one_body_for_its_words_cuts_no_second():
    # A read set's commentary page: a title printed over its own text but
    # left without it claims, round after round, each piece that shares its
    # words (花鼓戏, 戏); it may cut one, not an essay's and a letter's too.
    page = read_set_page("dev_sx", "013")
    essay = next(a for a in page.articles if a.byline == "文丨宋雨薇")
    assert any(p.startswith("湖南方言丰富多样") for p in essay.paragraphs)
    assert essay.paragraphs[-1].endswith("我们每个人都可以出一份力。")


def test_a_columns_name_over_a_signed_title_names_the_column_though_a_story_uses_it():
    # Column lines: a dated report that speaks of 读书, then an essay's
    # column name (the same word), its title and its writer over its text.
    page = page_of(
        [
            "湖南日报4月23日讯（记者 符晓）今天，",
            "全省全民读书月活动在长沙启动，各地",
            "图书馆将举办读书分享会300余场。",
            "全省全民读书月活动启动",
            "读书",
            "书页间的洞庭湖",
            "文丨芮一禾",
            *ESSAY_TEXT,
        ]
    )
    essay = next(a for a in page.articles if a.byline == "文丨芮一禾")
    assert (essay.column, essay.title) == ("读书", "书页间的洞庭湖")


def test_a_digests_source_under_its_title_is_its_byline():
    # Column lines: a views column reprinting another paper's piece, its
    # source where a writer's name would stand.
    page = page_of(
        [
            "观点",
            "让冷链物流更好服务县域",
            "据《中国经济时报》",
            "冷链设施向县城和乡镇延伸，",
            "让生鲜农产品走得更远，也让",
            "农户的收益更稳。要加快补齐",
            "产地预冷和仓储的短板。",
        ]
    )
    digest = next(a for a in page.articles if a.title == "让冷链物流更好服务县域")
    assert digest.byline == "据《中国经济时报》"
    assert digest.paragraphs[0].startswith("冷链设施向县城")


def test_a_photos_title_between_its_caption_and_a_signed_credit_is_no_part_of_the_credit():
    # One paragraph a line: a caption, the photo's title under it, then the
    # credit naming its photographer's role: the title is the photo's.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "6月3日,汉寿县西湖管理区,农民驾驶插秧机在田间作业。当地今年机插秧面积超过八成。",
            "插秧正忙",
            "记者 何明远 摄",
            *bus_report("6月3日", "邹小溪"),
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("插秧正忙", "记者 何明远 摄")


@pytest.mark.parametrize("credited", [True, False])
def test_a_photos_title_as_the_pages_last_line_under_its_caption_is_the_photos(credited):
    # One paragraph a line: the page closes on a caption (its credit on its
    # line, or none, set apart under the picture) and a short line that
    # shares no word with it: no story is left below to take the line.
    caption = "10月9日,衡南县茶市镇,农民驾驶收割机收割晚稻。当地今年晚稻长势良好。"
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            *bus_report("10月9日", "邹小溪"),
            f"{caption} 记者 何明远 摄" if credited else f"\n\n\n{caption}",
            "秋收正忙",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "秋收正忙"
    assert all("秋收正忙" not in p for a in stories(page) for p in a.paragraphs)


def test_a_caption_over_a_photos_title_and_credit_on_a_column_page_is_one_photo():
    # Column lines: a report, a caption printed whole on one line, the
    # photo's title under it and its credit set right: one photo item.
    page = page_of(
        [
            "全省新建高标准农田86万亩",
            "湖南日报3月9日讯（记者 符晓）今年",
            "以来，全省新建高标准农田 86 万亩，",
            "完成全年任务的四成以上。各地把高",
            "标准农田建设与耕地保护结合起来，",
            "新增耕地 3.2 万亩。",
            "3月8日，新邵县酿溪镇，农民赶着耕牛下田犁地。当地今年早稻种植面积稳中有增。",
            "耕牛下田",
            "                              记者 何 晴 摄",
            "今日谈",
            "种粮要算好长远账",
            "龙晓岚",
            "春耕时节，种粮大户最关心的，",
            "是今年的粮价和农资价格。算好",
            "眼前账固然要紧，更要算好长远账。",
        ]
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert len(photos) == 1
    assert (photos[0].title, photos[0].byline) == ("耕牛下田", "记者何晴 摄")
    assert photos[0].paragraphs[0].startswith("3月8日，新邵县酿溪镇")


def test_a_crosshead_wrapped_at_the_columns_width_heads_a_section_of_its_piece():
    # Column lines: a theory piece under its label, title and writer, its
    # crossheads as wide as its column and wrapped, a word's last characters
    # alone on the next line: sections of the one piece.
    page = page_of(
        [
            "理论·观察",
            "让县域商业体系更加完善",
            "周 明",
            "县域商业是连接城乡的",
            "重要纽带。完善县域商业体系，",
            "既能扩大农村消费，也能带动",
            "农产品进城，让城乡市场更好",
            "地循环起来。",
            "以物流网络延伸服务半",
            "径",
            "物流是县域商业的骨架。",
            "要推动县级物流中心、乡镇",
            "站点和村级网点连成一张网，",
            "让快递进村更便捷、更实惠。",
            "以数字技术激活商业活",
            "力",
            "数字技术正在改变乡村",
            "的买卖方式。要支持实体商",
            "户开展线上经营，培育一批",
            "懂电商的本土带头人。",
        ]
    )
    piece = next(a for a in page.articles if a.title == "让县域商业体系更加完善")
    assert piece.subheads == ("以物流网络延伸服务半径", "以数字技术激活商业活力")
    assert piece.paragraphs[-1].endswith("懂电商的本土带头人。")
    assert len(page.articles) == 1


@pytest.mark.parametrize("last", ["", "这一做法受到企业欢迎。"])
def test_a_reports_rest_sent_on_from_under_another_reports_text_goes_back_to_it(last):
    # Column lines of a front page: a report's headline and first paragraph;
    # another report whole; a third whose text runs on into the first's rest
    # (its subject: export orders), sent on to page 2, the rest's last
    # paragraph maybe too short to say whose it is.
    page = page_of(
        [
            "湘企挖掘机海外订单排到下半年",
            "湖南日报4月10日讯（记者 覃晓）记",
            "者从省商务厅获悉，一季度全省挖掘",
            "机出口 3.2 万台，海外订单已排到",
            "下半年。",
            "全省春季植树造林完成面积过半",
            "湖南日报4月10日讯（记者 龙林）今年",
            "春季，全省已完成植树造林 96 万亩，",
            "占全年任务的五成以上。",
            "各地把造林与油茶产业结合起来，",
            "新造油茶林 21 万亩。",
            "林业部门提醒，春季天干物燥，进",
            "山要注意防火。",
            "长沙开通首条夜间旅游公交",
            "湖南日报4月10日讯（记者 符晓）今",
            "天，长沙首条夜间旅游公交开通，串起",
            "橘子洲、五一商圈和湘江夜游码头。",
            "线路每晚发车 12 班，游客可凭一张",
            "票当晚多次乘坐。",
            "据介绍，夜间公交车辆全部更换为",
            "新能源车型，并配有景点讲解。",
            "挖掘机出口企业负责人介绍，海外",
            "客户看重挖掘机的售后，企业在东南",
            "亚新设挖掘机配件仓库 6 个，出口订",
            "单同比增长近五成。",
            "省商务厅表示，将帮助挖掘机出口",
            "企业开拓海外市场，为出口企业办理",
            "出口退税开辟绿色通道。",
            *([last] if last else []),
            "▷（下转2版）",
        ]
    )
    export = next(a for a in page.articles if a.title == "湘企挖掘机海外订单排到下半年")
    bus = next(a for a in page.articles if a.title == "长沙开通首条夜间旅游公交")
    assert export.paragraphs[1].startswith("挖掘机出口企业负责人")
    assert export.paragraphs[-1].endswith(last or "办理出口退税开辟绿色通道。")
    assert export.continued == "下转2版"
    assert bus.paragraphs[-1].endswith("并配有景点讲解。") and not bus.continued


def test_what_a_contribution_must_give_under_the_call_for_them_is_furniture():
    # Column lines: a commentary, then the page's call for contributions and,
    # on the line under it, what they must give.
    page = page_of(
        [
            "湘江时评",
            "让托育服务走进更多社区",
            "龙晓岚",
            "托育服务事关千家万户，要在",
            "社区布点，让家长少跑路、放心托。",
            "欢迎来稿 本版邮箱：hnpl@163.com",
            "来稿请注明作者真实姓名、工作单位和联系电话",
        ]
    )
    assert any(e.endswith("来稿请注明作者真实姓名、工作单位和联系电话") for e in page.extras)
    assert not any("来稿" in p for a in page.articles for p in a.paragraphs)
    assert all(a.title != "来稿请注明作者真实姓名、工作单位和联系电话" for a in page.articles)


def test_a_reports_paragraph_printed_after_the_next_dated_report_over_a_continuation_goes_back():
    # Column lines: a dated report, a story's part continued from page 1,
    # another dated report whose last paragraph reads as the first report's
    # subject: the first report's.
    page = page_of(
        [
            "我省公布生猪产能调控基地名单",
            "湖南日报3月8日讯（记者 邓晓舟）记者今",
            "天从省农业农村厅获悉，全省 328 家猪场",
            "纳入生猪产能调控基地。",
            "按照调控方案，能繁母猪存栏低于",
            "正常保有量时，生猪产能调控基地须增加",
            "能繁母猪存栏，可享受贷款贴息支持。",
            "▲ ▲（上接1版②）代表们表示，要把",
            "会议精神带回湖南，立足岗位、担当作为，",
            "在产业发展等方面贡献力量。",
            "湘企装备亮相东盟基础设施展",
            "湖南日报3月8日讯（记者 覃岳衡）3月7",
            "日至9日，东盟基础设施及工程机械展在",
            "印度尼西亚举行，湖南 42 家装备企业参展。",
            "展会首日，一家湖南企业与当地矿",
            "业公司签订了挖掘机和起重机采购合同。",
            "东盟是湖南外贸的头号市场，湖南",
            "装备企业正在东盟建设海外服务网点。",
            "省农业农村厅有关负责人介绍，全",
            "省能繁母猪存栏为正常保有量的 103%，生",
            "猪产能调控基地将引导理性补栏。",
        ]
    )
    pigs = next(a for a in page.articles if a.title == "我省公布生猪产能调控基地名单")
    expo = next(a for a in page.articles if a.title == "湘企装备亮相东盟基础设施展")
    assert pigs.paragraphs[-1].startswith("省农业农村厅有关负责人介绍")
    assert expo.paragraphs[-1].startswith("东盟是湖南外贸的头号市场")


def test_a_kicker_setting_the_scene_then_the_event_over_a_title_under_finished_text_is_a_kicker():
    # One paragraph a line: a report closed on a finished sentence, then a
    # kicker of a short scene and what happens (寒假刚过，…), a title, a
    # dateline whose lead tells of the same: the kicker heads that report.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "秋收时节,汨罗江畔稻田迎来机收高峰",
            "千台收割机抢晴天",
            "湖南日报10月9日讯(全媒体记者 柯文)汨罗江畔的稻田里,上千台收割机正在抢收晚稻,"
            "机收高峰比往年提前了三天。",
            "当地农机合作社组织了跨区作业,确保稻谷颗粒归仓。",
        )
    )
    harvest = next(a for a in page.articles if a.title == "千台收割机抢晴天")
    assert harvest.kicker == "秋收时节，汨罗江畔稻田迎来机收高峰"
    assert page.articles[0].paragraphs[-1].endswith("确保粮食播种面积稳定。")


def test_the_paragraph_under_a_reports_lead_stays_when_the_report_is_set_apart():
    # One paragraph a line: two short reports printed in an essay's cuts, the
    # essay's text between them. The second report's paragraph under its lead
    # names the first one's county; it is still the second's.
    page = parse(
        paragraph_page(
            "湖湘论坛",
            "让山区学校留住好老师",
            "王晓东",
            "山区教育的短板在师资。留住好老师，要在待遇、成长和荣誉上一起用力。",
            "一是完善待遇保障。近年来，不少县市提高了乡村教师生活补助，并在职称评定上"
            "向边远学校倾斜，让",
            "湘西职院成立茶叶研究中心",
            "湖南日报6月3日讯(全媒体记者 覃小红)今天，湘西职业技术学院茶叶研究中心揭牌。"
            "中心将围绕保靖黄金茶育种、茶叶加工等方向开展研究。",
            "中心由学院联合保靖县多家茶企共同组建，首批聘请15名专家担任研究员。",
            "扎根山区的教师得到实实在在的回报。",
            "二是畅通成长通道。要让乡村教师有机会外出培训，把新的教学方法带回课堂。",
            "(作者系湖南师范大学教授)",
            "全省茶产业发展研讨会召开",
            "湖南日报6月3日讯(全媒体记者 孙敏)今天，全省茶产业发展研讨会在长沙召开，"
            "50余名专家学者与会。",
            "与会专家认为，我省应以保靖黄金茶等品牌为引领，加快茶叶精深加工，"
            "推动茶叶研究成果转化，推动茶旅融合发展。",
            "会上还发布了全省茶叶区域公用品牌目录。",
        )
    )
    centre = next(a for a in page.articles if a.title == "湘西职院成立茶叶研究中心")
    meeting = next(a for a in page.articles if a.title == "全省茶产业发展研讨会召开")
    assert centre.paragraphs[-1].startswith("中心由学院联合")
    assert [p[:4] for p in meeting.paragraphs[1:]] == ["与会专家", "会上还发"]


def test_a_sentence_cut_inside_its_copula_frame_goes_on_the_clause_closing_it():
    # One paragraph a line: a report's last paragraph cut inside 是…的
    # (…是村里的老篾匠用山上的楠竹), an essay printed after it, then the
    # report's rest (手工编织的，…): that rest goes on the cut, not the
    # essay's pseudo-cleft paragraph (最让我惦记的，是…).
    page = parse(
        paragraph_page(
            "竹编作坊订单忙",
            "湖南日报1月10日讯(记者 李红)临近春节，桃江县的竹编作坊里一片忙碌，"
            "工人们正赶制出口的竹篮和果盘。",
            "作坊主人刘建平介绍，今年已接到来自欧洲和东南亚的订单3万多件。",
            "作坊里的竹篮，是村里的老篾匠用山上的楠竹",
            "湘江",
            "外婆的竹篮",
            "文丨陈小燕",
            "小时候，外婆家的堂屋里总挂着一只竹篮，装着针线和鸡蛋。",
            "最让我惦记的，是春节前外婆从桃江竹编作坊买回的新竹篮。篮子里装着糖果和果盘，"
            "她总要从篮底摸出几颗糖，塞进我的口袋。",
            "如今外婆不在了，那只竹篮还挂在老屋里，落满了灰。",
            "手工编织的，结实耐用，很受客商欢迎。刘建平说，作坊今年又招了20名工人。",
        )
    )
    report = next(a for a in page.articles if a.title == "竹编作坊订单忙")
    essay = next(a for a in page.articles if a.title == "外婆的竹篮")
    assert report.paragraphs[-1].startswith("作坊里的竹篮")
    assert "手工编织的" in report.paragraphs[-1]
    assert any(p.startswith("最让我惦记的") for p in essay.paragraphs)


def test_a_digest_entry_led_by_its_place_and_a_colon_is_furniture():
    # A front page's digest box: entries of a place, a colon, a title and
    # the page (岳阳：…2版) are no headline of the story printed near them.
    page = page_of(
        [
            "今日导读",
            "岳阳：港口吞吐量再创新高 2版",
            "郴州：温泉小镇冬季迎客忙 3版",
            "岳阳港吞吐量再创新高",
            "湖南日报11月20日讯（记者 陈永刚）记者今天从岳阳市港务局获悉，今年前10个月，",
            "岳阳港完成货物吞吐量1.2亿吨，同比增长8.6%。",
            "港务局负责人介绍，城陵矶港新开通两条外贸航线，集装箱业务增长明显。",
        ]
    )
    assert "岳阳：港口吞吐量再创新高 2版" in page.extras
    assert "郴州：温泉小镇冬季迎客忙 3版" in page.extras
    assert [a.title for a in stories(page)] == ["岳阳港吞吐量再创新高"]


def test_a_short_line_under_a_credited_caption_over_the_headline_of_the_report_above_is_the_photos():
    # Column lines: a report printed headless, its text, a photo's caption
    # with its credit, a short line, then a line that reads as the report
    # (its headline printed after its text), then the next dated report.
    page = page_of(
        [
            "湖南日报 9 月 3 日讯（记者 周小雷）今天，全",
            "省秋季森林防火工作视频会召开。会议要求，",
            "各地要加强野外火源管控，落实护林员巡山制度。",
            "会议强调，要压实森林防火责任，做好扑火",
            "队伍和物资准备，确保不发生重大森林火灾。",
            "9月2日，攸县一家竹木加工企业，工人在流水线上打磨竹地板。 记者 童迪 摄",
            "竹香满车间",
            "全省秋季森林防火工作视频会召开",
            "湖南日报 9 月 3 日讯（记者 李秉钧）今天，全",
            "省湘江流域水质监测数据发布，湘江干流水质",
            "稳定保持在二类以上。",
        ]
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "竹香满车间"
    fire = next(a for a in stories(page) if a.paragraphs[0].startswith("今天，全省秋季森林"))
    assert (fire.kicker, fire.title) == ("", "全省秋季森林防火工作视频会召开")


def test_a_commentarys_title_under_its_text_beats_a_line_afar_quoting_its_first_words():
    # Column lines: a headless report and a two-line stack after its text;
    # the next report's stack and text; a commentary whose first words
    # restate the report's second headline line, its own title right under
    # its text. The title under the text is the commentary's; the quoted
    # line stays with the report it was printed after.
    page = page_of(
        [
            "湖南日报 1月 8日讯（全媒体记者",
            "刘文 通讯员 何平）记者今天从全省",
            "教育工作会议上获悉，2025年，全省职",
            "业院校毕业生就业率达到93.5%，其中省",
            "内就业率为91.2%，服务本地产业的",
            "格局更加巩固。",
            "过去一年，我省推动职业院校与园区企",
            "业共建产业学院86个，订单培养学生",
            "2.1万人，校企合作更加紧密。",
            "全省职业院校交出就业答卷",
            "九成以上毕业生留在省内就业",
            "春运首日",
            "长沙南站发送旅客12万人次",
            "湖南日报 1月 8日讯（全媒体记者",
            "王强）今天是春运首日，长沙南站",
            "发送旅客12万人次，车站增开临时",
            "售票窗口20个，旅客进站秩序井然。",
            "湖南日报全媒体评论员 李湘",
            "九成以上的毕业生留在了省内，",
            "一半以上进入本地园区企业。这组数",
            "据说明，职业教育正在从“政策推动”",
            "变成学生的“自觉选择”。",
            "学生愿意留在省内就业，是因为园区",
            "企业的岗位多了，待遇好了。说到底，",
            "是职业教育的质量赢得了学生的信任。",
            "让职业教育成为学生的自觉选择",
            "赏冰灯逛庙会",
            "浏阳冬游“热”起来",
            "湖南日报 1月 8日讯（全媒体记者",
            "周丽）入冬以来，浏阳大围山景区",
            "推出冰灯展和新春庙会，吸引大批",
            "游客前来游玩，周末日均接待游客2万人次。",
        ]
    )
    jobs = next(a for a in page.articles if a.paragraphs[0].startswith("记者今天从全省"))
    assert (jobs.kicker, jobs.title) == ("全省职业院校交出就业答卷", "九成以上毕业生留在省内就业")
    (view,) = [a for a in page.articles if "评论员" in a.byline]
    assert view.title == "让职业教育成为学生的自觉选择"


def test_the_text_right_under_a_lone_jump_marker_is_the_continuations():
    # One paragraph a line: a 上接 marker alone, the rest of the jumped
    # sentence (a bare amount), then a report cut before its own amount,
    # printed after another report. The amount under the marker is the
    # continuation's, not the rest of the report's cut sentence.
    page = parse(
        paragraph_page(
            "▲ ▲（上接1版①）",
            "800亿元。",
            "省发展改革委负责人介绍，今年全省将新开工重大项目200个，重点投向交通和水利。",
            "郴州有色金属产业链加速延伸",
            "湖南日报6月5日讯（全媒体记者 李明 通讯员 王华）记者今天从郴州市获悉，"
            "今年前5个月，郴州有色金属产业链实现产值210亿元。",
            "郴州有色金属资源丰富，近年来引进精深加工企业40多家，产品从锭材延伸到合金材料。",
            "郴州提出，将加快建设有色金属新材料产业园，力争到2027年产业链产值突破",
            "永州柑橘出口东盟",
            "湖南日报6月5日讯（全媒体记者 周军）今天，一批永州柑橘从江永县发往越南，"
            "今年以来全市柑橘出口已达3万吨。",
            "350亿元。",
        )
    )
    (rest,) = [a for a in page.articles if a.kind == "continuation"]
    assert rest.paragraphs[0] == "800亿元。"
    metals = next(a for a in page.articles if a.title == "郴州有色金属产业链加速延伸")
    assert "800亿元" not in "".join(metals.paragraphs)


def test_a_scene_title_under_a_groups_credit_over_a_one_line_stack_titles_the_group():
    # One paragraph a line: two captions, the second closed by the group's
    # credit, then a short scene's title (none of its words the report's),
    # then a report's one-line title over its dateline.
    page = parse(
        paragraph_page(
            "6月2日，临澧县合口镇，农民驾驶插秧机在田间作业。",
            "6月3日，石门县皂市镇，茶农在茶园里采摘夏茶。 以上图片均由记者 童迪 摄",
            "夏日田野忙",
            "长沙公布首批智慧社区名单",
            "湖南日报6月3日讯（记者 周丽）今天，长沙市民政局公布首批智慧社区名单，30个社区入选。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "夏日田野忙"
    assert len(photo.paragraphs) == 2
    (report,) = stories(page)
    assert (report.kicker, report.title) == ("", "长沙公布首批智慧社区名单")


def test_a_continuations_stand_in_title_skips_the_cut_sentences_last_words():
    from hnreader.corpus.segment import derive_title

    paragraphs = [
        "1000亿元。",
        "市工信局负责人介绍，当地正以龙头企业为链主，推动新材料产业向下游延伸，"
        "今年将新引进配套企业20家以上，全年产业链产值力争突破1200亿元。",
    ]
    assert derive_title(paragraphs, "continuation").startswith("市工信局负责")


def test_a_titles_last_word_wrapped_under_a_line_stopped_on_an_adverb_is_no_frame():
    # Column lines: a commentary's text, then its label, its title wrapped
    # after an adverb no title stops on (…乡村的路也 / 要宽), and its writer's
    # name under it: the title's last word, not two framed words.
    page = page_of(
        [
            "乡村公路通了以后，不少村子的",
            "农产品能直接运进城里，游客也能",
            "开车进村，乡村的日子越过越红火。",
            "但路修好了，还要管好、护好、",
            "运营好，才能让路真正成为致富路。",
            "潇湘论坛",
            "公路修到了家门口，乡村的路也",
            "要宽",
            "周明",
            "路通了以后，乡村的心路也要",
            "宽起来。一些村子开了民宿、办了",
            "农家乐，村民的眼界宽了，日子也",
            "越过越有奔头。",
        ]
    )
    assert any(a.title == "公路修到了家门口，乡村的路也要宽" for a in page.articles)
    assert "要宽周明" not in page.extras


def test_a_kicker_handing_over_with_a_dash_under_a_features_reporters_line_is_its_stack():
    # Column lines: a feature opened by its reporters' line, a kicker of two
    # lines closed by a dash, the title, then the text.
    page = page_of(
        [
            "湖南日报记者 刘明",
            "通讯员 杨帆",
            "一根竹子要经过18道工序，",
            "从山林到餐桌全凭手艺——",
            "桃江“篾匠”的坚守与新生",
            "入冬以后，桃江县的竹编作坊迎来",
            "一年中最忙的时节。篾匠们剖竹、",
            "削篾、编织，一只只竹篮摆满了屋。",
        ]
    )
    (feature,) = page.articles
    assert feature.kicker == "一根竹子要经过18道工序，从山林到餐桌全凭手艺——"
    assert feature.title == "桃江“篾匠”的坚守与新生"
    assert feature.paragraphs[0].startswith("入冬以后")


def test_a_reporters_line_under_a_report_dated_with_its_reporter_heads_the_stack_below():
    # Paragraph lines: a report whose dateline names its reporter, then
    # another reporter's line over a kicker handing over with a dash, the
    # title, a quoted saying heading the first section, and the text.
    page = parse(
        paragraph_page(
            *PARAGRAPH_REPORT,
            "湖南日报·新湖南客户端记者 田野 报道",
            "90后竹编传承人——",
            "让老篾匠的手艺走进年轻人的生活",
            "“一根篾片，三年学成”",
            "清晨6点，桃江县的竹编工坊里，25岁的李湘竹已经削好了一捆篾片。",
            "她从小跟着外公学编竹篮，大学毕业后回到家乡开了工坊。",
            "在直播间里“出圈”",
            "去年，她开始在直播间里展示编织过程，一只竹篮卖出了上千单。",
        )
    )
    report, feature = stories(page)
    assert report.byline == "" and len(report.paragraphs) == 2
    assert (feature.kicker, feature.title) == ("90后竹编传承人——", "让老篾匠的手艺走进年轻人的生活")
    assert feature.byline == "湖南日报·新湖南客户端记者 田野 报道"
    assert feature.subtitle == ""
    assert feature.paragraphs[0] == "“一根篾片，三年学成”"
    assert feature.paragraphs[1].startswith("清晨6点")


def test_a_writers_note_in_brackets_under_the_name_in_a_stack_is_the_bylines():
    # Column lines: a commentary under its stack, then a theory piece's
    # label, title, writer and the writer's note under the name, then its
    # sections under crossheads printed wider than the column.
    page = page_of(
        [
            "三湘时评",
            "让乡村留得住人才",
            "李文清",
            "乡村振兴，人才是关键。各地",
            "要把人才引进来、留得住，让",
            "他们在乡村干事创业有奔头。",
            "一些地方为返乡青年提供创业",
            "贷款、技术培训和住房保障，",
            "年轻人回得来，也留得下来。",
            "理论园地",
            "以数字技术赋能县域商贸流通",
            "欧阳明",
            "（作者系湖南商学院副教授）",
            "一、商贸流通是县域经济发展的重要支撑",
            "县域商贸流通连接城乡两个市",
            "场，但不少县城物流成本高、",
            "网点少，农产品卖不上好价。",
            "二、以数字技术补齐县域商贸流通短板",
            "要建设县乡村三级物流体系，",
            "推动电商平台与实体网点融合，",
            "让农产品进城、工业品下乡。",
        ]
    )
    piece = next(a for a in page.articles if a.title == "以数字技术赋能县域商贸流通")
    assert piece.byline.replace(" ", "") == "欧阳明（作者系湖南商学院副教授）"
    assert piece.paragraphs[0] == "一、商贸流通是县域经济发展的重要支撑"
    assert piece.paragraphs[1].startswith("县域商贸流通连接城乡")


def test_a_label_between_a_title_and_its_writers_name_is_that_pieces_column():
    # Column lines: a commentary signed over its text, then the next one's
    # title, its column's label and its writer, then its text.
    page = page_of(
        [
            "守护好一江碧水",
            "湖南日报评论员",
            "湘江是湖南人的母亲河。保护",
            "湘江，就是保护我们的家园，",
            "需要每个人从身边小事做起。",
            "老街不能只剩招牌",
            "三湘时评",
            "欧阳明",
            "一些老街改造后，房子新了，",
            "街道亮了，原来的老店却一家",
            "家搬走了，只剩下一块招牌。",
        ]
    )
    river, street = (a for a in page.articles if a.kind == "commentary")
    assert (street.title, street.column, street.byline) == (
        "老街不能只剩招牌",
        "三湘时评",
        "欧阳明",
    )
    assert river.column == ""


def test_a_cartoons_title_named_with_a_middle_dot_is_no_column_label():
    # Column lines: a commentary under its stack, then a cartoon's title
    # (漫画·…), its caption and its drawer's credit set right.
    page = page_of(
        [
            "三湘时评",
            "给老手艺更多成长空间",
            "李文清",
            "老手艺是一座城市的记忆，也",
            "是最能打动人的文化符号。扶",
            "持老手艺，既要“输血”，也",
            "要“造血”，让它老而不衰。",
            "漫画·排长队",
            "热门景点门口的队伍排了又排，游客却还是那些游客。",
            "                    赵小川 作",
        ]
    )
    piece = next(a for a in page.articles if a.kind == "commentary")
    assert piece.column == "三湘时评"
    cartoon = next(a for a in page.articles if a.kind == "photo")
    assert (cartoon.title, cartoon.byline) == ("漫画·排长队", "赵小川 作")


def test_a_crosshead_under_a_features_reporters_line_after_a_commentarys_signature_opens_it():
    # Column lines: a commentary's text, its title and commentator printed
    # after it, then a feature's reporters' line, the feature's first
    # crosshead, its text under more crossheads, and its stack at the end.
    page = page_of(
        [
            "老工业基地要转型，就得在绿色",
            "低碳上找出路。企业要舍得投入，",
            "政府也要多给支持，让新技术、",
            "新产品早日打开市场。",
            "转型路上藏着新机会",
            "湖南日报全媒体评论员 李文清",
            "湖南日报全媒体记者 赵小川 通讯员 钱明",
            "二十年守一条线",
            "在湘潭一家电机厂的试验车间，",
            "48岁的周建国正盯着屏幕上跳动",
            "的曲线，一台新电机正在做测试。",
            "他从技校毕业就进了厂，从最基",
            "础的布线工干起，二十年来参与",
            "调试的电机超过三千台。",
            "“难题”的克星",
            "电机调试最怕遇到时有时无的故",
            "障。去年一台出口电机反复报警，",
            "厂家专家查了一个星期都没结果。",
            "周建国带着徒弟守了三个通宵，",
            "终于找到了原因。",
            "他把这些案例整理成了一本手册，",
            "成了新员工的必读教材。",
            "全国技术能手——",
            "周建国：给电机“把脉”的人",
        ]
    )
    feature = next(a for a in page.articles if a.byline.startswith("湖南日报全媒体记者 赵小川"))
    assert feature.paragraphs[0] == "二十年守一条线"
    assert "二十年守一条线" not in page.extras


def test_a_line_under_a_title_handed_over_to_by_a_dashed_kicker_is_the_first_crosshead():
    # A feature's stack read as a kicker handing over with a dash, the title
    # and a line under it, over text headed by crossheads of other lengths:
    # the line is the text's first crosshead, no subtitle.
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.lines import Line
    from hnreader.corpus.segment.paragraph_pages import _first_crosshead_under_stack

    stack = ["从乡村戏台到城市剧场——", "一个祁剧团的五十年", "老戏台上的“开山人”"]
    draft = Draft(heads=[[Line(no, text, 1, False)] for no, text in enumerate(stack, 1)])
    draft.paras = [
        Para("11月的一个下午，祁剧团的排练厅里，老演员正在给年轻人说戏。", [4]),
        Para("难关中的坚守", [5], subhead=True),
        Para("上世纪90年代，戏曲市场一度低迷，剧团的演出场次少了一大半。", [6]),
    ]
    _first_crosshead_under_stack(draft)
    assert [[li.raw for li in unit] for unit in draft.heads] == [[stack[0]], [stack[1]]]
    assert draft.paras[0].text == "老戏台上的“开山人”" and draft.paras[0].subhead

    # (under a kicker of no dash, a line of another length stays the subtitle)
    plain = Draft(heads=[[Line(no, text, 1, False)] for no, text in enumerate(stack, 1)])
    plain.heads[0] = [Line(1, "从乡村戏台到城市剧场", 1, False)]
    plain.paras = list(draft.paras[1:])
    _first_crosshead_under_stack(plain)
    assert len(plain.heads) == 3


#: A report whose paragraph is cut on a figure (…120 / 余家，…) around a
#: feature's stack and first section, the feature's reporters' line printed
#: after the report, over the feature's next section.
_CUT_REPORT_AROUND_FEATURE = (
    "湖南日报10月9日讯（全媒体记者 周明）9日，第三届湘南米粉文化节在衡阳开幕，来自全省的60多家米粉企业参展。",
    "开幕式后，各地米粉师傅同台比拼，现场观众排起长队品尝。",
    "近年来，衡阳米粉产业发展迅速，全市米粉企业已有120",
    "一碗米粉里的手艺人",
    "——衡阳三代米粉师傅的故事",
    "{0}",
    "清晨五点，72岁的刘长生已经在灶台前忙开了。他熬的骨头汤，四十年来没有换过方子。",
    "“汤是米粉的魂。”刘长生说，这锅汤要熬足八个小时，一分钟都不能少。",
    "余家，年产值超过30亿元，带动就业2万多人。",
    "据介绍，文化节将持续3天，其间还将举办米粉技能大赛和产业论坛。",
    "湖南日报全媒体记者 李青 通讯员 王芳",
    "{1}",
    "45岁的陈红在长沙开了三家米粉店，每天卖出两千多碗。她说，店里的汤和粉，全按老家的做法来。",
    "去年，她还注册了自己的品牌，把米粉做成方便包装，卖到了全国各地。",
    "{2}",
    "25岁的刘小宇是刘长生的孙子，大学毕业后回到店里当起了学徒。",
    "他开网店、拍短视频，让爷爷的老汤米粉有了一批年轻的回头客。",
)


@pytest.mark.parametrize(
    "crossheads",
    [
        ("老师傅：守住一锅老汤", "中年店主：把小店开到省城", "年轻学徒：让老味道有新吃法"),
        ("“汤熬八小时，一分不能少”", "“老家的味道不能变”", "“让年轻人也爱上这碗粉”"),
    ],
)
def test_a_features_reporters_line_printed_between_its_sections_signs_the_stack_above(crossheads):
    # One paragraph a line: the feature's stack (title, dash-led subtitle, its
    # first crosshead) printed into a report's paragraph cut on a figure, the
    # feature's reporters' line printed after the report over its second
    # crosshead: one feature, signed, its sections in order; the report's
    # cut paragraph whole.
    page = page_of([line.format(*crossheads) for line in _CUT_REPORT_AROUND_FEATURE])
    feature = next(a for a in page.articles if a.title == "一碗米粉里的手艺人")
    assert feature.subtitle == "——衡阳三代米粉师傅的故事"
    assert feature.byline.startswith("湖南日报全媒体记者 李青")
    assert squash(feature.paragraphs[0]) == squash(crossheads[0])
    assert squash(crossheads[1]) in [squash(p) for p in feature.paragraphs]
    assert feature.paragraphs[-1].startswith("他开网店")
    report = next(a for a in page.articles if a.dateline)
    assert any("120余家" in squash(p) for p in report.paragraphs)


def test_a_figure_and_more_than_opens_on_a_unit():
    # (300 / 余名，…: "more than" between a figure and its unit opens no paragraph)
    assert start_of("余名，瑶族长鼓舞等多次走出国门。") == Start.UNIT
    assert start_of("余华说，这本书写了十年。") != Start.UNIT


def test_the_name_under_the_papers_commentator_signing_off_is_the_commentarys():
    # The paper's commentator signs at the foot, the writer's name on the
    # line right under: both the commentary's byline, neither a piece.
    page = parse(
        "让小区停车不再难\n\n"
        "老旧小区停车难，是不少市民的烦心事。车位少、车辆多，一到晚上，小区里就停满了车。\n\n"
        "破解难题，既要挖潜增位，也要错时共享，让机关单位的车位在夜间向周边居民开放。\n\n"
        "湖南日报全媒体评论员\n"
        "韩立新\n\n"
        "百家言\n\n"
        "读书的乐趣\n\n"
        "赵一鸣\n\n"
        "冬夜读书，一盏灯，一杯茶，便是最好的时光。书里的世界，比窗外的风雪更辽阔。\n"
    )
    commentary = next(a for a in page.articles if a.title == "让小区停车不再难")
    assert commentary.byline == "湖南日报全媒体评论员 韩立新"
    assert "韩立新" not in page.extras


def test_a_desks_line_broken_before_the_reporters_name_closes_the_story():
    # …客户端记者 / 某某 报道, tight on two lines under a story's last
    # paragraph: its reporters' line, not two pieces of furniture.
    page = parse(
        "长沙至常德高铁完成联调联试\n\n"
        "近日，长沙至常德高铁完成全线联调联试，各项指标均达到设计要求。\n\n"
        "据介绍，线路开通后，长沙到常德最快只需1小时，沿线群众出行将更加便捷。\n\n"
        "湖南日报·新湖南客户端记者\n"
        "程远 报道\n\n"
        "全省秋冬种工作有序推进\n\n"
        "湖南日报11月2日讯（记者 许言）记者从省农业农村厅获悉，全省秋冬种已完成计划面积的六成。\n"
    )
    story = next(a for a in page.articles if a.title == "长沙至常德高铁完成联调联试")
    assert story.byline == "湖南日报·新湖南客户端记者 程远 报道"
    assert not page.extras


def test_a_paragraph_cut_in_a_quotation_and_printed_twice_keeps_the_copy_its_rest_follows():
    # One paragraph a line: a feature's paragraph cut inside a quotation
    # (“客人来了，…), a dated report printed into the cut, the quotation's
    # rest (…都不愁卖了。”), and a copy of the cut paragraph at the page's
    # foot: the earlier copy is where the paragraph was cut.
    cut = "村支部书记王大山告诉记者，全村已有9户农家办起了民宿。“客人来了，吃我们的饭，走的时候还要买几斤茶叶，"
    page = page_of(
        [
            "山村民宿里的新日子",
            "湖南日报记者 钟晓 黄河",
            "清晨，薄雾还没散尽，56岁的李秀兰已经在厨房里忙开了，灶上蒸着刚做好的米糕。",
            "去年，李秀兰把自家老屋改成了民宿，一年接待游客1200多人次，收入比种田多了好几倍。",
            cut,
            "全省农村公路建设完成年度任务",
            "湖南日报4月17日讯（记者 孙启航）记者从省交通运输厅获悉，全省今年已新改建农村公路8000公里。",
            "省交通运输厅有关负责人表示，下一步将加快推进较大人口规模自然村通硬化路建设。",
            "村里的山货都不愁卖了。”",
            "不过，民宿经营也有烦恼。交通不便、旺季太短，让不少经营户心里没底。",
            "长沙新开通3条公交微循环线路",
            "湖南日报4月17日讯（记者 乔林）今天起，长沙新开通3条公交微循环线路，方便周边居民换乘地铁。",
            "据介绍，新线路全部采用新能源车辆，高峰时段发车间隔不超过10分钟。",
            cut,
        ]
    )
    feature = next(a for a in page.articles if a.title == "山村民宿里的新日子")
    assert any(
        p.startswith("村支部书记") and p.endswith("都不愁卖了。”") for p in feature.paragraphs
    )


def test_two_phrases_one_echoing_the_other_are_a_crosshead():
    # (留得住客人，更要留得住乡愁: a crosshead's parallel, no clause left open)
    page = page_of(
        [
            "古村里的民宿热",
            "湖南日报记者 钟晓",
            "走进凤凰县的一座古村，青石板路两旁的老屋大多挂上了民宿的招牌。",
            "老房子有了新用处",
            "一栋有百年历史的木屋，去年经过改造，添了独立卫生间和热水器，成了抢手的客房。",
            "请得来客人，更要请得回客人",
            "在古村东头，返乡青年龙小飞把自家老屋改成了一家只有6间客房的民宿。",
            "他说，客人住下来，听听苗歌、学学扎染，才会记住这个地方。",
        ]
    )
    feature = next(a for a in page.articles if a.title == "古村里的民宿热")
    assert "请得来客人，更要请得回客人" in feature.paragraphs


def test_a_stack_between_an_open_sentence_and_its_jump_marker_heads_the_story():
    # A front page's report printed headline last: its sentence left open at
    # the column's foot, its stack (a line wider than the column, two phrases
    # under it), then its jump marker. The stack is the report's headline,
    # not the sentence's rest; the sentence goes on on page 2.
    page = parse(
        column_page(
            "湖南日报5月9日讯（全媒体记者 易小川）",
            "今天，全省水利建设现场推进会在益阳",
            "召开。会议要求，各地要抢抓汛前关键",
            "期，加快堤防加固和灌区改造进度。",
            "据介绍，今年全省安排水利投资一百二",
            "十亿元，重点推进洞庭湖区堤防建设，",
            "全省水利建设暨汛前准备现场推进会在益阳召开",
            "堤防加固 灌区提质",
            "▷（下转2版）",
            TITLED_COLUMN_REPORT.replace("水利建设现场推进会召开", "春季植树活动启动"),
        )
    )
    report = page.articles[0]
    assert (report.kicker, report.title) == (
        "全省水利建设暨汛前准备现场推进会在益阳召开",
        "堤防加固 灌区提质",
    )
    assert report.continued == "下转2版"
    assert report.paragraphs[-1].endswith("重点推进洞庭湖区堤防建设，")
    # (the stack's lines are the report's, 13th and 15th of the page)
    assert {13, 15} <= set(report.source_lines)


def test_a_code_to_view_at_the_pages_foot_boxes_the_film_named_tight_under_it():
    # (扫码看视频 / 洞庭湖畔的候鸟季, the page's last lines, set tight under a
    # report's headline printed after its text: a box, no headline)
    page = parse(column_page(COLUMN_REPORT) + "\n扫码看视频\n洞庭湖畔的候鸟季\n")
    assert [a.title for a in page.articles] == ["全省水利建设现场推进会召开"]
    assert squash("".join(page.extras)) == "扫码看视频洞庭湖畔的候鸟季"


def test_a_full_name_tight_under_a_labelled_commentarys_title_printed_last_signs_it():
    # A commentary printed stack last, its column's label, its title and its
    # writer set tight under the title, over the next story's dateline.
    page = parse(
        column_page(
            "春耕时节，不少地方忙着推广新模",
            "式。学之前，不妨先把田里的账算",
            "细：粮食账、市场账、生态账，一",
            "笔也不能少。把账算清楚了，好模",
            "式才能走得稳、走得远。",
            "湘水短评",
        )
        + "\n田间的账要细算\n韩立新\n\n"
        + column_page(COLUMN_REPORT)
    )
    commentary = page.articles[0]
    assert (commentary.column, commentary.title, commentary.byline) == (
        "湘水短评",
        "田间的账要细算",
        "韩立新",
    )


def test_a_title_printed_over_its_columns_label_heads_the_commentary_under_them():
    # A commentary page printing each piece's title over its column's name:
    # the title of two clauses (…火了，…要跟上), under the finished text of
    # the piece above, is no paragraph's line.
    page = parse(
        column_page(
            "湘江时论",
            "绿色是资源型城市的底色",
            "湖南日报评论员",
            "一座因矿而兴的城市，最",
            "怕的是矿挖完了，山也秃了，",
            "水也浑了。整治小散矿山、修",
            "复废弃矿区，走的是一条先还",
            "旧账、再谋新路的转型之路。",
            "民宿火了，服务要跟上",
            "纵横谈",
            "这两年，去乡村住民宿成",
            "了不少城里人的度假新选择。",
            "民宿火了是好事，但热闹背后",
            "的隐忧也不容忽视，卫生、消",
            "防都要有人管起来。",
            "石磊",
        )
    )
    titles = [(a.column, a.title) for a in page.articles]
    assert titles == [("湘江时论", "绿色是资源型城市的底色"), ("纵横谈", "民宿火了，服务要跟上")]
    assert page.articles[1].paragraphs[0].startswith("这两年")


def test_a_code_offering_more_commentary_is_a_box_not_a_label():
    # (扫码阅读 / 更多评论 drawn into a theory piece between its sections)
    page = parse(
        column_page(
            "理论园地",
            "以精准施策引领乡村振兴",
            "龚泽林",
            "乡村振兴要找准路子。精准识别",
            "是前提，产业发展是根本。",
            "扫码阅读",
            "更多评论",
            "激发内生动力是关键",
            "扶贫先扶志，扶贫必扶智。开办",
            "农民夜校，组织村民学习种养技",
            "术，群众的精气神提起来了。",
        )
    )
    assert [a.title for a in page.articles] == ["以精准施策引领乡村振兴"]
    assert squash("".join(page.extras)) == "扫码阅读更多评论"


def test_a_spread_line_of_clauses_over_a_dateline_is_cut_text_resumed_under_the_next_stack():
    # A report's last paragraph cut on a line justified character by
    # character, the next report printed under it with its stack after its
    # text, then the first report's sentence goes on (…价格总 / 是上不去。).
    page = parse(
        column_page(
            "石门柑橘喜获丰收",
            "湖南日报11月3日讯（记者 何晓东）",
            "连日来，石门县十万亩柑橘进入采摘期，",
            "果农们忙着采果、分拣、装车。今年，全",
            "县柑橘总产量预计突破四十万吨。",
            "以 前 ，这 里 的 柑 橘 多 靠 果 贩 上 门 收 购 ，价 格 总",
            "湖南日报11月3日讯（记者 林芳）今天，",
            "全省秋冬种农机作业现场会在常德召开。",
            "会议要求，各地要抓住晴好天气，加快油",
            "菜机械化播种进度。据统计，全省已完成",
            "油菜播种面积九百多万亩。",
            "秋冬种农机作业现场会召开",
            "抓住晴好天气 加快油菜播种",
            "是上不去。如今，县里建起了冷链仓储中",
            "心，柑橘卖到了全国二十多个省份。",
        )
    )
    first, second = stories(page)
    assert first.title == "石门柑橘喜获丰收"
    assert "价格总是上不去。" in first.paragraphs[-1]
    assert (
        squash(second.kicker + second.title) == "秋冬种农机作业现场会召开抓住晴好天气加快油菜播种"
    )


def test_a_stack_printed_inside_a_full_paragraph_heads_the_story_and_the_sentence_goes_on():
    # The report's own kicker and title printed into a sentence of its
    # second paragraph, each short of the column; the line over the
    # paragraph is as wide as the column, no headline of its own.
    page = parse(
        column_page(
            "湖南日报11月21日讯（记者 周海燕）",
            "今晚，省花鼓戏剧院新排的大型现代",
            "花鼓戏在长沙首演，千余名观众观看。",
            "该戏讲述一位乡村女教师扎根大山的",
            "故事，全剧分为五场，唱腔上保留了",
            "传统韵味，舞美灯光也有创新。剧中",
            "省花鼓戏剧院打磨三年",
            "大型现代花鼓戏长沙首演",
            "“送别”“家访”两场戏，唱腔婉转，",
            "感情真挚，引得观众阵阵掌声。",
        )
    )
    (story,) = stories(page)
    assert (story.kicker, story.title) == ("省花鼓戏剧院打磨三年", "大型现代花鼓戏长沙首演")
    assert "剧中“送别”“家访”两场戏" in "".join(story.paragraphs)


def test_a_name_under_the_one_crosshead_of_a_signed_commentary_signs_a_second_piece():
    # A commentary signed over its text, then a line read as its crosshead,
    # text, and a bare name closing it over the next piece's label, title
    # and writer: the line was a second commentary's title, the name its
    # writer's (a piece signed once takes no second writer).
    page = parse(
        column_page(
            "湘江时评",
            "让乡村公交跑得更稳",
            "湖南日报评论员",
            "乡村公交开进了山里，方便了",
            "群众出行，也带旺了山货销路。",
            "让公交留下来，要算好经营账，",
            "也要算好民生账。财政补一点、",
            "企业让一点，线路才能长久。",
            "老字号要有新活法",
            "一家开了百年的酱园，把门店",
            "开进了商场，把酱菜卖上了直播",
            "间，老顾客还在，新顾客也来了。",
            "守住手艺，才有老味道；跟上",
            "潮流，才有新市场。",
            "邓立新",
            "理论园地",
            "县域经济的几道考题",
            "欧阳文博",
            "县域经济是国民经济的基础单元，",
            "做强县域经济，要在产业上下功夫。",
        )
    )
    pieces = [(a.title, a.byline) for a in page.articles]
    assert pieces[:3] == [
        ("让乡村公交跑得更稳", "湖南日报评论员"),
        ("老字号要有新活法", "邓立新"),
        ("县域经济的几道考题", "欧阳文博"),
    ]
    assert page.articles[1].paragraphs[0].startswith("一家开了百年的酱园")


def test_a_label_printed_over_two_pieces_is_no_word_wrapped_from_the_title_above():
    # (title / 百家言 / writer, the label printed again over another piece:
    # the column's name, whatever the title's last words are)
    page = parse(
        column_page(
            "一家言",
            "菜市场也要讲颜值",
            "彭晓东",
            "老旧菜市场改造后，地面干净",
            "了，摊位整齐了，买菜的人多了。",
            "便民服务不是小事，从一个菜",
            "市场就能看出城市的温度。",
            "书香社区不能只是挂个牌子就完事",
            "一家言",
            "贺文静",
            "社区书屋建起来了，可不少书",
            "屋大门常锁，书架上落满灰尘。",
            "书屋要有人管、有书读、有活动，",
            "才能真正成为居民的精神家园。",
        )
    )
    pieces = [(a.column, a.title, a.byline) for a in page.articles]
    assert pieces == [
        ("一家言", "菜市场也要讲颜值", "彭晓东"),
        ("一家言", "书香社区不能只是挂个牌子就完事", "贺文静"),
    ]


def test_a_short_text_under_a_title_closed_by_a_photo_and_words_credit_is_a_photo():
    # (a short title / one sentence / 文/图 某某: a photo and its words, the next
    # piece's label and title under them)
    page = parse(
        column_page(
            "湘江时评",
            "让乡村公交跑得更稳",
            "湖南日报评论员",
            "乡村公交开进了山里，方便了",
            "群众出行，也带旺了山货销路。",
            "让公交留下来，要算好经营账，",
            "也要算好民生账。财政补一点、",
            "企业让一点，线路才能长久。",
            "竹韵传承",
            "竹编老艺人在教孩子们编竹篮。",
            "文/图 谢春林",
            "读书札记",
            "从一碗米粉看小吃产业",
            "何晓峰",
            "一碗米粉，能做多大的产业？",
            "在常德，答案是一条年产值数十",
            "亿元的产业链。",
        )
    )
    photo = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert (photo.title, photo.byline) == ("竹韵传承", "文/图 谢春林")
    assert photo.paragraphs == ("竹编老艺人在教孩子们编竹篮。",)
    last = page.articles[-1]
    assert (last.title, last.byline) == ("从一碗米粉看小吃产业", "何晓峰")


def test_a_code_to_view_a_replay_is_a_box():
    # (扫码看 / 某某交流会直播回放 at the front page's top, over the lead
    # report's stack)
    page = parse(column_page("扫码看", "湘赣合作交流会直播回放", TITLED_COLUMN_REPORT))
    assert [a.title for a in page.articles] == ["全省水利建设现场推进会召开"]
    assert squash("".join(page.extras)) == "扫码看湘赣合作交流会直播回放"


def test_things_listed_trailing_off_are_a_kicker_in_a_bunched_stack():
    # Two stacks bunched between two stories: the first one's, printed
    # after its text, and the next one's, its kicker the things listed
    # trailing off (非遗展演、龙舟赛、民俗体验……).
    page = parse(
        column_page(
            COLUMN_BODY,
            "全省水利建设现场推进会召开",
            "抢抓汛前关键期 加快堤防加固",
            "非遗展演、龙舟赛、民俗体验……",
            "端午假期全省推出文旅活动六百余场",
            "湖南日报5月30日讯（全媒体记者 李清）",
            "记者从省文化和旅游厅获悉，端午假期，",
            "全省各地推出龙舟赛、非遗展演等文旅活",
            "动六百余场，满足群众节日文化需求。",
        )
    )
    heads = [squash(a.kicker + a.title) for a in stories(page)]
    assert heads == [
        "全省水利建设现场推进会召开抢抓汛前关键期加快堤防加固",
        "非遗展演、龙舟赛、民俗体验......端午假期全省推出文旅活动六百余场",
    ]


def test_a_cartoons_credit_broken_after_its_word_closes_the_cartoon():
    # (a cartoon's title, its words, then 漫画 / 某某 on two lines, the next
    # commentary's label, title and writer under them)
    page = page_of(
        [
            "湘声快评",
            "让老街留住烟火气",
            "贺文静",
            "老街改造后，石板路、木门窗都留了下来，小吃摊也回来了，街坊们说，这才是老街该有的样子。",
            "改造老街，不能只盯着门面，更要留住街坊邻里和他们的日子。拆掉重建容易，留住烟火气难。",
            "守护",
            "河道干净了，鱼儿回来了，还得靠大家一起守护。",
            "漫画",
            "邬志强",
            "岳麓论见",
            "夜间经济要亮起来更要活起来",
            "唐立言",
            "入夏以来，各地夜市人气渐旺，夜间消费成了拉动内需的新亮点。逛夜市、看演出、吃宵夜，成了不少市民的生活习惯。",
            "夜间经济要活起来，靠的不只是灯光，更要有好的业态和服务，让人愿意来、留得住、还想来。",
        ]
    )
    cartoon = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert (cartoon.title, cartoon.byline) == ("守护", "漫画 邬志强")
    assert cartoon.paragraphs == ("河道干净了，鱼儿回来了，还得靠大家一起守护。",)
    assert [a.title for a in stories(page)] == ["让老街留住烟火气", "夜间经济要亮起来更要活起来"]


def test_a_columns_word_of_two_characters_over_a_title_is_no_kicker():
    # (观点 / title / dateline: the column's name, however short)
    page = parse(column_page("观点\n全省社科界举办湖南发展成就研讨会", COLUMN_BODY))
    (story,) = stories(page)
    assert (story.kicker, story.title) == ("", "全省社科界举办湖南发展成就研讨会")


def test_a_reader_signed_with_a_town_short_of_its_countys_word_signs_the_letter():
    # (新田读者 某某: the town named without 县, the name set apart)
    assert is_byline("新田读者 欧阳德明")
    assert is_byline("本报读者 张三")
    assert not is_byline("青年读者来信")


@pytest.mark.parametrize(
    "cut",
    [
        "省人大代表、常德市一家农业合作社理事长向",
        "开了四十多年的米粉店第三代传人何",
        "市非遗保护中心馆长李",
    ],
)
def test_a_line_stopping_on_a_post_and_a_surname_is_a_paragraph_cut_in_a_name(cut):
    # (…理事长向 / stack / 红梅带来了…: the name goes on after the stack)
    page = page_of(
        [
            "代表委员晒出“两会提案单”",
            "湖南日报记者 刘晓芳 报道",
            "今年两会，代表委员们带来了哪些建议和提案？记者走访发现，乡村振兴、民生保障是热词。",
            cut,
            "会场内外的“无纸化”",
            "湖南日报1月25日讯（记者 冒小川）今年省人代会继续推行无纸化办会，代表们用平板电脑阅读文件。",
            "据介绍，无纸化办会每年可节约纸张二十余万张。",
        ]
    )
    assert cut not in [a.kicker for a in page.articles]
    assert any(cut in "".join(a.paragraphs) for a in page.articles)


@pytest.mark.parametrize("credit", ["常德市消防救援支队 供图", "省博物馆供图"])
def test_a_body_that_supplied_a_photo_credits_it(credit):
    # (a caption closed by the body that supplied the photo, no name)
    assert credit_match(credit) is not None
    assert credit_match("这是政府供图吗") is None


def test_a_cartoons_words_and_credit_broken_after_its_word_close_the_cartoon_on_a_column_page():
    # (a report, then a cartoon's title, its words on a wide line and the
    # rest of its sentence, 漫画 / 某某 on two lines: the title and the words
    # are the cartoon's, no crosshead and paragraph of the report)
    page = parse(
        column_page(
            TITLED_COLUMN_REPORT,
            "省水利厅负责人介绍，今年将新建和加",
            "固堤防三百公里，让沿湖群众安心过汛。",
            "冬季用电",
            "天冷了，取暖要注意用电安全。电热毯别整夜开着，插座别超负荷，家中老",
            "人孩子尤其要多留个心眼。",
            "漫画",
            "邬志强",
        )
    )
    cartoon = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert (cartoon.title, cartoon.byline) == ("冬季用电", "漫画 邬志强")
    assert cartoon.paragraphs[0].startswith("天冷了")
    (story,) = stories(page)
    assert "冬季用电" not in "".join(story.paragraphs)


def test_a_cartoons_two_sentences_under_its_title_go_with_it_when_its_drawer_is_named_apart():
    # (title / a sentence / a sentence / 漫画 / 某某 under a commentary: the
    # drawing's, however finished its first sentence is; 某某 作 under 漫画
    # credits it alone and stays apart)
    page = parse(
        column_page(
            "湘江时评",
            "让乡村公交跑得更稳",
            "湖南日报评论员",
            "乡村公交开进了山里，方便了",
            "群众出行，也带旺了山货销路。",
            "让公交留下来，要算好经营账，",
            "也要算好民生账。财政补一点、",
            "企业让一点，线路才能长久。",
            "快递的“外衣”",
            "一件小商品，裹了三层纸箱。",
            "过度包装既浪费资源，又增加了垃圾处理的负担，拆起来也费劲。",
            "漫画",
            "邬志强",
        )
    )
    cartoon = next(a for a in page.articles if a.kind == ArticleKind.PHOTO)
    assert (cartoon.title, cartoon.byline) == ("快递的“外衣”", "漫画 邬志强")
    assert cartoon.paragraphs[0] == "一件小商品，裹了三层纸箱。"
    assert "快递的“外衣”" not in "".join(page.articles[0].paragraphs)
