"""The general rules of this round, each on a small page of new text: the evidence at
a cut, the one-to-one pairing of tails and pieces, headline zones cut into stacks,
the width of a column's lines, spread lines, photo titles and boxes."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from hnreader.corpus.match import first_tagged
from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import despread, squash
from hnreader.corpus.segment import assignment, segment_page
from hnreader.corpus.segment.assignment import Move, _worth
from hnreader.corpus.segment.blocks import make_blocks
from hnreader.corpus.segment.column_headlines import Part, Zone, ZonePart, best_stacks
from hnreader.corpus.segment.continuation import Start, opens_on_quarter, start_of
from hnreader.corpus.segment.joins import cohesion, join_evidence, word_across
from hnreader.corpus.segment.lines import Line
from hnreader.corpus.segment.patterns import is_name_line
from hnreader.corpus.segment.pieces import body_sequence

from .pagegen import wrap


def parse(text: str, name: str = "page.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def stories(page):
    return [a for a in page.articles if a.kind != "photo"]


def column_page(*blocks: str) -> str:
    """A column-broken page: one printed column line a text line, a blank between."""
    return "\n\n".join(line for block in blocks for line in block.split("\n")) + "\n"


# --- the evidence at a cut -------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "piece"),
    [("加强现场服", "务两次，确保"), ("中石", "化巴陵两厂"), ("抓好农业生产自", "救，")],
)
def test_a_word_over_the_cut_is_strong_evidence(tail, piece):
    assert cohesion(tail[-4:], piece[:4]) > 4
    assert word_across(tail, piece) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("tail", "piece"), [("意向金额", "公交接驳等"), ("站点施工", "省经信委相关")]
)
def test_two_words_that_merely_meet_are_none(tail, piece):
    assert cohesion(tail[-4:], piece[:4]) == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("项，建成非遗工坊320家", Start.UNIT),
        ("万标箱，同比增长", Start.UNIT),
        ("万亿元，工程机械走向世界", Start.UNIT),
        ("公共服务共享水平", Start.PLAIN),
        ("覆盖，不放过任何一处隐患", Start.CLAUSE),
        ("据悉，该项目总投资", Start.PLAIN),
        ("创新，是引领发展的第一动力", Start.PLAIN),
        ("年轻人留下来了", Start.PLAIN),
        ("个人向灾区捐赠物资", Start.PLAIN),
        ("21.4%，增速高于", Start.FIGURE),
        ("，增速高于全省", Start.MID),
        ("分别增长28.6%、22.1%。", Start.CLAUSE),
        ("同比增长9.4%，其中出口", Start.CLAUSE),
        ("增长12.7%，国际航线", Start.CLAUSE),
        ("截至10月底，全省已完成", Start.PLAIN),
        ("增长是硬道理", Start.PLAIN),
        ("发展到2600多亩。", Start.CLAUSE),
        ("℃至41℃，湘南局地可达43℃", Start.UNIT),
    ],
)
def test_a_unit_opens_a_piece_only_where_jieba_reads_one(text, start):
    assert start_of(text) == start


def test_figures_and_units_must_meet():
    assert join_evidence("代表性项目478", "项，建成非遗工坊") > 1.5
    assert join_evidence("代表性项目478", "公共服务共享水平") is None
    assert join_evidence("站前广场、", "万元，同比") is None  # a unit with no figure before it
    assert join_evidence("能飞防上千", "亩，一个育秧工厂") > 1.5  # a figure in words
    assert join_evidence("日最高气温39", "℃至41℃，湘南局地") > 1.5  # a temperature's degree


def test_a_unit_cut_inside_itself_goes_on_its_first_characters_after_a_figure():
    # (…下降0.36个 / 百分点，…; …新增装机2.4万千 / 瓦，…)
    assert join_evidence("成本比上年下降0.36个", "百分点，降幅居中部") > 1.5
    assert join_evidence("新增光伏装机2.4万千", "瓦，占全部新增") > 1.5
    assert join_evidence("全省电网最高负荷达到", "百分点，降幅居中部") is None
    assert join_evidence("走访群众一个", "百分点，降幅居中部") is None  # no figure before


def test_a_figure_after_a_verb_is_evidence_a_date_is_not():
    assert join_evidence("全年完成投资", "860亿元，同比增长") >= 1.0
    assert join_evidence("全年完成投资", "3月26日，全省召开") < 0.5


def test_a_piece_closing_the_tails_bracket_goes_on_it():
    assert join_evidence("湖南日报7月20日讯（全媒体记者", "谭思琪 通讯员 邓卫国）今天") >= 1.5


# --- one-to-one pairing ----------------------------------------------------------


def test_the_search_finds_the_best_assignment_of_a_small_page():
    # The beam keeps, of nodes alike in what the rest of the page depends on,
    # the best: on a page small enough to try every assignment, it finds the
    # best of all (moves that leave a sentence open aside).
    blocks, drafts = _blocks_of(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "据了解，城陵矶新港区今年新开通至东盟的集装箱航线两条，港口集装箱吞吐量",
            "城陵矶新港区开通东盟集装箱航线",
            "湖南日报4月2日讯（全媒体记者 鲁远航）一艘满载集装箱的货轮从城陵矶新港区驶出。",
            "有望突破百万标箱。",
            "新航线开通后，岳阳至东盟的货物运输时间缩短一周，集装箱运费下降两成。",
        )
    )
    fixed = {id(b) for b in blocks if b.owner >= 0}
    body = body_sequence(blocks, drafts)
    page = assignment._Page(blocks, body, fixed)
    assert len(page.pieces) >= 6 and len(page.stories) == 2
    found = max(page.search(4096), key=lambda nd: nd.score + _worth(page.end_features(nd)))
    best = -math.inf
    for choice in itertools.product(range(len(page.stories)), repeat=len(page.pieces)):
        node = page.root()
        for k, s in zip(page.pieces, choice, strict=True):
            if (s, Move.FOLLOW) not in page.moves(k, node):
                break
            gain = _worth(page.features(k, s, Move.FOLLOW, node))
            node = page.child(node, k, s, Move.FOLLOW, gain)
        else:
            best = max(best, node.score + _worth(page.end_features(node)))
    assert found.score + _worth(page.end_features(found)) >= best - 1e-9
    assert best > -math.inf


def _blocks_of(text: str):
    """A paragraph page's blocks and drafts as the assignment gets them."""
    from hnreader.corpus.segment import paragraph_pages
    from hnreader.corpus.segment.lines import read_lines

    blocks, _boxes, _dups = make_blocks(read_lines(clean_text(text).split("\n"), set()))
    drafts = paragraph_pages._open_articles(blocks)
    return blocks, drafts


def test_each_reading_makes_the_key_child_key_gives(monkeypatch):
    # The search reads each reading's key with its worth; ``child_key`` reads
    # it alone (for any reading, a gold path's too): the two must agree.
    from hnreader.corpus.read import read_page

    checked = 0
    step = assignment._Page.step

    def checking_step(self, k, beam, width):
        nonlocal checked
        for node in beam:
            for s, move, _gain, key in self.readings(k, node, None):
                assert key == self.child_key(node, k, s, move)
                checked += 1
        return step(self, k, beam, width)

    monkeypatch.setattr(assignment._Page, "step", checking_step)
    root = Path(__file__).resolve().parent
    for path in sorted((root / "dev" / "pages").glob("p*.txt"))[:12]:  # (paragraph pages)
        segment_page(read_page(path), path.name)
    assert checked > 1000


def test_a_readings_gain_is_the_worth_of_its_features(monkeypatch):
    # The search adds each reading's worth up as it reads its features;
    # ``features`` lists them for the fit: the two must give the same float.
    from hnreader.corpus.read import read_page

    checked = 0
    step = assignment._Page.step

    def checking_step(self, k, beam, width):
        nonlocal checked
        for node in beam:
            for s, move, _gain, _key in self.readings(k, node, None):
                assert self.gain(k, s, move, node) == _worth(self.features(k, s, move, node))
                checked += 1
        return step(self, k, beam, width)

    monkeypatch.setattr(assignment._Page, "step", checking_step)
    root = Path(__file__).resolve().parent
    for path in sorted((root / "dev" / "pages").glob("p*.txt"))[:12]:  # (paragraph pages)
        segment_page(read_page(path), path.name)
    assert checked > 1000


def _step_by_readings(page, k, beam, width):
    """The search's step as ``readings`` gives each node's readings, every
    child's key made: what ``_Page.step`` keeps, read the long way."""
    import heapq

    none_open = (assignment.NONE,) * len(page.stories)
    gains, best, floor, full = {}, {}, [], False
    for node in beam:
        base = node.score
        open_sentences = len(none_open) - node.left_open.count(assignment.NONE)
        for s, move, gain, key in page.readings(k, node, gains):
            score = base + gain
            if (
                full
                and score < floor[0]
                and move != Move.LEAVE_OPEN
                and open_sentences <= (move == Move.FILL)
            ):
                continue
            reading = (base + (score - base), node, k, s, move, key)
            held = best.setdefault(key, reading)
            if held is reading:
                if not full:
                    heapq.heappush(floor, reading[0])
                    full = len(floor) == width
                elif reading[0] > floor[0]:
                    heapq.heapreplace(floor, reading[0])
            elif reading[0] > held[0]:
                best[key] = reading
    return [page.built(r) for r in assignment._keep(best.values(), width, none_open)]


def test_the_search_step_keeps_what_the_readings_give(monkeypatch):
    # ``step`` reads each node's readings as ``readings`` does, in the same
    # pass as it weighs them: the nodes it keeps, in their order, are those
    # the readings keep.
    from hnreader.corpus.read import read_page

    checked = 0
    step = assignment._Page.step

    def checking_step(self, k, beam, width):
        nonlocal checked
        kept = step(self, k, beam, width)
        want = _step_by_readings(self, k, beam, width)
        assert [(n.score, n.key(self), n.move, n.parent) for n in kept] == [
            (n.score, n.key(self), n.move, n.parent) for n in want
        ]
        checked += len(kept)
        return kept

    monkeypatch.setattr(assignment._Page, "step", checking_step)
    root = Path(__file__).resolve().parent
    for path in sorted((root / "dev" / "pages").glob("p*.txt"))[:12]:  # (paragraph pages)
        segment_page(read_page(path), path.name)
    assert checked > 1000


def test_a_piece_goes_to_the_tail_it_fits_not_to_the_one_printed_before_it():
    # The first story's lead stops on 等 before a figure; the second story's
    # paragraph stops inside a word (…对“一带一) right before that figure's piece,
    # and its own rest (路”…) comes after. Paired one by one, the adjacent pair
    # would take the figure; paired as a whole, each tail gets its own piece.
    page = parse(
        "全省重大项目建设现场推进会在常德召开\n\n"
        "湖南日报5月14日讯（全媒体记者 何子墨）今天，全省重大项目建设现场推进会在常德召开。"
        "与会人员观摩了常德经开区新能源电池材料、桃源县抽水蓄能电站等\n\n"
        "前4月湖南外贸进出口增长9.4%\n\n"
        "湖南日报5月14日讯（全媒体记者 苏婉清）长沙海关今天发布数据，前4个月全省货物贸易"
        "进出口总值1784.5亿元，同比增长9.4%。\n\n"
        "从贸易伙伴看，东盟继续保持我省第一大贸易伙伴地位，增长18.6%；对“一带一\n\n"
        "6个重点项目，现场交流各地推进项目建设的经验做法。\n\n"
        "会议要求，要紧盯年度投资目标，强化用地、用能、资金等要素保障。\n\n"
        "路”相关国家和地区进出口872.1亿元，增长12.3%。\n"
    )
    by_title = {a.title: a for a in stories(page)}
    projects = "".join(by_title["全省重大项目建设现场推进会在常德召开"].paragraphs)
    trade = "".join(by_title["前4月湖南外贸进出口增长9.4%"].paragraphs)
    assert "抽水蓄能电站等6个重点项目" in projects
    assert "对“一带一路”相关国家" in trade
    assert "会议要求" in projects and "会议要求" not in trade


# --- headline zones on column pages -----------------------------------------------

NEWS_A = (
    "湖南日报5月9日讯（全媒体记者 易小川）\n"
    "今天，全省水利建设现场推进会在益阳\n"
    "召开。会议要求，各地要抢抓汛前关键\n"
    "期，加快堤防加固和灌区改造进度。"
)
NEWS_B = (
    "湖南日报5月9日讯（全媒体记者 龙小溪）\n"
    "记者从省商务厅获悉，一季度全省外贸\n"
    "进出口总值增长百分之九，其中对东盟\n"
    "贸易增速最快，机电产品出口占六成。"
)
COMMENT = (
    "湖南日报全媒体评论员 石凯文\n"
    "连日来，多地开展农村道路安全隐\n"
    "患排查，发现问题立即整改，群众\n"
    "出行更放心了。守住出行安全这条\n"
    "底线，既要查得细，更要改得实。"
)


def test_a_label_never_heads_a_dated_story():
    page = parse(column_page(NEWS_A, "江河评说", "全省水利建设现场推进会召开", NEWS_B))
    assert all(a.column == "" for a in stories(page) if a.dateline)


def test_a_name_over_a_commentary_whose_column_is_printed_under_it_signs_it():
    page = parse(
        column_page(
            "全省水利建设现场推进会在益阳召开",
            "湖南日报5月9日讯（全媒体记者 易小川）今天，全省水利建\n"
            "设现场推进会在益阳召开。会议要求，各地要抢抓汛前\n"
            "关键期，加快堤防加固和灌区改造进度，确保重点工程\n"
            "在主汛期到来前完工。",
            "谷雨声",  # (a pen name no surname list reads)
            "入夏以来，不少地方的河道里\n"
            "又见垂钓和戏水的身影。汛期\n"
            "水情多变，安全提示要讲在前。\n"
            "守住安全底线，离不开每个人。",
            "潇湘时评",
            "汛期亲水莫大意",
            NEWS_B,
        )
    )
    comment = next(a for a in stories(page) if a.title == "汛期亲水莫大意")
    assert (comment.kind, comment.column, comment.byline) == ("commentary", "潇湘时评", "谷雨声")


def test_a_headlines_unit_left_alone_is_no_name_under_it():
    # (万 is a surname: 万人次 alone on a line reads as a name too)
    page = parse(
        column_page(
            NEWS_A,
            "全省水利建设现场推进会召开",
            "国庆假期全省接待游客 2860",
            "万人次",
            "湖南日报10月8日讯（全媒体记者 龙小溪）记者从省文化\n"
            "和旅游厅获悉，国庆假期全省接待游客 2860万人次，\n"
            "实现旅游收入 210亿元，同比分别增长 8%和 11%。",
        )
    )
    assert stories(page)[-1].title == "国庆假期全省接待游客2860万人次"


def test_a_headline_printed_after_its_body_over_a_letters_salutation_is_no_paragraph():
    page = parse(
        column_page(
            "湖南日报5月9日讯（全媒体记者 龙小溪）记者从省民\n"
            "政厅获悉，今年以来全省新建改建社区老年食\n"
            "堂四百余家，老年人就餐更方便了。",
            "社区养老",
            "全省新建改建社区老年食堂四百余家",
            "编辑同志：",
            "我们小区去年开了一家社区食堂，饭菜可口、\n"
            "价格实惠，楼里的老人都爱来这里吃饭。感谢\n"
            "街道办的好安排。",
            "长沙市开福区读者 符晓岚",
            "读者来信",
            "小区里有了社区食堂",
        )
    )
    news, letter = stories(page)
    assert news.title == "全省新建改建社区老年食堂四百余家"
    assert letter.paragraphs[0] == "编辑同志："
    assert (letter.column, letter.byline) == ("读者来信", "长沙市开福区读者 符晓岚")


def test_the_lines_over_an_attendance_line_are_one_meetings_stack():
    page = parse(
        column_page(
            "湖南日报3月5日讯（全媒体记者 易小川）今天，全省\n"
            "农业产业化推进会在常德召开，总结去年工作，\n"
            "部署今年重点任务。副省长龙湘平出席。",
            "会议要求，各地要培育壮大特色主导产业，\n做强农产品加工龙头企业，带动农民增收。",
            "全省农业产业化推进会在常德召开",
            "做强特色主导产业",
            "拓宽农民增收渠道",
            "龙湘平出席",
            "湖南日报评论员",
            "农民增收，关键在产业。一个地方有\n没有叫得响的主导产业，决定了农民\n的钱袋子鼓不鼓。",
            "做强特色主导产业，要找准优势，\n一张蓝图绘到底，让增收渠道越走越宽。",
            "湘江评论",
            "产业兴则农民富",
        )
    )
    meeting, comment = stories(page)
    assert (meeting.kicker, meeting.title, meeting.subtitle) == (
        "全省农业产业化推进会在常德召开",
        "做强特色主导产业 拓宽农民增收渠道",
        "龙湘平出席",
    )
    assert (comment.column, comment.title) == ("湘江评论", "产业兴则农民富")


def test_a_phrase_saying_what_is_done_under_a_headline_is_its_own_no_label():
    page = parse(
        column_page(
            "湖南日报7月2日讯（全媒体记者 易小川）连日强降雨\n"
            "后，桃源县组织干部逐户排查，转移危险区\n"
            "群众3200余人，做到应转尽转。",
            "桃源县连夜转移危险区群众",
            "一户也不落下",  # (an adverb: it says what is done, as no column's name does)
            NEWS_B,
        )
    )
    report = stories(page)[0]
    assert (report.kicker, report.title, report.column) == (
        "桃源县连夜转移危险区群众",
        "一户也不落下",
        "",
    )


def test_a_list_of_people_in_a_narrow_column_is_text_no_headline():
    page = parse(
        column_page(
            NEWS_A,
            "全省水利建设现场推进会召开",
            "根据有关规定，现将拟任职\n干部情况予以公示。",
            "贺松林，男，1975年6月生，\n现任某县县长，拟任某县\n委书记",
            "龙秀英，女，1979年2月生，\n现任某市副市长，拟任某\n市委常委",
            "公示时间：5月6日至5月12日。",
            "受理电话：0731－12380",
            "中共湖南省委组织部",
            "2024年5月5日",
            "省管干部任前公示",
            NEWS_B,
        )
    )
    notice = next(a for a in stories(page) if a.title == "省管干部任前公示")
    assert notice.paragraphs[-2:] == ("中共湖南省委组织部", "2024年5月5日")
    assert notice.paragraphs[1].startswith("贺松林，男，1975年6月生，现任某县县长，拟任某县委书记")
    assert not any("贺松林" in a.title + a.kicker for a in page.articles)


def test_a_line_of_who_declared_the_opening_closes_the_headline_stack():
    page = parse(
        column_page(
            "常益长高铁全线开通运营",
            "常德至长沙最快约50分钟",
            "石湘君 龙建平宣布开通",
            "湖南日报12月6日讯（全媒体记者 易小川）今天上\n"
            "午，常益长高铁全线开通运营，常德、益阳、长\n"
            "沙三市迈入“半小时高铁圈”。",
            NEWS_B,
        )
    )
    rail = stories(page)[0]
    assert (rail.kicker, rail.title) == ("常益长高铁全线开通运营", "常德至长沙最快约50分钟")
    assert rail.subtitle.replace(" ", "") == "石湘君龙建平宣布开通"
    assert rail.paragraphs[0].startswith("今天上午，常益长高铁")


def test_a_crosshead_naming_its_section_and_summing_it_up_stays_in_the_feature():
    page = parse(
        column_page(
            "湖南日报全媒体记者 龙小溪",
            "在醴陵经开区的企业服务中心，墙上挂着\n一张“企业难题清单”，每个问题后面都\n标着责任单位和办结时限。",
            "一家陶瓷企业负责人对此深有体会。去年\n企业扩产急需用工，园区立即组织了十几\n场专场招聘会。",
            "优化服务：从“企业找政府”到“政府找企业”",
            "园区推行“一企一专员”，专员每月上门\n走访，帮企业解决用地、用电、融资等难\n题，企业满意度逐年提高。",
            "产业兴了，人气旺了。经开区吸纳就业超\n过5万人，其中大部分是返乡人员。",
            "一座县城的“产业突围”",
            NEWS_B,
        )
    )
    feature = stories(page)[0]
    assert (feature.title, feature.byline) == ("一座县城的“产业突围”", "湖南日报全媒体记者 龙小溪")
    assert feature.subheads == ("优化服务：从“企业找政府”到“政府找企业”",)
    assert feature.paragraphs[-1].startswith("产业兴了，人气旺了。")


def test_a_spread_line_is_read_closed_up():
    spread = (
        "5 月 1 2 日 ， 南 县 三 仙 湖 镇 ， 农 民 插 秧 。   湖 南 日 报 记 者   邹 明 哲   摄"
    )
    assert despread(spread) == "5月12日，南县三仙湖镇，农民插秧。 湖南日报记者 邹明哲 摄"
    assert despread("压紧压实责任 确保安全度汛") == "压紧压实责任 确保安全度汛"
    assert despread("湖南日报全媒体记者 邹明哲") == "湖南日报全媒体记者 邹明哲"


def test_a_spread_caption_keeps_its_credit():
    page = parse(
        "洞庭湖区早稻插秧忙\n\n"
        "5 月 1 2 日 ， 南 县 三 仙 湖 镇 ， 农 民 驾 驶 插 秧 机 抢 插 早 稻 。"
        "   湖 南 日 报 记 者   邹 明 哲   摄\n\n"
        "智慧农业示范基地挂牌\n\n"
        "湖南日报6月3日讯（全媒体记者 周明）今天，全市首批智慧农业示范基地正式挂牌。\n"
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert squash(photo.byline) == "湖南日报记者邹明哲摄"
    assert photo.title == "洞庭湖区早稻插秧忙"


def test_a_photo_title_printed_under_its_caption_is_the_photos():
    page = parse(
        column_page(
            NEWS_A,
            "6月27日，岳阳县新墙镇荷花基地，游客在赏荷拍照。连日来，当地三千余亩荷花竞相开放。"
            " 田秋禾 摄（湖南图片库）",
            "荷花盛开引客来",
            "全省水利建设现场推进会召开",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "荷花盛开引客来"


@pytest.mark.parametrize(
    ("above", "title", "photo_title"),
    [
        # (the headline line ends on a whole phrase: the short line is the photo's)
        ("全省外贸一季度实现较快增长", "晒秋", "晒秋"),
        # (it stops on a preposition: its last word wrapped, the photo untitled)
        ("全省外贸一季度稳中有进再向", "好发展", ""),
    ],
)
def test_a_short_line_over_a_caption_under_a_headline_line(above, title, photo_title):
    page = parse(
        column_page(
            NEWS_A,
            above,
            title,
            "9月28日，汝城县沙洲村，村民在屋顶晾晒辣椒和玉米。 湖南日报全媒体记者 田秋禾 摄",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert ("" if photo.title_derived else photo.title) == photo_title
    (trade,) = [a for a in stories(page) if "外贸" in a.paragraphs[0]]
    assert squash(trade.title).startswith(above)
    assert (title in squash(trade.title)) == (not photo_title)


def test_a_caption_of_four_column_lines_over_its_credit_is_the_photos():
    caption = (
        "10月8日，江华瑶族自治县码市镇，村民在梯田里收割晚稻。"
        "今年当地推广再生稻种植，亩产比去年高出一成，预计全镇稻谷总产量可达一万二千吨。"
    )
    page = parse(column_page(NEWS_A, "梯田金秋", set_in_column([caption], 21), "通讯员 周晓岚 摄"))
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert squash(photo.body) == squash(caption)
    assert squash(photo.byline) == "通讯员周晓岚摄"
    assert photo.title == "梯田金秋"
    assert not any("周晓岚" in x for x in page.extras)


def test_a_photo_groups_title_naming_its_scene_heads_it_on_a_column_page():
    page = parse(
        column_page(
            NEWS_A,
            "古城端午民俗活动多姿多彩",
            "6月10日，沅陵县城，龙舟队在沅水上竞渡，庆祝端午。",
            "6月10日，沅陵县城，市民在岸边观看比赛。",
            "以上图片均由 湖南日报全媒体记者 严冬青 摄",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "古城端午民俗活动多姿多彩"
    assert len(photo.paragraphs) == 2
    assert not any("民俗" in x for x in page.extras)


ORANGE_GROVE = (
    "湖南日报10月9日讯（全媒体记者 田秋禾）\n"
    "连日来，石门县的柑橘园里一片繁忙，\n"
    "果农们正忙着采摘早熟蜜橘。今年全县\n"
    "柑橘种植面积达四十万亩，预计产量比\n"
    "去年增加一成，客商纷纷上门收购。"
)


def test_a_headlines_last_word_wrapped_alone_among_bunched_headlines_ends_it():
    # (the headlines printed together under the stories; the short line is no
    # column's name, which would have no story to head)
    page = parse(
        column_page(ORANGE_GROVE, NEWS_B, "石门柑橘园进入秋季管护", "关键期", "外贸进出口稳中向好")
    )
    (grove,) = [a for a in stories(page) if "柑橘" in a.body]
    assert grove.title == "石门柑橘园进入秋季管护关键期"
    assert "关键期" not in page.extras


def test_a_column_name_over_its_writers_name_heads_the_commentary_under_them():
    # (two short words one over the other, as a frame's are: a column's name
    # over a name is the commentary's head, no frame)
    body = COMMENT.split("\n", 1)[1]  # (unsigned over its text)
    page = parse(column_page(NEWS_A, "全省水利建设现场推进会召开", "湘论", "伍岚", body))
    (comment,) = [a for a in stories(page) if "农村" in a.body]
    assert comment.column == "湘论"
    assert squash(comment.byline) == "伍岚"
    assert not any("伍岚" in x for x in page.extras)


@pytest.mark.parametrize(
    "box",
    [
        "2024湖南国际矿物宝石博览会\n倒计时19天",
        "距离第四届湖南旅游发展大会开幕\n还有52天",
        "距2026年湖南省旅游发展大会开幕\n还有\n72\n天",
        "湘江周刊\n第21期",
        "今日导读",
        "法治宣传月\n12月4日 国家宪法日",  # (a day of observance, its campaign over it)
    ],
)
def test_a_countdown_or_issue_frame_is_a_box(box):
    page = parse(column_page(NEWS_A, "全省水利建设现场推进会召开", box, NEWS_B))
    assert squash(box) in squash("".join(page.extras))
    assert not any(squash(box)[:6] in squash(a.title + a.kicker) for a in page.articles)


def test_a_features_headline_printed_inside_it_is_its_headline():
    page = parse(
        "湖南日报全媒体记者 易湘涛 唐芷若\n\n"
        "六月的炎陵，群山苍翠。在鹿原镇的一处黄桃基地里，果农正忙着采摘。\n\n"
        "炎陵地处罗霄山脉中段，过去群众增收渠道少。如今，漫山的黄桃成了致富果。\n\n"
        "株洲炎陵县做强黄桃产业 一颗黄桃 甜了一方 ——来自罗霄山区的产业调查\n\n"
        "从“零散种”到“规模化”\n\n"
        "二十多年前，炎陵黄桃还只是少数农户房前屋后的零星种植。\n"
    )
    (art,) = stories(page)
    assert squash(art.kicker + art.title + art.subtitle) == squash(
        "株洲炎陵县做强黄桃产业一颗黄桃甜了一方——来自罗霄山区的产业调查"
    )
    assert "从“零散种”到“规模化”" in art.subheads


# --- front pages, photo groups, sign-offs, short labels ------------------------------


def paragraph_page(*blocks: str) -> str:
    """A one-paragraph-a-line page: a blank line between blocks."""
    return "\n\n".join(blocks) + "\n"


NEWS = (
    "湖南日报4月2日讯（全媒体记者 柯南星）记者今天从省林业局获悉，今年一季度，"
    "全省完成植树造林86万亩，新建城乡绿道320公里，森林覆盖率稳定在59%以上。",
    "省林业局有关负责人介绍，今年将重点推进洞庭湖区湿地修复和武陵山区石漠化治理，"
    "全年计划完成国土绿化任务300万亩。",
)


@pytest.mark.parametrize(
    ("top", "banner"),
    [
        # (a campaign's banner: none of its words in the stack or the story)
        ("奋力谱写新时代发展新篇章", True),
        # (a kicker: the story's own words)
        ("湿地修复和石漠化治理同步推进", False),
    ],
)
def test_a_line_over_a_dated_reports_two_headline_pieces(top, banner):
    page = parse(
        paragraph_page(
            top,
            "一季度全省完成植树造林86万亩",
            "新建城乡绿道320公里",
            *NEWS,
        )
    )
    (art,) = stories(page)
    assert (top in squash(art.kicker + art.title + art.subtitle)) != banner
    assert squash(art.title + art.subtitle).startswith("一季度全省完成植树造林86万亩")
    assert (top in page.extras) == banner


def test_a_brief_runs_section_name_over_its_first_headline_is_its_column():
    page = parse(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "湘中简讯",
            "娄底启动春季森林防火巡查",
            "湖南日报4月2日讯（全媒体记者 龙小溪）娄底市今天起开展春季森林防火巡查，"
            "重点排查林区野外用火和祭祀用火隐患。",
        )
    )
    brief = stories(page)[-1]
    assert (brief.column, brief.kicker, brief.title) == ("湘中简讯", "", "娄底启动春季森林防火巡查")


def test_a_notices_list_of_names_and_its_sign_off_are_its_paragraphs():
    page = parse(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "2024年度湖南省“最美护林员”候选人公示",
            "经各市州推荐、专家评审，确定以下同志为2024年度湖南省“最美护林员”候选人，现予以公示。",
            "候选人名单：",
            "贺松林（石门县壶瓶山林场护林员）",
            "龙秀英（通道侗族自治县某村护林员）",
            "谭建国（桑植县某乡护林员）",
            "滕小梅（城步苗族自治县某林场护林员）",
            "公示时间为5月6日至5月12日。",
            "湖南省林业局",
            "2024年5月5日",
            "娄底启动春季森林防火巡查",
            "湖南日报5月5日讯（全媒体记者 龙小溪）娄底市今天起开展春季森林防火巡查，"
            "重点排查林区野外用火和祭祀用火隐患。",
        )
    )
    notice = next(a for a in stories(page) if "候选人名单：" in a.paragraphs)
    assert "贺松林（石门县壶瓶山林场护林员）" in notice.paragraphs
    assert notice.paragraphs[-3:] == ("公示时间为5月6日至5月12日。", "湖南省林业局", "2024年5月5日")
    brief = stories(page)[-1]
    assert (brief.kicker, brief.title) == ("", "娄底启动春季森林防火巡查")


def test_an_interviews_question_cut_short_is_no_headline():
    page = parse(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "返乡青年的“橘子经”",
            "——访麻阳苗族自治县一家柑橘合作社负责人",
            "湖南日报全媒体记者 龙小溪",
            "麻阳的冰糖橙远近闻名。近年来，不少年轻人回到家乡，在果园里做起了电商。",
            "记者：您为",
            "长沙黄花机场新开三条国际航线",
            "湖南日报4月2日讯（全媒体记者 柯南星）今天，长沙黄花机场新开通长沙至河内、"
            "长沙至万象、长沙至金边三条国际航线，每周各执飞两班。",
            "什么从城里回到果园？",
            "滕晓峰：我在深圳做了6年电商运营，家乡的橙子好，就是卖不出好价钱。",
            "记者：合作社带动了多少农户？",
            "滕晓峰：现在有社员98户，其中脱贫户30户。",
        )
    )
    flights = next(a for a in stories(page) if a.paragraphs[0].startswith("今天，长沙黄花机场"))
    assert (flights.kicker, flights.title) == ("", "长沙黄花机场新开三条国际航线")


def test_a_features_part_named_over_its_crosshead_opens_no_story():
    page = parse(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "山区教育调查",
            "乡村小学如何留住好老师",
            "湖南日报全媒体记者 龙小溪",
            "编者按",
            "乡村教师是乡村教育的脊梁。本报今起推出系列报道，走进武陵山区，记录乡村学校的新变化。",
            "上篇",
            "城里的名师来到了村小",
            "每周二上午，保靖县一所村小的教室里坐满了学生。县城的特级教师又来上示范课了。",
            "“以前只能在电视上看名师讲课，现在名师就站在讲台上。”五年级学生彭小雨说。",
        )
    )
    feature = stories(page)[-1]
    assert feature.title == "乡村小学如何留住好老师"
    assert "城里的名师来到了村小" in feature.paragraphs
    assert feature.paragraphs[-1].startswith("“以前只能在电视上看名师讲课")


def test_a_notice_is_an_item_of_its_own_whatever_it_shares_with_the_story_above():
    page = parse(
        paragraph_page(
            "全省植树造林进度过半",
            *NEWS,
            "2024年度湖南省植树造林先进单位公示",
            "经各市州推荐、省林业局评审，拟确定20个单位为2024年度全省植树造林先进单位，现予以公示。",
            "公示时间为4月3日至4月9日。",
        )
    )
    notice = stories(page)[-1]
    assert notice.title == "2024年度湖南省植树造林先进单位公示"
    assert notice.paragraphs[-1] == "公示时间为4月3日至4月9日。"


def test_reporters_signing_over_a_notice_close_the_story_above_it():
    page = parse(
        paragraph_page(
            "从荒坡到产业园",
            "——走进园区看发展",
            "五年前，这里还是一片长满杂草的荒坡。如今，一栋栋标准厂房拔地而起，40多家企业在这里安家。",
            "园区推行“拿地即开工”审批模式，企业签约后即可同步办理规划、施工等手续。",
            "湖南日报全媒体记者 龙小溪 通讯员 石晓岚",
            "2024年度湖南省植树造林先进单位公示",
            "经各市州推荐、省林业局评审，拟确定20个单位为2024年度全省植树造林先进单位，现予以公示。",
            "公示时间为4月3日至4月9日。",
        )
    )
    feature, notice = stories(page)
    assert feature.byline == "湖南日报全媒体记者 龙小溪 通讯员 石晓岚"
    assert (notice.title, notice.byline) == ("2024年度湖南省植树造林先进单位公示", "")


def test_a_phrase_saying_what_is_done_under_a_title_is_no_label_under_it():
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.lines import Line
    from hnreader.corpus.segment.roles import take_column

    heads = ["桃源县连夜转移危险区群众", "一户也不落下"]
    draft = Draft(heads=[[Line(k + 1, text, 1, False)] for k, text in enumerate(heads)])
    draft.byline = "湖南日报全媒体记者 龙小溪"
    draft.paras.append(Para("连日强降雨后，桃源县组织干部逐户排查，转移群众3200余人。", [5]))
    take_column(draft, [draft], 0)
    assert draft.column == ""
    assert len(draft.heads) == 2


def test_a_short_line_over_a_kicker_and_a_title_is_the_columns_name():
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.lines import Line
    from hnreader.corpus.segment.roles import take_column

    heads = ["走进陶瓷小镇", "醴陵陶瓷小镇产业发展调查", "老窑火烧出新产业 “千年瓷都”再出发"]
    draft = Draft(heads=[[Line(k + 1, text, 1, False)] for k, text in enumerate(heads)])
    # (the label's words are the story's too: only its place over two longer pieces tells)
    draft.paras.append(Para("走进醴陵陶瓷小镇，老窑址旁新建的智能生产线正在满负荷运转。", [9]))
    take_column(draft, [draft], 0)
    assert draft.column == "走进陶瓷小镇"
    assert ["".join(li.raw for li in h) for h in draft.heads] == heads[1:]


def test_a_masthead_printed_after_the_last_story_is_the_pages_date():
    towns = ("浏阳", "醴陵", "湘乡", "韶山", "耒阳", "常宁", "汨罗", "临湘", "津市", "沅江")
    more = [f"{t}市今年新增造林{k + 2}万亩，修复退化林{k + 1}万亩。" for k, t in enumerate(towns)]
    page = parse(
        paragraph_page(
            "全省一季度植树造林86万亩",
            *NEWS,
            *more,
            "2031年4月",
            "3 星期四",
            "辛亥年二月十二",
            "第30001号",
            "今日8版",
        )
    )
    assert page.masthead is not None and page.issue_date.isoformat() == "2031-04-03"
    assert [a.title for a in page.articles] == ["全省一季度植树造林86万亩"]
    assert not any("第30001号" in "".join(a.paragraphs) for a in page.articles)


def test_pieces_of_a_masthead_set_apart_from_its_date_are_masthead():
    page = parse(
        paragraph_page(
            "2031年4月",
            "3 星期四",
            "全省一季度植树造林86万亩",
            *NEWS,
            "辛亥年二月十二",
            "第30001号",
        )
    )
    assert "第30001号" in page.masthead.text
    assert len(page.articles) == 1 and "第30001号" not in page.articles[0].title


def test_a_group_credit_closes_one_photo_item_with_a_paragraph_per_caption():
    page = parse(
        paragraph_page(
            *NEWS,
            "春茶开采",
            "4月1日，古丈县默戎镇，茶农在茶园采摘春茶。",
            "4月1日，安化县江南镇，制茶师傅在揉捻茶叶。",
            "以上图片均由 湖南日报全媒体记者 严冬青 摄",
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert len(photos) == 1
    assert photos[0].title == "春茶开采"
    assert len(photos[0].paragraphs) == 2
    assert photos[0].byline.startswith("以上图片均由")


def test_a_reporters_line_closing_a_story_signs_it():
    signed = "湖南日报·新湖南客户端记者 柯南星 报道"
    page = parse(
        paragraph_page(
            "岳阳新开两条国际货运航线",
            "4月2日上午，一架满载电子产品的货机从岳阳三荷机场起飞，飞往越南河内。",
            "据介绍，两条航线每周各执飞3班，年货运能力可达1.2万吨。",
            signed,
            "全省一季度植树造林86万亩",
            *NEWS,
        )
    )
    first = page.articles[0]
    assert first.title == "岳阳新开两条国际货运航线" and first.byline == signed
    assert len(first.paragraphs) == 2
    assert page.articles[1].byline == ""


def test_a_two_character_label_over_a_commentary_is_its_column():
    page = parse(
        paragraph_page(
            *NEWS,
            "快论",
            "让绿色成为发展底色",
            "湖南日报全媒体评论员",
            "莫远山",
            "植树造林，功在当代，利在千秋。守护好一江碧水、两岸青山，是我们这一代人的责任。",
            "绿色发展不是一句口号，要落实到每一个项目、每一片山林。",
        )
    )
    commentary = page.articles[-1]
    assert commentary.column == "快论" and commentary.title == "让绿色成为发展底色"
    assert commentary.byline.replace(" ", "") == "湖南日报全媒体评论员莫远山"
    assert commentary.paragraphs[0].startswith("植树造林")


def test_a_kicker_closed_by_a_dash_takes_the_title_under_it():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 乔木森",
            "天刚亮，新化县水车镇的梯田里已有人在插秧。",
            "去年起，镇里把零散的田块流转给合作社，统一育秧、统一机插。",
            "梯田种出新希望——",
            "云端稻田有了“新农人”",
            "合作社理事长说，今年全镇机插秧面积比去年翻了一番，种田的年轻人也多了。",
            "机插秧省工省时",
            "以前插一亩秧要三个人干一天，现在一台插秧机半天能插二十亩。",
        )
    )
    feature = page.articles[0]
    assert feature.kicker == "梯田种出新希望——"
    assert feature.title == "云端稻田有了“新农人”"


def test_an_opinion_label_over_another_label_closes_the_commentary_above():
    page = parse(
        paragraph_page(
            "多读书，读好书",
            "湖南日报评论员",
            "读书使人明理。一个爱读书的社会，是一个向上向善的社会。",
            "建好农家书屋，让村民在家门口就能读到好书，是一件实事。",
            "潇湘时评",
            "湘江夜读",
            "文丨柳月明",
            "外婆的灶屋在老屋的最里头，终年飘着柴火的香味。",
            "外婆的灶屋",
            "那时候每到冬天，我们一群孩子就围在灶前烤火，听外婆讲故事。",
        )
    )
    commentary, essay = stories(page)
    assert commentary.column == "潇湘时评" and commentary.title == "多读书，读好书"
    assert essay.column == "湘江夜读" and essay.title == "外婆的灶屋"


def test_a_tail_printed_before_its_headline_and_signed_goes_to_that_story():
    signed = "湖南日报·新湖南客户端记者 鲁远航 报道"
    page = parse(
        paragraph_page(
            *NEWS,
            "据了解，城陵矶新港区今年新开通至东盟的集装箱航线两条，港口集装箱吞吐量",
            "有望突破百万标箱。",
            signed,
            "城陵矶新港区开通东盟集装箱航线",
            "4月2日，一艘满载集装箱的货轮从城陵矶新港区驶出，经长江直达东盟港口。",
            "新航线开通后，岳阳至东盟的货物运输时间缩短一周，集装箱运费下降两成。",
        )
    )
    news, port = stories(page)
    assert port.title == "城陵矶新港区开通东盟集装箱航线" and port.byline == signed
    assert any(p.startswith("据了解，城陵矶新港区") for p in port.paragraphs)
    assert not any("城陵矶" in p for p in news.paragraphs)


def test_a_sign_off_under_a_signed_story_closes_the_story_after_its_photo():
    signed = "湖南日报·新湖南客户端记者 鲁远航 报道"
    page = parse(
        column_page(
            "文丨柳月明",
            "外婆的灶屋在老屋的最里头，终年\n飘着柴火的香味。那时候每到冬天，\n我们就围在灶前烤火听故事。",
            "五月九日，南县三仙湖镇，农民在田里插秧。 湖南日报记者 邹明哲 摄",
            "四月二日，一艘满载集装箱的货轮\n从城陵矶新港区驶出，经长江直达\n东盟港口，全程只需十二天。",
            "新航线开通后，岳阳至东盟的货物\n运输时间缩短一周，集装箱运费下\n降了两成，外贸企业得了实惠。",
            "          " + signed,
            "城陵矶新港区开通东盟集装箱航线",
            NEWS_A,
        )
    )
    port = next(a for a in stories(page) if "城陵矶" in "".join(a.paragraphs))
    essay = next(a for a in stories(page) if a.byline == "文丨柳月明")
    assert port.byline == signed and port.title == "城陵矶新港区开通东盟集装箱航线"
    assert not any("城陵矶" in p for p in essay.paragraphs)


def test_a_dash_led_subtitle_inside_a_feature_brings_its_title():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 乔木森",
            "走进醴陵老城，窄窄的石板路两旁，一家家瓷器铺子挂着红灯笼。",
            "一座老城的新生",
            "——探访醴陵瓷器街",
            "80岁的周师傅在这条街上做了一辈子瓷器，说起老街的变化，他感慨万千。",
            "从“破旧”到“焕新”",
            "十年前，老街的房子大多年久失修，下雨天屋里到处漏水。",
        )
    )
    feature = page.articles[0]
    assert feature.title == "一座老城的新生" and feature.subtitle == "——探访醴陵瓷器街"


def test_a_features_headline_inside_it_keeps_its_last_word_wrapped_alone():
    page = parse(
        paragraph_page(
            "湖南日报全媒体记者 乔木森",
            "走进醴陵老城，窄窄的石板路两旁，一家家瓷器铺子挂着红灯笼。",
            "全面推进乡村振兴·蹲点手记 醴陵瓷器老街的",
            "“新三宝”",
            "80岁的周师傅在这条街上做了一辈子瓷器，说起老街的变化，他感慨万千。",
            "十年前，老街的房子大多年久失修，下雨天屋里到处漏水。",
        )
    )
    feature = page.articles[0]
    assert (feature.kicker + feature.title).replace(
        " ", ""
    ) == "全面推进乡村振兴·蹲点手记醴陵瓷器老街的“新三宝”"
    assert "“新三宝”" not in feature.paragraphs


def test_an_open_tail_interrupted_by_another_story_takes_its_piece_from_further_on():
    page = parse(
        paragraph_page(
            "油菜花开引客来",
            "湖南日报4月2日讯（全媒体记者 柯南星）连日来，衡阳县油菜花海迎来赏花游客，油菜花田里",
            "全省一季度植树造林86万亩",
            *NEWS,
            "游人如织。县里推出油菜花观光小火车和油菜花主题民宿，赏花游客比去年多了三成。",
            "油菜花期过后，油菜籽还能榨油，赏花游带火了当地的菜籽油销路。",
        )
    )
    flowers = next(a for a in page.articles if a.title == "油菜花开引客来")
    assert "油菜花田里游人如织" in flowers.paragraphs[0]
    assert any(p.startswith("油菜花期过后") for p in flowers.paragraphs)


def test_a_conjunction_after_a_figure_opens_the_subtitle_and_runs_on_to_its_figure():
    from hnreader.corpus.segment.headlines import split_roles

    units = ["一季度全省粮食播种面积", "1250万亩", "与上年同期相比", "增加32万亩"]
    roles = split_roles(units, True)
    assert roles.title == "一季度全省粮食播种面积1250万亩"
    assert roles.subtitle == "与上年同期相比增加32万亩"


def test_a_line_finishing_a_sentence_inside_it_is_never_a_headline():
    page = parse(
        column_page(
            NEWS_A,
            "项目建设持续提速。前两月，全\n省新开工项目三百一十二个，完\n成投资一千零八十亿元。",
            NEWS_B,
        )
    )
    assert not any("项目建设持续提速" in a.title + a.kicker for a in page.articles)
    assert any("项目建设持续提速" in "".join(a.paragraphs) for a in page.articles)


def test_caption_lines_of_column_width_above_the_credit_are_the_captions():
    page = parse(
        column_page(
            NEWS_A,
            "晚稻开镰",
            "9 月 13 日 ，衡 阳 县 西 渡 镇 ，农 民 驾 驶\n"
            "收 割 机 抢 收 晚 稻 。今 年 全 县 预\n"
            "计 亩 产 提 高 30 公 斤 。 湖南日报记者 谭明 摄",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "晚稻开镰"
    assert photo.paragraphs[0].startswith("9月13日，衡阳县西渡镇")


def test_a_caption_whose_last_line_ends_its_sentence_over_a_credit_alone_is_the_captions():
    page = parse(
        column_page(
            NEWS_A,
            "湖畔候鸟来",
            "12月7日，岳阳市君山区东洞庭湖湿地，成群的候鸟在湖面\n"
            "觅食。入冬以来，东洞庭湖迎来候鸟越冬高峰，监测到的\n"
            "候鸟已超过15万只。\n"
            "湖南日报全媒体记者 谭明 摄影报道",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "湖畔候鸟来"
    assert list(photo.paragraphs) == [
        "12月7日，岳阳市君山区东洞庭湖湿地，成群的候鸟在湖面觅食。入冬以来，东洞庭湖迎来候鸟越冬高峰，监测到的候鸟已超过15万只。"
    ]
    assert not any("候鸟" in "".join(a.paragraphs) for a in page.articles if a.kind != "photo")


def test_a_two_character_label_a_blank_under_a_tight_stack_is_no_wrapped_word():
    page = parse(
        column_page(NEWS_A)
        + "\n省政府常务会议研究部署\n秋冬季森林防火工作\n\n快论\n\n守住森林防火的底线\n\n"
        + column_page(COMMENT)
    )
    commentary = next(a for a in stories(page) if a.byline.startswith("湖南日报全媒体评论员"))
    assert commentary.column == "快论"
    assert not any("快论" in a.title + a.subtitle + a.kicker for a in page.articles)


def test_a_name_under_a_photo_credit_is_no_photo_title():
    page = parse(
        column_page(
            NEWS_A,
            "5月8日，南县三仙湖镇，农民驾驶插秧机抢插早稻。",
            "        湖南日报记者 邹明哲 摄",
            "石凯文",
            "连日来，多地开展农村道路安全隐\n患排查，发现问题立即整改，群众\n出行更放心了。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert "石凯文" not in photo.title


def test_a_short_line_under_a_finished_headline_line_is_no_wrapped_word():
    page = parse(
        column_page(
            NEWS_A,
            "水利建设现场推进会在益阳召开",
            "——百余件湖湘非遗精品集中亮相",
            "观潮台",
            "守住出行安全底线",
            COMMENT,
        )
    )
    assert not any("观潮台" in a.title + a.subtitle + a.kicker for a in page.articles)


def test_two_labels_over_a_headline_the_first_closes_the_story_above():
    page = parse(
        paragraph_page(
            "多读书，读好书",
            "湖南日报评论员",
            "读书使人明理。一个爱读书的社会，是一个向上向善的社会。",
            "建好农家书屋，让村民在家门口就能读到好书，是一件实事。",
            "书香湖湘",
            "湘水漫议",
            "小切口 大民生",
            "卢文涛",
            "老旧小区加装电梯、社区食堂开门迎客，件件都是民生实事。",
            "民生无小事，枝叶总关情。把小事办好，群众才会满意。",
        )
    )
    books, small = stories(page)
    assert books.column == "书香湖湘" and small.column == "湘水漫议"
    assert small.title == "小切口 大民生"


def test_a_two_character_label_over_another_label_closes_the_story_above():
    page = parse(
        paragraph_page(
            "别让夜市烟火扰了清梦",
            "韩晓川",
            "入夏以来，不少城市的夜市热闹起来，烧烤摊前人声鼎沸，附近居民却常常被油烟和喧闹搅得"
            "难以入眠。",
            "夜市要有烟火气，也要守住居民休息的底线。划定经营区域、规定收摊时间，管理不能缺位。",
            "城市的温度，既在热闹里，也在安宁中。",
            "民声",
            "湘水漫议",
            "小切口 大民生",
            "卢文涛",
            "老旧小区加装电梯、社区食堂开门迎客，件件都是民生实事。",
            "民生无小事，枝叶总关情。把小事办好，群众才会满意。",
        )
    )
    night, small = stories(page)
    assert (night.column, small.column) == ("民声", "湘水漫议")
    assert (small.kicker, small.title) == ("", "小切口 大民生")


@pytest.mark.parametrize("speaker", ["佘国林", "副省长佘国林"])
def test_a_paragraph_quoting_whom_a_story_named_goes_back_to_that_story(speaker):
    # (the report's last paragraph printed at the page's foot, after two
    # other stories: it opens on the official the report's first paragraph
    # named, and on no name the others print)
    page = parse(
        paragraph_page(
            "省政协专题协商洞庭湖生态修复",
            "湖南日报6月3日讯(记者 石青)今天,省政协就洞庭湖生态修复召开专题协商会,"
            "副省长佘国林到会通报情况。",
            "委员们围绕湿地退化、候鸟保护、采砂整治等问题提问,相关厅局负责人逐一回应。",
            "长沙开通首条夜间定制公交线路",
            "湖南日报6月3日讯(记者 孔磊)今天,长沙首条夜间定制公交线路开通,连接三个大型"
            "居住区和城东商圈。",
            "线路运营至次日凌晨一时,乘客可通过手机提前预约座位。",
            "益阳举办乡村篮球联赛",
            "湖南日报6月3日讯(记者 熊杰)今天,益阳市第二届乡村篮球联赛在桃江县开赛,"
            "全市八十支村队报名参赛。",
            "赛事为期两个月,决赛将在农历六月初六举行。",
            f"{speaker}介绍,下一步将出台配套办法,明确各方责任,定期通报进展。",
        )
    )
    dongting = next(a for a in stories(page) if "洞庭湖" in a.title)
    assert dongting.paragraphs[-1].startswith(f"{speaker}介绍")


def test_a_headline_cut_inside_its_quote_is_read_whole():
    page = parse(
        paragraph_page(
            *NEWS,
            "以“开工即冲刺",
            "”跑出发展加速度",
            "湖南日报全媒体评论员 石凯文",
            "春节假期刚过，全省各地重大项目建设现场便热火朝天。",
            "项目建设有周期，时间就是效益，开工就要冲刺。",
        )
    )
    commentary = stories(page)[-1]
    assert commentary.title == "以“开工即冲刺”跑出发展加速度"


def test_an_untitled_story_set_into_a_cut_lead_opens_there():
    page = parse(
        paragraph_page(
            "全省春耕备耕现场推进会召开",
            "湖南日报2月27日讯（全媒体记者 柯南星）2月2",
            "让数字技术为城市治理添智慧",
            "在长沙，一座城市的数字分身正悄然成形：路网车流、地下管网、楼宇能耗，"
            "都能在一块大屏上看得一清二楚，哪里堵了、哪里漏了，一目了然。",
            "7日，全省春耕备耕现场推进会在常德召开，会议部署春季农业生产和高标准农田建设。"
            "与会人员实地观摩了鼎城区、汉寿县的高标准农田建设项目和集中育秧中心。",
            "会议强调，要加强农资供应和市场监管，抓好春耕备耕各项工作，"
            "确保全年粮食播种面积稳定在七千一百万亩以上，粮食产量稳定在六百亿斤以上。",
            "城市是一个复杂的巨系统。用好数字技术，城市治理才能更精细、更智慧。",
        )
    )
    smart = next(a for a in page.articles if a.title == "让数字技术为城市治理添智慧")
    assert smart.paragraphs[0].startswith("在长沙")
    farm = next(a for a in page.articles if a.title == "全省春耕备耕现场推进会召开")
    assert farm.paragraphs[0].startswith("2月27日，全省春耕备耕")


def test_an_opinion_label_over_a_title_after_a_reporters_story_starts_a_commentary():
    page = parse(
        paragraph_page(
            "洞庭湖区退垸还湖见闻",
            "湖南日报记者 胡晓风",
            "初秋时节，站在君山区的洞庭湖大堤上远眺，湖水清澈，候鸟成群。",
            "拆围：啃下最硬的骨头",
            "今年以来，岳阳市对洞庭湖区矮围网围开展集中整治，拆除矮围一百二十处。",
            "潇湘快评",
            "秋收更要秋管",
            "眼下，全省中稻收割进入高峰，晚稻也陆续进入灌浆期，田间管理一刻也不能放松。",
            "农时不等人。各地要抓好晚稻后期管理，确保颗粒归仓。",
        )
    )
    commentary = stories(page)[-1]
    assert commentary.column == "潇湘快评" and commentary.title == "秋收更要秋管"
    assert commentary.paragraphs[0].startswith("眼下，全省中稻收割")


def test_a_photo_title_drawn_twice_under_its_caption_is_read_once():
    page = parse(
        column_page(
            NEWS_A,
            "1月14日，张家界武陵源风景名胜区，雪后的峰林云雾缭绕，宛如仙境。",
            "湖南日报全媒体记者 匡志强 摄",
        )
        + "\n雪后张家界\n雪后张家界\n\n\n"
        + column_page(NEWS_B)
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "雪后张家界"
    assert len(page.articles) == 3


def test_a_photo_title_doubled_on_one_line_under_its_credit_is_the_photos():
    page = parse(
        paragraph_page(
            *NEWS,
            "10月16日，宁乡市双凫铺镇，农民在田间收割晚稻。 刘振华 摄（湖南图片库）",
            "金色田野金色田野",
            "全省秋冬种生产全面展开",
            "湖南日报10月16日讯（全媒体记者 柯南星）"
            "记者从省农业农村厅获悉，全省秋冬种生产全面展开。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "金色田野"
    news = page.articles[-1]
    assert news.title == "全省秋冬种生产全面展开" and news.kicker == ""


def test_a_headline_stack_between_paragraphs_opens_a_story():
    page = parse(
        paragraph_page(
            *NEWS,
            "湘江新区前三季度地区生产总值增长8.1%",
            "新签约重大项目56个、总投资超900亿元",
            "湖南湘江新区管理委员会11月3日发布数据，今年前三季度，新区地区生产总值同比增长8.1%。",
            "项目建设是稳增长的压舱石，前三季度新区新签约重大项目56个。",
        )
    )
    news = page.articles[-1]
    assert news.title == "湘江新区前三季度地区生产总值增长8.1%"
    assert news.subtitle == "新签约重大项目56个、总投资超900亿元"
    assert news.paragraphs[0].startswith("湖南湘江新区管理委员会")
    assert not any("湘江新区" in p for p in page.articles[0].paragraphs)


def test_a_dated_storys_headline_printed_in_a_cut_no_word_runs_over_is_its_headline():
    page = parse(
        paragraph_page(
            "全省春运首日发送旅客超百万人次",
            "湖南日报1月14日讯（全媒体记者 柯南星）今天是春运首日，全省铁路、公路、水路、"
            "民航共发送旅客102万人次。",
            "为方便旅客出行，各地车站增开临时售票窗口。不少返乡务工人员和",
            "长沙黄花机场新开三条国际航线",
            "学生提前购票出行，车站秩序井然。",
            "湖南日报1月14日讯（全媒体记者 龙小溪）今天，长沙黄花机场新开通长沙至河内、"
            "长沙至万象、长沙至金边三条国际航线，每周各执飞两班。",
            "机场有关负责人介绍，今年还将加密东南亚航线航班。",
        )
    )
    spring, flights = stories(page)
    assert (
        spring.paragraphs[-1]
        == "为方便旅客出行，各地车站增开临时售票窗口。不少返乡务工人员和学生提前购票出行，车站秩序井然。"
    )
    assert flights.title == "长沙黄花机场新开三条国际航线"
    assert flights.paragraphs[0].startswith("今天，长沙黄花机场")


def test_a_stack_printed_in_a_cut_heads_the_dated_story_below_that_talks_of_it():
    page = parse(
        paragraph_page(
            "全省文旅消费季启动",
            "湖南日报5月8日讯（全媒体记者 柯南星）今天上午，全省文旅消费季在长沙启动。"
            "来自各市州的文旅企业围绕“乐游湖南”主题，推出一批新线路、新产品，共同探索文旅",
            "岳阳",
            "洞庭湖渔村民宿迎来订房热",
            "消费的新场景、新玩法。",
            "活动期间，全省将发放文旅消费券1000万元，覆盖景区、酒店、演出等领域。",
            "湖南日报5月8日讯（全媒体记者 龙小溪）五一假期刚过，岳阳市洞庭湖畔的渔村民宿订房量"
            "仍在增长，不少民宿周末订房已排到下个月。",
            "当地有关负责人介绍，全市渔村民宿已发展到230余家。",
        )
    )
    launch, inns = stories(page)
    assert launch.paragraphs[0].endswith("共同探索文旅消费的新场景、新玩法。")
    assert (inns.kicker, inns.title) == ("岳阳", "洞庭湖渔村民宿迎来订房热")
    assert inns.paragraphs[0].startswith("五一假期刚过")


def test_a_headline_in_a_cut_a_figures_unit_runs_over_needs_fewer_words_of_its_lead():
    page = parse(
        paragraph_page(
            "全省中小学秋季开学",
            "湖南日报9月9日讯（全媒体记者 柯南星）今天，全省中小学秋季学期开学。",
            "据介绍，今年全省新增学位1200",
            "湖南援疆医疗队 在天山脚下书写湖湘担当",  # (a third of its words in its lead)
            "余个，新建改扩建学校86所。",
            "省教育厅有关负责人提醒，各地要做好开学安全检查。",
            "湖南日报9月9日讯（全媒体记者 龙小溪）记者今天从省卫生健康委获悉，"
            "我省第十批援疆医疗队已抵达吐鲁番市，医疗队共有队员48名。",
            "医疗队将在当地开展带教查房、义诊等工作，帮助提升当地医疗水平。",
        )
    )
    school, doctors = stories(page)
    assert school.paragraphs[1] == "据介绍，今年全省新增学位1200余个，新建改扩建学校86所。"
    assert (doctors.kicker, doctors.title) == ("湖南援疆医疗队", "在天山脚下书写湖湘担当")


def test_a_piece_printed_right_after_its_tail_beats_a_distant_word_across_the_cut():
    page = parse(
        paragraph_page(
            "三湘时评",
            "森林防火不能有“空档期”",
            "湖南日报评论员 石凯文",
            "春季是森林火灾的高发期。各地要把责任落实到山头地块，巡山护林做到定人、定责、全",
            "覆盖，不放过任何一处火险隐患。",
            "防火更要防在前。要加强宣传教育，管住野外用火，从源头上减少火灾发生。",
            "全省春季农业生产工作会议召开",
            "湖南日报3月2日讯（全媒体记者 柯南星）今天，全省春季农业生产工作会议在长沙召开。",
            "会议分析了当前农业生产形势，部署春耕备耕重点工作。",
            "省农业农村厅要求，各地要抓好种子化肥调运，确保春耕用种用肥。",
        )
    )
    comment = next(a for a in page.articles if a.column == "三湘时评")
    assert comment.paragraphs[0].endswith("全覆盖，不放过任何一处火险隐患。")
    news = page.articles[-1]
    assert news.paragraphs[-1].startswith("省农业农村厅要求")


def test_a_lead_cut_after_a_few_words_takes_the_run_that_talks_of_it():
    page = parse(
        paragraph_page(
            "三湘时评",
            "让群众吃上放心菜",
            "湖南日报评论员 石凯文",
            "清晨时分，菜市场里",
            "全省物流枢纽建设加快推进",
            "湖南日报6月3日讯（全媒体记者 柯南星）今天，全省物流枢纽建设推进会在怀化召开，"
            "会议部署下一阶段枢纽建设任务。",
            "人声鼎沸。买菜的市民最关心什么？说到底，是菜新不新鲜、放不放心。",
            "让群众吃上放心菜，要把好产地准出关，推进蔬菜基地农药残留快速检测全覆盖。",
            "让群众吃上放心菜，还要把好市场准入关，建立进货查验和索证索票制度。",
            "菜篮子连着民生。把好每一道关口，群众的餐桌才能更安心。",
            "会议要求，各地要加快物流园区和多式联运设施建设，降低全社会物流成本。",
        )
    )
    comment = next(a for a in page.articles if a.column == "三湘时评")
    assert (
        comment.paragraphs[0]
        == "清晨时分，菜市场里人声鼎沸。买菜的市民最关心什么？说到底，是菜新不新鲜、放不放心。"
    )
    assert len(comment.paragraphs) == 4
    news = page.articles[-1]
    assert [p[:4] for p in news.paragraphs] == ["今天，全", "会议要求"]


def test_a_long_label_on_a_column_word_whose_topic_the_story_reports_is_no_column():
    def feature(label: str):
        return stories(
            parse(
                paragraph_page(
                    "全省植树造林进度过半",
                    *NEWS,
                    label,
                    "园区里的“加速度”",
                    "湖南日报全媒体记者 谭文博",
                    "走进湘潭经开区，招商引资的热潮扑面而来。园区企业开足马力，订单排到了年底。",
                    "招商引资跑出加速度，离不开园区的贴心服务。",
                )
            )
        )[-1]

    series = feature("招商引资一线观察")
    assert series.column == "" and "招商引资一线观察" in series.kicker + series.title
    assert feature("三湘观察").column == "三湘观察"


def test_a_piece_opening_on_a_figure_of_a_subject_named_elsewhere_goes_on_its_tail():
    page = parse(
        paragraph_page(
            "一季度全省外贸进出口增长9.1%",
            "湖南日报4月12日讯（全媒体记者 柯南星）长沙海关今天发布，一季度全省外贸进出口"
            "总值1520亿元。其中，机电产品和劳动密集型产品出口",
            "稳住外贸基本盘",
            "湖南日报评论员 石凯文",
            "外贸企业订单减少、物流受阻，稳外贸就是稳就业。",
            "分别增长12.3%、8.6%。",
            "对东盟贸易增速最快，占全省外贸进出口总值的两成。",
            "稳外贸，要把政策落到外贸企业身上，让出口退税资金直达快享。",
        )
    )
    news = next(a for a in page.articles if a.title.startswith("一季度"))
    assert news.paragraphs[0].endswith("产品出口分别增长12.3%、8.6%。")
    assert news.paragraphs[-1].startswith("对东盟贸易")
    comment = next(a for a in page.articles if a.title == "稳住外贸基本盘")
    assert [p[:4] for p in comment.paragraphs] == ["外贸企业", "稳外贸，"]


def test_a_sign_off_in_bao_dao_above_a_signed_commentary_closes_the_story_before_it():
    page = parse(
        column_page(
            "11月8日上午，一列动车组从长沙站\n"
            "驶出，经株洲南驶向湘潭北，城际铁\n"
            "路开始全线联调联试。\n"
            "联调联试期间，相关单位将对轨道、\n"
            "供电、通信信号等系统全面检测。",
            "湖南日报·新湖南客户端记者 柯南星 报道",
            "在一些山村，常能听到这样的说\n"
            "法：等着别人送小康。扶贫先扶志，\n"
            "要让群众自己站起来、干起来。\n"
            "扶志，就是要激发内生动力，让群\n"
            "众在比学赶超中增强信心。",
            "湘江评论",
        )
        + "扶贫先扶志 治贫先治愚\n湖南日报评论员\n\n"
        + column_page("城际铁路开始联调联试")
    )
    news = next(a for a in page.articles if "联调联试" in a.title)
    assert news.byline == "湖南日报·新湖南客户端记者 柯南星 报道"
    comment = next(a for a in page.articles if a.column == "湘江评论")
    assert comment.byline == "湖南日报评论员"
    assert comment.title == "扶贫先扶志 治贫先治愚"


def test_a_run_moved_to_its_tail_goes_on_under_a_crosshead_of_two_words():
    page = parse(
        paragraph_page(
            "全省新增3个国家级示范区",
            "湖南日报6月3日讯（全媒体记者 柯南星）记者今天获悉，我省新增3个国家级示范区。",
            "示范区将在产业协同、开放合作等方面先行先试。",
            "发展到2600多亩。",
            "菌菇变“金菇”",
            "“好菌也要有好销路。”村支书介绍，村里成立了菌菇合作社，统一品牌、统一销售。",
            "菌棚变课堂",
            "村里的菌棚成了培训课堂，周边村民都来学种菌菇，合作社的技术员手把手地教。",
            "一朵菌菇富了一方百姓",
            "湖南日报全媒体记者 石凯文",
            "初夏时节，桑植县的菌棚里，一排排菌棒长出了香菇。村里的菌菇基地从不到100亩",
        )
    )
    feature = next(a for a in page.articles if a.title == "一朵菌菇富了一方百姓")
    assert feature.paragraphs[0].endswith("从不到100亩发展到2600多亩。")
    assert feature.paragraphs[-1].startswith("村里的菌棚成了培训课堂")
    news = next(a for a in page.articles if a.title.startswith("全省新增"))
    assert not any("菌" in p for p in news.paragraphs)


@pytest.mark.xfail(
    strict=True,
    reason="a piece printed above every story, finishing a tail two stories down: the assignment weighs the page's flow over the word across the cut (a known miss, held so a fix shows)",
)
def test_a_piece_printed_above_every_story_goes_on_the_tail_it_was_cut_from():
    page = parse(
        paragraph_page(
            "将加强对全国特色小镇的指导和支持，推动特色小镇在产业发展、公共服务等方面发挥示范作用。",
            "我省新增9个全国特色小镇",
            "湖南日报北京6月3日电（全媒体记者 柯南星）记者今天从国家发展改革委获悉，"
            "我省9个镇入选新一批全国特色小镇名单。",
            "国家发展改革委有关负责人表示，",
            "稳住外贸基本盘",
            "湖南日报评论员 石凯文",
            "外贸企业订单减少、物流受阻，稳外贸就是稳就业。",
            "稳外贸，要把政策落到外贸企业身上，让出口退税资金直达快享。",
        )
    )
    news = next(a for a in page.articles if a.title.startswith("我省新增"))
    assert news.paragraphs[-1].startswith("国家发展改革委有关负责人表示，将加强对全国特色小镇")
    assert len(page.articles) == 2


def test_a_label_set_apart_may_share_a_place_name_with_its_story():
    page = parse(
        column_page(
            NEWS_A,
            "洞庭副刊",
            "湖南日报全媒体记者 柯南星\n"
            "盛夏时节，岳阳市君山区的洞庭湖\n"
            "边，湖水清澈见底，芦苇郁郁葱葱。\n"
            "渔民老周说，禁捕以后，江豚又回\n"
            "来了，湖里的鱼也一年比一年多。",
            "江豚回来了",
        )
    )
    assert not any("洞庭副刊" in a.title + "".join(a.paragraphs) for a in page.articles)
    feature = next(a for a in page.articles if a.byline.endswith("柯南星"))
    assert feature.column == "洞庭副刊"


def test_a_short_label_no_story_takes_is_page_furniture_not_an_article():
    page = parse(column_page(NEWS_A, "今日导读", NEWS_B, "全省水利建设现场推进会召开"))
    assert not any("今日导读" in a.title + "".join(a.paragraphs) for a in page.articles)
    assert ("box", "今日导读") in set(zip(page.extra_kinds, page.extras, strict=True))


def test_an_opinion_columns_name_under_a_commentarys_last_paragraph_is_its_column():
    page = parse(
        paragraph_page(
            *NEWS,
            "让春耕跑出加速度",
            "湖南日报全媒体评论员 石凯文",
            "春分已过，三湘大地处处是春耕忙。抓好春耕，就是抓住了全年粮食生产的主动权。",
            "抓春耕，要把种子化肥调运到位，让农民不误农时。",
            "潇湘时评",
        )
    )
    comment = next(a for a in page.articles if a.title == "让春耕跑出加速度")
    assert comment.column == "潇湘时评"
    assert comment.paragraphs[-1].startswith("抓春耕")


def test_a_short_line_under_a_dash_led_subtitle_and_over_a_caption_is_the_photos_title():
    page = parse(
        column_page(
            NEWS_A,
            "湘黔两省签署边区合作框架协议",
            "——毗邻县市共推文旅和产业协作",
            "秋收正当时",
            "9月12日，华容县三封寺镇，农民在田\n间收割中稻。",
            "湖南日报全媒体记者 谭明 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "秋收正当时"
    assert all("秋收正当时" not in a.subtitle for a in page.articles)


UNSEEN = Path(__file__).parent / "unseen"


@pytest.mark.parametrize(
    ("stem", "kind"),
    [
        ("u19_5559fca76997ded1", "commentary"),
        pytest.param(
            "u31_99cea9ed31680d28",
            "continuation",
            marks=pytest.mark.xfail(
                strict=True,
                reason="two continuations printed in turns: the assignment keeps a run with "
                "the one printed above it (a known miss, held so a fix shows)",
            ),
        ),
    ],
)
def test_where_the_leads_say_nothing_a_run_goes_by_the_stories_whole_text(stem, kind):
    # A piece finishing one story is followed by paragraphs whose leads speak
    # for neither story: the run stops where the interrupted story goes on
    # (a commentary; two continuations printed in turns).
    page = parse((UNSEEN / "pages" / f"{stem}.txt").read_text(encoding="utf-8"), f"{stem}.txt")
    gold = json.loads((UNSEEN / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    got = {squash("".join(a.paragraphs)) for a in page.articles}
    wanted = [a for a in gold["articles"] if a["kind"] == kind]
    assert wanted
    for article in wanted:
        assert squash("".join(article["paragraphs"])) in got


def test_a_line_set_tight_under_a_speakers_frame_is_no_rest_of_it():
    page = parse(
        column_page(NEWS_A)
        + "\n周立言在岳阳检查防汛工作时强调\n压紧压实责任确保安全度汛\n\n罗立平参加\n\n"
        + column_page(NEWS_B)
    )
    news = next(a for a in page.articles if a.kicker.startswith("周立言"))
    assert news.kicker == "周立言在岳阳检查防汛工作时强调"
    assert news.title == "压紧压实责任确保安全度汛"


def test_a_labelled_features_headline_printed_after_its_lead_is_its_title():
    page = parse(
        paragraph_page(
            *NEWS,
            "走基层",
            "湖南日报全媒体记者 石凯文 通讯员 柯南星",
            "秋收时节，桂东县的稻田里一片金黄。一架无人机在田野上空盘旋，几分钟就完成了一块田的作业。",
            "操控无人机的，是28岁的“新农人”李晓峰。他在长沙读完大学，前年回到家乡创业。",
            "山里来了“新农人”",
            "回乡“种”出新天地",
            "“一开始村里人都不看好，说大学生回来种田是瞎折腾。”李晓峰笑着说。",
            "带着乡亲一起干",
            "合作社发展起来后，李晓峰没有忘记乡亲们，30多户村民在合作社务工。",
        )
    )
    feature = next(a for a in page.articles if a.byline.startswith("湖南日报全媒体记者 石凯文"))
    assert (feature.column, feature.title) == ("走基层", "山里来了“新农人”")
    assert "回乡“种”出新天地" in feature.paragraphs
    assert len(page.articles) == 2


def test_a_digest_boxs_head_over_a_headline_is_no_kicker():
    page = parse(
        paragraph_page(
            *NEWS,
            "今日导读",
            "稳住外贸基本盘",
            "湖南日报评论员 石凯文",
            "外贸企业订单减少、物流受阻，稳外贸就是稳就业。",
            "稳外贸，要把政策落到外贸企业身上，让出口退税资金直达快享。",
        )
    )
    comment = next(a for a in page.articles if a.byline.endswith("石凯文"))
    assert (comment.kicker, comment.title) == ("", "稳住外贸基本盘")
    assert "今日导读" in page.extras


def test_a_byline_under_a_dated_storys_headline_signs_the_story_after_it():
    page = parse(
        column_page(NEWS_A)
        + "\n总投资86亿元\n\n益阳水利建设重点项目\n集中开工\n湖南日报全媒体记者 石凯文\n\n"
        + column_page(
            "清晨 6 点，桃江县的山雾还没散，32\n"
            "岁的刘小芳已经打开电脑，把前一晚收到\n"
            "的订单核对清楚。两年前，她还在广东打\n"
            "工，如今是村里电商服务站的站长。",
            "山里来了“网上赶集”",
        )
    )
    news = next(a for a in page.articles if a.dateline)
    assert news.byline == ""
    feature = next(a for a in page.articles if "刘小芳" in "".join(a.paragraphs))
    assert feature.byline == "湖南日报全媒体记者 石凯文"
    assert feature.paragraphs[0].startswith("清晨6点")


def test_a_short_line_set_tight_over_a_headline_line_is_no_label():
    page = parse(
        column_page(NEWS_B)
        + "\n周立言在益阳调研水利建设时强调\n\n抢抓工期\n加快堤防加固和灌区改造\n\n"
        + column_page(NEWS_A)
    )
    news = next(a for a in page.articles if "益阳" in "".join(a.paragraphs))
    assert "抢抓工期" in news.kicker + news.title + news.subtitle
    assert "抢抓工期" not in page.extras


def test_a_paragraphs_first_line_with_a_clause_break_is_no_headline():
    flood = (
        "湖南日报7月3日讯（记者 柯南星）记者从\n"
        "省防汛抗旱指挥部获悉，截至今天17时，\n"
        "湘江长沙站水位回落至38.92米，全省已\n"
        "转移安置群众31.6万人，投入抢险人员\n"
        "14.7万人次。湘江长沙站水位回落后，\n"
        "长沙、湘潭、株洲等地防汛抗旱指挥部\n"
        "继续组织巡查，湘江沿线堤防总体安全\n"
        "稳定，防汛抗旱指挥部门仍在值守。"
    )
    page = parse(
        column_page(
            flood,
            "省防指要求，湘江长沙站水位回落后，各",
            "地要抓住降雨间隙，抓紧修复水毁工程，",
            "抢排农田积水，尽快恢复生产。",
            NEWS_B,
        )
    )
    news = next(a for a in page.articles if "柯南星" in a.dateline)
    assert news.paragraphs[-1].startswith("省防指要求")
    assert not any(a.title.startswith("省防指要求") for a in page.articles)


@pytest.mark.xfail(
    strict=True,
    reason="a few words cut over a continuation: the assignment reads the rest into the story printed under it (a known miss, held so a fix shows)",
)
def test_a_paragraph_cut_after_a_few_words_over_a_continuation_is_no_headline():
    page = parse(
        paragraph_page(
            "怀化东盟货运班列开行",
            "湖南日报5月11日讯（全媒体记者 柯南星）今天上午，一列货运班列从怀化西站驶出，"
            "经广西钦州港出海，运往东南亚。",
            "此次班列运送的货",
            "（上接1版）果农说。周立言叮嘱当地干部，要抓好农产品产销对接，发展电商直播等新业态。",
            "物主要为陶瓷、五金、农产品等，货值约1200万元。",
        )
    )
    news = next(a for a in page.articles if a.title == "怀化东盟货运班列开行")
    assert news.paragraphs[-1] == "此次班列运送的货物主要为陶瓷、五金、农产品等，货值约1200万元。"
    continued = next(a for a in page.articles if a.kind == "continuation")
    assert continued.title_derived and continued.paragraphs[0].startswith("果农说")


def test_a_speakers_frame_set_tight_on_two_lines_is_one_kicker_on_a_column_page():
    page = parse(
        "周立言在益阳\n水利工地调研时强调\n抢抓汛前关键期 加快堤防加固\n\n"
        + column_page(NEWS_A, NEWS_B)
    )
    news = next(a for a in page.articles if "益阳" in "".join(a.paragraphs))
    assert news.kicker == "周立言在益阳水利工地调研时强调"
    assert not any(a.title_derived and "周立言" in a.title for a in page.articles)


def test_a_sign_off_closing_a_continuation_closes_the_story_run_on_after_it():
    page = parse(
        column_page(
            "（上接1版）\n"
            "施产业扶贫项目1260个，完成易地扶\n"
            "贫搬迁2.1万人，预计全年减少贫困人\n"
            "口8.6万人。省领导和省直有关部门负\n"
            "责同志参加调研。",
            "城际铁路开始联调联试",
            "11月8日上午9时，一列白色动车组从\n"
            "长沙火车站缓缓驶出，经暮云、株洲南\n"
            "驶向湘潭北，城际铁路开始全线联调联\n"
            "试，距离正式开通运营又近了一步。",
            "湖南日报·新湖南客户端记者 柯南星 报道",
            NEWS_B,
        )
    )
    continued = next(a for a in page.articles if a.kind == "continuation")
    assert continued.byline == ""
    assert continued.paragraphs[-1].endswith("参加调研。")
    rail = next(a for a in page.articles if a.title == "城际铁路开始联调联试")
    assert rail.byline == "湖南日报·新湖南客户端记者 柯南星 报道"
    assert rail.paragraphs[0].startswith("11月8日上午9时")


def test_a_dash_led_line_set_tight_under_a_title_is_its_subtitle_not_the_titles_rest():
    page = parse(
        column_page(NEWS_B)
        + "\n全省外贸进出口总值增长9%\n——对东盟贸易增速\n\n最快\n\n"
        + column_page(NEWS_A)
    )
    news = next(a for a in page.articles if "东盟" in "".join(a.paragraphs))
    assert news.title == "全省外贸进出口总值增长9%"
    assert news.subtitle == "——对东盟贸易增速最快"


def test_a_two_character_label_over_a_dated_storys_title_is_no_kicker():
    page = parse(
        paragraph_page(
            "让数据要素活起来",
            "湖南日报全媒体评论员 石凯文",
            "数据是数字经济时代的关键生产要素，如何让沉睡的数据活起来，是一道必答题。",
            "让数据要素活起来，需要政府、企业和社会各方协同发力。",
            "新论",
            "韶山灌区抗旱保灌面积达101万亩",
            "湖南日报8月21日讯（全媒体记者 柯南星）记者今天从省水利厅获悉，"
            "韶山灌区抗旱保灌面积达到101万亩。",
        )
    )
    news = next(a for a in page.articles if a.dateline)
    assert (news.kicker, news.title) == ("", "韶山灌区抗旱保灌面积达101万亩")


def test_a_short_line_right_under_a_labelled_features_lead_is_its_headline():
    page = parse(
        paragraph_page(
            *NEWS,
            "走基层",
            "湖南日报全媒体记者 石凯文",
            "秋收时节，桂东县的稻田里一片金黄，一架无人机在田野上空盘旋。",
            "山里来了“新农人”",
            "操控无人机的，是28岁的“新农人”李晓峰。他在长沙读完大学，前年回到家乡创业。",
            "回乡“种”出新天地",
            "“一开始村里人都不看好，说大学生回来种田是瞎折腾。”李晓峰笑着说。",
            "带着乡亲一起干",
            "合作社发展起来后，李晓峰没有忘记乡亲们，30多户村民在合作社务工。",
        )
    )
    feature = next(a for a in page.articles if a.byline.endswith("石凯文"))
    assert (feature.column, feature.title) == ("走基层", "山里来了“新农人”")


def test_a_title_with_a_pause_over_a_dash_led_subtitle_heads_its_story():
    page = parse(
        paragraph_page(
            *NEWS,
            "七十年，一条老街的变迁",
            "——探访长沙太平街",
            "湖南日报全媒体记者 石凯文",
            "走进长沙太平街，麻石路面被岁月磨得发亮，两旁的青砖小楼挂着一盏盏红灯笼。",
            "77岁的张德华在太平街住了一辈子，他说老街的变化一年比一年大。",
        )
    )
    feature = next(a for a in page.articles if a.byline.endswith("石凯文"))
    assert (feature.title, feature.subtitle) == ("七十年，一条老街的变迁", "——探访长沙太平街")


def test_a_series_name_over_a_title_printed_after_a_features_lead_is_its_kicker():
    page = parse(
        paragraph_page(
            *NEWS,
            "湖南日报全媒体记者 石凯文",
            "5月11日上午，位于株洲高新区的一家轨道交通企业总装车间里，机器轰鸣，焊花飞溅。",
            "复工复产一线观察",
            "车间里的“抢单”忙",
            "“4月份我们的订单同比增长了六成多，生产线两班倒都忙不过来。”车间主任说。",
            "订单“满”了",
            "受疫情影响，今年一季度这家企业的生产一度放缓，复工复产以来订单快速回升。",
        )
    )
    feature = next(a for a in page.articles if a.byline.endswith("石凯文"))
    assert (feature.kicker, feature.title) == ("复工复产一线观察", "车间里的“抢单”忙")


def test_a_title_under_a_photo_is_the_photos_when_headline_lines_above_closed_the_story():
    levee = (
        "湖南日报全媒体记者 石凯文\n"
        "7月3日凌晨，资阳区长春镇的大堤上\n"
        "灯火通明，一群身穿红马甲的志愿者\n"
        "坚守大堤，巡查险情，一夜未眠。"
    )
    page = parse(
        column_page(
            levee,
            "大堤上的“红马甲”",
            "7月3日，益阳市资阳区长春镇，抢险队员在大堤上加固子堤。",
            "湖南日报记者 谭明 摄",
            "坚守大堤",
            NEWS_B,
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "坚守大堤"
    feature = next(a for a in page.articles if a.byline.endswith("石凯文"))
    assert feature.title == "大堤上的“红马甲”"


# --- lines standing alone on column pages -----------------------------------------


def test_a_name_alone_over_a_commentary_signs_it_and_a_section_label_is_no_story():
    page = parse(
        column_page(
            "要闻",
            NEWS_A,
            "全省水利建设现场推进会召开",
            "景区免费更要免忧",
            "石凯文",
            "近年来，我省一些景区推出门票减\n"
            "免政策，吸引了大量游客。但免费之\n"
            "后，服务不能打折，安全不能放松。\n"
            "景区要算长远账，把服务做细做实。",
        )
    )
    assert len(page.articles) == 2
    comment = next(a for a in page.articles if a.title == "景区免费更要免忧")
    assert comment.byline == "石凯文"
    assert all(a.title not in ("要闻", "石凯文") for a in page.articles)
    assert "要闻" in page.extras


def test_photos_of_a_group_each_under_a_title_of_their_own_are_items_of_their_own():
    page = parse(
        paragraph_page(
            "连夜加固堤防",
            "3月8日凌晨，华容县团洲乡，干部群众在堤上装填沙袋，加固堤防。",
            "抢修受损道路",
            "3月8日，安化县烟溪镇，公路部门组织机械清理塌方，抢通道路。",
            "以上图片均由 湖南日报全媒体记者 童迪 摄\n全省植树造林进度过半",
            *NEWS,
        )
    )
    photos = [a for a in page.articles if a.kind == "photo"]
    assert [p.title for p in photos] == ["连夜加固堤防", "抢修受损道路"]
    assert photos[0].paragraphs[0].startswith("3月8日凌晨")
    assert photos[-1].byline.startswith("以上图片均由")
    (news,) = stories(page)
    assert news.title == "全省植树造林进度过半"


@pytest.mark.parametrize(
    "count", [("距第二届博览会\n开幕还有", "366天"), ("距第二届博览会开幕", "还有", "366", "天")]
)
def test_a_countdown_whose_figure_stands_apart_is_a_box(count):
    page = parse(paragraph_page(*count, "全省植树造林进度过半", *NEWS))
    (news,) = page.articles
    assert news.title == "全省植树造林进度过半"
    assert any("366" in extra for extra in page.extras)


def test_a_two_character_name_under_a_headline_closed_by_its_quote_signs_it():
    page = parse(
        column_page(
            "一些地方的干部下基层调研，事\n"
            "先安排好路线、选好“典型”，走\n"
            "马观花看一圈，就算完成了任务。\n"
            "走群众路线，贵在一个“真”字。",
            "三湘时评",
            "调研不是“走过场”",
            "肖融",
            "全省水利建设现场推进会召开",
            NEWS_A,
        )
    )
    comment = next(a for a in page.articles if "走过场" in a.title)
    assert comment.title == "调研不是“走过场”"
    assert comment.byline == "肖融"


def test_a_headline_line_printed_away_from_its_stack_joins_the_story_it_names():
    page = parse(
        column_page(
            "全省水利建设现场推进会在益阳召开",
            NEWS_A,
            "外贸进出口总值一季度增长",
            NEWS_B,
            "春茶开采",
            "4月8日，古丈县默戎镇一处高山茶园，\n茶农在采摘春茶。",
            "通讯员 向民贵 摄\n汛前水利建设加快堤防加固",
        )
    )
    assert len(page.articles) == 3
    news = next(a for a in page.articles if "水利建设" in a.title)
    assert "汛前水利建设加快堤防加固" in news.kicker + news.title + news.subtitle


def test_the_rest_of_a_cut_paragraph_between_a_headline_and_its_dateline_leaves_it_whole():
    page = parse(
        paragraph_page(
            "全省早稻病虫害防控工作启动",
            "湖南日报5月23日讯（全媒体记者 柯南星）省农业农村厅今天提醒，各地要抓好病虫害监",
            "全省党史学习教育深入推进",
            "测，组织开展统防统治，确保早稻丰收。",
            "湖南日报5月23日讯（全媒体记者 石凯文）记者今天从省委宣传部获悉，全省党史学习教育"
            "深入推进，各地把学习成果转化为为民办实事的实际行动。",
        )
    )
    first, second = stories(page)
    assert first.paragraphs[0].endswith("病虫害监测，组织开展统防统治，确保早稻丰收。")
    assert second.title == "全省党史学习教育深入推进"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("以创新之笔描", "绘新蓝图"),  # a word cut over the break
        ("乡村振兴要走得", "更稳"),  # a particle wants the words under it
        ("以“绣花”的功夫", "抓治理"),  # a preposition's phrase wants its verb
    ],
)
def test_a_commentarys_title_wrapped_onto_a_short_line_is_no_column_label(first, second):
    page = parse(
        paragraph_page(
            "全省一季度植树造林86万亩",
            *NEWS,
            first,
            second,
            "湖南日报评论员",
            "基层治理千头万绪，既要有大刀阔斧的魄力，也要有精雕细琢的耐心，"
            "一件一件抓落实，一年接着一年干。",
            "办好群众身边的小事，就是在夯实治理的根基，群众的获得感就在一点一滴中积累起来。",
        )
    )
    art = next(a for a in page.articles if a.byline == "湖南日报评论员")
    assert art.column == ""
    assert (art.kicker + art.title + art.subtitle).replace(" ", "") == first + second


def test_a_series_name_over_a_photos_title_is_the_photos_not_the_story_above():
    page = parse(
        paragraph_page(
            "全省一季度植树造林86万亩",
            *NEWS,
            "新春走基层",
            "雪中送电暖万家",
            "1月22日，湘西州花垣县，电力工人冒雪检修线路，保障群众温暖过年。",
            "湖南日报全媒体记者 辜鹏博 通讯员 王五 摄影报道",
        )
    )
    story, photo = page.articles
    assert not any("新春走基层" in p for p in story.paragraphs)
    assert photo.kind == "photo" and photo.title == "雪中送电暖万家"
    assert "新春走基层" in photo.kicker + photo.column


AIRPORT = (
    "湖南日报5月9日讯（全媒体记者 汤小芳）\n"
    "今天上午，常德桃花源机场新航站楼\n"
    "正式投入使用，年旅客吞吐能力提升\n"
    "至350万人次，新开通至昆明航线。"
)


def test_a_place_named_alone_under_a_whole_headline_line_is_the_next_stacks_kicker():
    page = parse(
        column_page(
            "全省水利建设现场推进会召开",
            NEWS_A,
            "一季度全省外贸进出口稳中向好",
            "常德",
            "桃花源机场新航站楼",
            "正式投入使用",
            NEWS_B,
            AIRPORT,
        )
    )
    heads = {(a.kicker, a.title) for a in stories(page)}
    assert ("", "一季度全省外贸进出口稳中向好") in heads
    assert ("常德", "桃花源机场新航站楼正式投入使用") in heads


def test_a_place_under_a_headline_line_that_asks_for_one_ends_that_line():
    plant = (
        "湖南日报5月9日讯（全媒体记者 汤小芳）\n"
        "今天，一家新能源电池材料企业的华中\n"
        "生产基地在岳阳经开区签约，项目总投\n"
        "资50亿元，明年建成投产。"
    )
    page = parse(column_page(NEWS_A, "新能源电池材料项目落户", "岳阳", plant))
    assert any(a.title == "新能源电池材料项目落户岳阳" for a in stories(page))


def test_letters_signed_at_their_end_under_a_label_drawn_twice():
    page = parse(
        paragraph_page(
            *NEWS,
            "读者来信",
            "村口的路灯何时能亮起来",
            "我家住在浏阳市一个山村，村口那段路上的路灯坏了大半年，一到晚上黑漆漆的。",
            "前不久，一位老人晚上散步时摔了一跤，村民们都很担心，希望有关部门尽快修好。",
            "浏阳市读者 黄晓东",
            "读者来信",
            "读者来信",
            "社区菜市场该有个遮雨棚",
            "我家附近的社区菜市场是露天的，一到下雨天，买菜的居民只能撑着伞挤来挤去。",
            "摊主们说，他们也盼着建个遮雨棚，希望街道和市场管理方一起想想办法。",
            "长沙 读者 周美玲",
        )
    )
    letters = [a for a in stories(page) if a.column == "读者来信"]
    assert [(a.kicker, a.title, a.byline, len(a.paragraphs)) for a in letters] == [
        ("", "村口的路灯何时能亮起来", "浏阳市读者 黄晓东", 2),
        ("", "社区菜市场该有个遮雨棚", "长沙 读者 周美玲", 2),
    ]


def test_a_letter_opening_on_its_salutation_after_a_story_on_a_column_page_is_its_own():
    # The news story's headline and the letter's are printed elsewhere on the
    # page; the letter follows the story's last line, opening on 编辑同志：.
    page = parse(
        column_page(
            "益阳启动城区背街小巷改造",
            "湖南日报5月9日讯（记者 冯小雨）益阳市",
            "今年将改造城区背街小巷86条，完善排水、",
            "照明和停车设施，年底前全部完工。",
            "编辑同志：",
            "我家住在澧县一个老小区，小区门口的下",
            "水道堵了好几个月，一下雨就积水，居民",
            "出门只能踩着砖头过，希望有关部门尽快",
            "疏通。",
            "澧县读者 蒋云帆",
        )
    )
    news = next(a for a in page.articles if a.title.startswith("益阳"))
    assert news.paragraphs == (
        "益阳市今年将改造城区背街小巷86条，完善排水、照明和停车设施，年底前全部完工。",
    )
    letter = next(a for a in page.articles if a is not news)
    assert letter.paragraphs[0] == "编辑同志："


def test_a_label_under_a_readers_signature_on_a_column_page_is_no_name_of_it():
    page = parse(
        column_page(
            "读者来信",
            "公交站台该加个顶棚",
            "我每天在城东公交站等车上班，站台",
            "没有顶棚，夏天晒、雨天淋，希望有",
            "关部门能加装顶棚和座椅。",
            "岳阳读者 孔令晨",
            "读者来信",
            "楼道灯坏了谁来修",
            "我住的小区楼道灯坏了两个多月，物",
            "业说要等业委会开会，希望尽快修好。",
            "湘潭读者 戚安然",
        )
    )
    bylines = [a.byline for a in page.articles if a.byline]
    assert bylines == ["岳阳读者 孔令晨", "湘潭读者 戚安然"]


def test_a_photo_title_under_a_stack_shares_the_captions_words_more_than_the_storys():
    # A commentary's headline is printed after its body, the photo's title
    # right under it; the title shares a word with the commentary (安化) but
    # all of its words with the caption.
    page = parse(
        column_page(
            "湖湘茶韵",
            "好茶也要会吆喝。安化黑茶名气",
            "越来越大，但走出湖南的路还长，",
            "要在品牌上多下功夫，让茶香飘",
            "得更远。",
            "茶产业要打好",
            "品牌这张牌",
            "安化茶园迎来采茶高峰",
            "4月10日，安化县江南镇，茶园迎来采",
            "茶高峰，茶农忙着采摘春茶。",
            "湖南日报全媒体记者 邓一凡 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "安化茶园迎来采茶高峰"
    commentary = next(a for a in page.articles if a.kind != "photo")
    assert "采茶高峰" not in commentary.kicker + commentary.title + commentary.subtitle


def test_an_artwork_under_its_title_and_credit_is_a_photo_item_on_a_column_page():
    page = parse(
        column_page(
            "江边的渡口",
            "文丨郑清和",
            "小时候，外婆家门前有个渡口，一条木",
            "船，一根竹篙，载着两岸的乡亲来来往",
            "往。如今桥修好了，渡口也歇了，可我",
            "总记得那一声悠长的“过河哟”。",
            "国画《湘江春晓》（局部）",
            "画作以淡墨写江岸春色，清新雅致。",
            "                    作者 韩松年",
        )
    )
    art = next(a for a in page.articles if a.kind == "photo")
    assert (art.title, art.byline) == ("国画《湘江春晓》（局部）", "作者 韩松年")
    assert art.paragraphs == ("画作以淡墨写江岸春色，清新雅致。",)
    essay = next(a for a in page.articles if a.kind != "photo")
    assert essay.paragraphs[-1].endswith("“过河哟”。")


def test_a_photo_titles_length_leaves_out_its_quote_marks():
    # 初夏“甜蜜”上枝头 is seven characters of words, none of them the
    # caption's or the story's: a short title over the caption, the photo's,
    # however many marks it holds.
    page = parse(
        column_page(
            "湖南日报5月20日讯（记者 许文清）今年",
            "以来，全省新建高标准农田120万亩，",
            "超额完成年度任务的四成。",
            "高标准农田建设提速",
            "初夏“甜蜜”上枝头",
            "5月19日，沅陵县官庄镇，果农在采摘",
            "枇杷。",
            "湖南日报全媒体记者 唐子昂 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "初夏“甜蜜”上枝头"
    news = next(a for a in page.articles if a.kind != "photo")
    assert "甜蜜" not in news.kicker + news.title + news.subtitle


def test_a_short_title_over_a_dash_led_subtitle_is_no_column_label():
    page = parse(
        column_page(
            "护林人",
            "——记城步苗族自治县一名护林员的三十年",
            "湖南日报全媒体记者 段明川",
            "天还没亮，老杨就背上水壶进了山。三",
            "十年来，他走坏了四十多双解放鞋。",
        )
    )
    story = next(a for a in page.articles if a.byline)
    assert (story.column, story.title, story.subtitle) == (
        "",
        "护林人",
        "——记城步苗族自治县一名护林员的三十年",
    )


def test_the_rest_of_a_cut_paragraph_between_a_commentarys_title_and_its_byline():
    # The news story's last paragraph is cut after 占比超; its rest (过七成，…)
    # is printed between the commentary's title and its byline: the title
    # and label still head the signed commentary.
    page = parse(
        paragraph_page(
            "全省一季度计划新开工重大项目600个",
            "湖南日报2月3日讯（全媒体记者 卢文渊）记者从省发展改革委获悉，"
            "今年一季度全省计划新开工重大项目600个，总投资超过3000亿元。",
            "其中，民间投资项目占比超",
            "湘江时论",
            "春来早干要抢先",
            "过七成，高新技术项目数量翻番。",
            "湖南日报全媒体评论员",
            "一年之计在于春。开局就是冲刺，起步就要争先，项目建设一天也等不得。",
            "抢先干，关键在落实。审批要快，开工要快，服务要快，以快促效。",
        )
    )
    commentary = next(a for a in page.articles if a.byline)
    assert (commentary.column, commentary.title) == ("湘江时论", "春来早干要抢先")
    assert commentary.paragraphs[0].startswith("一年之计在于春")
    news = next(a for a in page.articles if a.dateline)
    assert news.paragraphs[-1] == "其中，民间投资项目占比超过七成，高新技术项目数量翻番。"


def test_photos_printed_into_a_feature_under_its_crosshead_take_no_paragraph_of_it():
    page = parse(
        paragraph_page(
            "老支书的“红色账本”",
            "湖南日报全媒体记者 邹一帆",
            "在桑植县洪家关村，82岁的老支书贺明德家里珍藏着一本泛黄的账本，"
            "上面记着村里几十年来修路、架桥、办学的每一笔开支。",
            "“账要算清楚，心才能亮堂。”贺明德说，这是他当支书时立下的规矩。",
            "“把老规矩传下去”",
            "如今，贺明德常给村里的年轻党员讲账本的故事，他说账本记的是钱，更是人心。",
            "7月1日，桑植县洪家关村，党员在红色教育基地重温入党誓词。",
            "7月1日，张家界市永定区，市民在烈士陵园敬献花篮。",
            "以上图片均由 湖南日报全媒体记者 邵一鸣 摄",
            "在贺明德的影响下，村里的年轻党员也学着记起了“民情账本”，群众的大事小情都记在上面。",
        )
    )
    feature = next(a for a in page.articles if a.byline.startswith("湖南日报全媒体记者 邹"))
    assert any(p.startswith("如今，贺明德常给") for p in feature.paragraphs)
    photos = [a for a in page.articles if a.kind == "photo"]
    assert all("贺明德" not in "".join(a.paragraphs) for a in photos)


def test_a_reply_under_a_readers_letter_is_a_piece_of_its_own():
    page = parse(
        paragraph_page(
            *NEWS,
            "读者来信",
            "小区门口的井盖该换了",
            "株洲读者 龚晓岚",
            "我家小区门口有个井盖松动了好几个月，车一压就哐当响，晚上走路的老人差点绊倒，"
            "希望有关部门尽快更换。",
            "井盖已更换",
            "记者将读者来信转给了荷塘区相关部门，部门当天就派人更换了松动的井盖，"
            "并对辖区内的井盖进行了排查。",
        )
    )
    letter = next(a for a in page.articles if a.byline == "株洲读者 龚晓岚")
    assert len(letter.paragraphs) == 1
    reply = next(a for a in page.articles if a.title == "井盖已更换")
    assert reply.paragraphs[0].startswith("记者将读者来信转给了")


def test_a_label_over_a_title_and_again_under_it_closes_the_commentary_before():
    from hnreader.corpus.segment.draft import Draft, Para
    from hnreader.corpus.segment.lines import Line
    from hnreader.corpus.segment.roles import take_column

    def head(no: int, text: str) -> list[Line]:
        return [Line(no, text, 1, False)]

    before = Draft(kind="commentary", heads=[head(1, "让群众办事像网购一样方便")], byline="苏慕白")
    before.paras = [Para("改革的成效，要用群众的获得感来检验，让数", [2])]
    river = Draft(
        kind="commentary",
        heads=[head(5, "湘江时论"), head(6, "河长制要从“有名”走向“有实”"), head(7, "湘江时论")],
        byline="卢青禾",
    )
    river.paras = [Para("河长制推行多年，一些地方河长巡河流于形式。", [9])]
    drafts = [before, river]
    take_column(river, drafts, 1)
    titles = ["".join(li.raw for li in h) for h in river.heads]
    assert (titles, river.column, before.column) == (
        ["河长制要从“有名”走向“有实”"],
        "湘江时论",
        "湘江时论",
    )


def test_a_headline_line_with_its_figure_spaced_apart_is_one_title():
    page = parse(
        paragraph_page(
            *NEWS,
            "娄底市场主体突破 28 万户",
            "湖南日报4月2日讯（全媒体记者 汤小芳）记者从娄底市市场监管局获悉，截至3月底，"
            "全市实有市场主体28.3万户，比去年同期增长9.6%。",
        )
    )
    (story,) = [a for a in stories(page) if a.title.startswith("娄底")]
    assert (story.title, story.subtitle) == ("娄底市场主体突破28万户", "")


def test_a_continuations_rest_printed_inside_the_next_story_goes_back_to_it():
    # A story printed without a headline (the rest of one from page 1) is
    # judged by its first piece: pieces of its topic printed inside the next
    # story's text go back to it, whatever that story's headline shares.
    name = "s11_01808320564a6099.txt"
    path = Path(__file__).parent / "dev_e" / "pages" / name
    gold = json.loads((path.parent.parent / "gold" / (path.stem + ".json")).read_text())
    page = parse(path.read_text(encoding="utf-8"), name)
    (want,) = [a for a in gold["articles"] if a["kind"] == "continuation"]
    got = [a for a in page.articles if a.kind == "continuation"]
    assert [squash("".join(a.paragraphs)) for a in got] == [squash("".join(want["paragraphs"]))]


def test_photos_under_one_credit_take_the_short_title_over_them_from_a_bunched_zone():
    # A story told in pictures: two captions under 以上图片均由…摄, its short
    # title printed under headlines of other stories bunched over it.
    name = "s12_d131a56001d9ca49.txt"
    path = Path(__file__).parent / "dev_e" / "pages" / name
    page = parse(path.read_text(encoding="utf-8"), name)
    group = [a for a in page.articles if a.kind == "photo" and "以上图片" in a.byline]
    assert [a.title for a in group] == ["湖区好“丰”景"]
    assert not any(a.title.endswith("湖区好“丰”景") for a in page.articles if a.kind != "photo")


def test_a_cut_paragraphs_first_line_is_no_headline_inside_an_essay():
    page = parse(
        paragraph_page(
            *NEWS,
            "外婆的竹篮",
            "文丨周晓岚",
            "外婆家的灶屋里，至今还挂着那只竹篮。",
            "那是一只细篾编的竹篮，提手处缠着布条，篮底被",
            "磨得发亮，透着一层暗黄的光。外婆说，这只竹篮是她出嫁那年外公亲手编的。",
            "小时候，外婆总提着它去赶集，回来时篮里总有几颗糖，那是留给我们的。",
        )
    )
    (essay,) = [a for a in stories(page) if a.byline == "文丨周晓岚"]
    assert essay.title == "外婆的竹篮"
    assert (
        essay.paragraphs[1].startswith("那是一只细篾编的竹篮") and "磨得发亮" in essay.paragraphs[1]
    )


def test_a_cut_line_holding_a_question_is_no_headline_under_an_essays_title():
    page = parse(
        paragraph_page(
            *NEWS,
            "巷口的修鞋摊",
            "文丨谭小雨",
            "巷口这个修鞋摊，我已经守了三十二年。",
            "这些年，来修鞋的人少了，可老街坊们还是习惯把鞋送到我这儿来。",
            "常有人问我，修了一辈子鞋，不腻吗？我笑着说，修鞋就像给日子打补丁，补",
            "好了，路才走得稳当。日子也是这样，一针一线，慢慢就缝好了。",
        )
    )
    assert not any(a.title.startswith("常有人问我") for a in page.articles)
    (essay,) = [a for a in stories(page) if a.byline == "文丨谭小雨"]
    assert essay.title == "巷口的修鞋摊"
    assert any(p.startswith("常有人问我") for p in essay.paragraphs)


def test_a_line_with_a_clause_and_a_quote_left_open_is_running_text_not_a_headline():
    body = [
        "湖南日报5月9日讯（全媒体记者 汤小芳）",
        "岳麓山下读书，是有传统的。一千多年",
        "前，书院在这里创办，从此弦歌不绝。",
        "朱熹、张栻曾在这里会讲，一时“车马之众，",
        "饮马池立涸”；此后，一大批湖湘人物",
        "都曾在这里求学，书院由此名满天下。",
        "如今，每到周末，书院里都是前来研学",
        "的中小学生，讲解员们常常忙个不停。",
    ]
    page = parse(column_page("岳麓书院迎来研学高峰", "\n".join(body)))
    (story,) = stories(page)
    assert story.title == "岳麓书院迎来研学高峰"
    assert "一时“车马之众，饮马池立涸”" in "".join(story.paragraphs)


def test_an_artwork_credited_to_its_author_is_a_photo_item_under_its_title():
    page = parse(
        column_page(
            "油画《湘江晨雾》",
            "画面以柔和的色调描绘湘江清晨的薄雾，远山如黛，渔舟轻泛。  作者 周明轩",
            "老屋的灯",
            "文丨何晓岚",
            "记忆里老屋的灯，是一盏煤油灯。天一黑，母\n亲就把灯点上，屋里便有了一团暖暖的光。\n"
            "我们围着灯写作业，母亲在一旁纳鞋底。",
        )
    )
    (art,) = [a for a in page.articles if a.kind == "photo"]
    assert (art.title, art.byline) == ("油画《湘江晨雾》", "作者 周明轩")
    (essay,) = stories(page)
    assert (essay.title, essay.byline) == ("老屋的灯", "文丨何晓岚")


def test_a_place_named_over_a_dated_storys_title_is_its_kicker_not_a_column():
    path = Path(__file__).parent / "dev_b" / "pages" / "b35_4f9f90c25e9fdac1.txt"
    page = parse(path.read_text(encoding="utf-8"), path.name)
    story = next(a for a in page.articles if a.title.startswith("韶山红色研学"))
    assert (story.column, story.kicker) == ("", "湘潭")


def test_a_broken_datelines_rest_printed_twice_keeps_the_dateline():
    rest = (
        "12 日讯（全媒体记者 汤小芳 通讯员 龙小溪）今天，株洲至湘潭、"
        "株洲至长沙两条城际公交线路开通运营，"
    )
    page = parse(
        paragraph_page(
            *NEWS,
            "株洲新开通两条城际公交线路",
            "湖南日报 3 月",
            rest,
            "全省春季植树造林全面展开",
            "湖南日报 3月 12日讯（全媒体记者 周小溪）记者从省林业局获悉，全省春季植树造林全面展开。",
            rest,
            "沿线群众出行更加便捷，票价最低只要2元。",
        )
    )
    bus = next(a for a in stories(page) if a.title == "株洲新开通两条城际公交线路")
    trees = next(a for a in stories(page) if a.title == "全省春季植树造林全面展开")
    assert "汤小芳" in bus.dateline and "周小溪" in trees.dateline


def test_a_letter_signed_at_its_end_by_a_reader_of_a_city_keeps_the_signature():
    page = parse(
        column_page(
            "小区路灯坏了谁来修",
            "我家住在株洲市芦淞区一个老小区，小\n区里的路灯坏了大半年，一到晚上黑漆\n"
            "漆的，老人出门很不方便。希望有关部\n门尽快派人来修一修。",
            "株洲读者 周晓明",
            "一季度全省外贸稳中向好",
            NEWS_B,
        )
    )
    letter, news = stories(page)
    assert (letter.title, letter.byline) == ("小区路灯坏了谁来修", "株洲读者 周晓明")
    assert news.title == "一季度全省外贸稳中向好" and not news.byline


def test_a_short_headline_line_cut_inside_a_word_goes_on_on_the_next_line():
    page = parse(
        column_page(
            NEWS_A,
            "永顺县猕猴",
            "桃喜获丰收",
            "湖南日报9月14日讯（记者 汤小芳）眼下，\n永顺县的猕猴桃进入采摘旺季，果\n"
            "农们忙着采摘、分拣、装箱发货。",
        )
    )
    assert any(a.title == "永顺县猕猴桃喜获丰收" for a in stories(page))


def test_a_reader_signing_under_a_signed_commentary_closes_a_letter_of_its_own():
    page = parse(
        paragraph_page(
            *NEWS,
            "湘水漫议",
            "国庆出游安全莫大意",
            "石凯文",
            "国庆假期，自驾出游是不少人的选择。越是欢乐时刻，越要绷紧安全之弦。",
            "为社区食堂点个赞",
            "我们社区最近开了一家老年食堂，饭菜可口，价格实惠，老人们都说好。",
            "益阳读者 陈晓梅",
            "怀化举办农民丰收节预热活动",
            "湖南日报9月20日讯（全媒体记者 汤小芳）怀化市近日举办农民丰收节预热活动，"
            "展销本地特色农产品。",
        )
    )
    comment = next(a for a in stories(page) if a.title == "国庆出游安全莫大意")
    letter = next(a for a in stories(page) if a.byline == "益阳读者 陈晓梅")
    assert comment.byline == "石凯文" and len(comment.paragraphs) == 1
    assert letter.title == "为社区食堂点个赞"


def test_a_narrow_commentarys_paragraph_line_is_no_headline_beside_a_wider_column():
    wide = (
        "湖南日报3月2日讯（全媒体记者 汤小芳）记者从省\n人社厅获悉，春节后全省已组织各类招聘活动\n"
        "1200余场，为返乡务工人员和高校毕业生提供\n就业岗位超过30万个，一批重点企业用工需求\n得到保障。"
    )
    narrow = (
        "新学期开学，不少学校把\n劳动教育作为开学第一课。\n让孩子们动手种菜、打扫\n"
        "校园，学会劳动、热爱劳\n动。劳动教育不是简单的\n体力活，更是品格的磨炼。"
    )
    page = parse(
        column_page(
            "春节后全省招聘活动持续升温",
            wide,
            "湘江观潮",
            "开学第一课，不妨从劳",
            "动开始",
            "谭立峰",
            narrow,
        )
    )
    _news, comment = stories(page)
    assert comment.title == "开学第一课，不妨从劳动开始"
    assert "让孩子们动手种菜、打扫校园" in "".join(comment.paragraphs)


def test_a_column_name_set_on_the_title_line_of_a_signed_essay_is_its_column():
    page = parse(
        paragraph_page(
            "晚风漫谈 巷口的修鞋铺",
            "文丨石青禾",
            "巷口那间修鞋铺开了快三十年，铺面不大，只容得下一张矮凳和一只工具箱。",
            "师傅姓罗，话不多，手上的活却从不马虎，街坊们的旧鞋都往他这里送。",
            "新田打造富硒蔬菜基地 亩均增收三千元",
            "湖南日报5月6日讯（全媒体记者 田一禾）今年以来，新田县建成富硒蔬菜基地2万亩。",
        )
    )
    essay, report = stories(page)
    assert (essay.column, essay.kicker, essay.title) == ("晚风漫谈", "", "巷口的修鞋铺")
    # (over a dated report, two phrases are its kicker and title)
    assert report.column == "" and report.title


def test_a_reporters_line_on_top_of_the_page_over_a_dated_story_credits_the_photo():
    credit = "湖南日报·新湖南客户端记者 温若水 报道"
    page = parse(
        paragraph_page(
            credit,
            "全省植树造林进度过半",
            *NEWS,
            "护林员的一天",
            "3月30日，桑植县八大公山，护林员沿着防火通道巡山。",
        )
    )
    (news,) = [a for a in page.articles if a.kind == "news"]
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert news.dateline.startswith("湖南日报4月2日讯") and news.byline == ""
    assert photo.kind == "photo" and photo.title == "护林员的一天"
    assert photo.byline == credit


def test_a_crosshead_with_the_pictures_gap_under_it_is_no_kicker_of_the_photo():
    page = parse(
        "西岭镇油茶产业见闻\n\n"
        "小小油茶果 撑起致富梦\n\n"
        "湖南日报·新湖南客户端记者 贺晴川\n\n"
        "午后的油茶林里，采果的村民背着竹篓穿行在树下，笑声一阵接一阵。\n\n"
        "三年前，村里把零散的油茶林流转给合作社，统一管护、统一收购。\n\n"
        "合作社里热闹起来\n\n\n\n"
        "茶果飘香\n\n"
        "10月18日，常宁市西岭镇，村民在采摘油茶果。  湖南日报·新湖南客户端记者 邱子牧 摄\n\n"
        "今年，合作社的油茶果收购价比去年高了一成，村民户均增收五千多元。\n\n"
        "加工厂开到家门口\n\n"
        "去年，镇上建起了油茶加工厂，茶果不出镇就能榨成茶油。\n"
    )
    feature, photo = page.articles
    assert feature.title == "小小油茶果 撑起致富梦"
    assert "合作社里热闹起来" in feature.paragraphs
    assert photo.kind == "photo" and photo.kicker == "" and photo.title == "茶果飘香"


def test_a_cartoon_credited_by_the_word_and_a_space_is_a_photo_item_on_a_column_page():
    # 漫画 某某 signs a cartoon as 漫画/某某 does: the cartoon (its caption
    # printed the width of the drawing, wider than the columns) is an item of
    # its own, not the commentary beside it, nor that commentary's column.
    page = parse(
        column_page(
            "山塘清淤莫走过场",
            "石慕远",
            "冬春时节是山塘清淤的好时机。可",
            "一些地方只清塘口一圈，拍完照片就",
            "收工，塘底的淤泥原封不动。",
            "“打卡式”清淤",
            "有的村干部把清淤当成拍照任务，镜头一收，人就走了。",
            "漫画 梅亦舟",
            "让老人用上“放心药”",
            "宋晚晴",
            "社区药房开到家门口，老人买药方便",
            "了不少，价格和质量也要管起来。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("“打卡式”清淤", "漫画 梅亦舟")
    assert photo.paragraphs == ("有的村干部把清淤当成拍照任务，镜头一收，人就走了。",)
    titles = sorted(a.title for a in page.articles if a.kind != "photo")
    assert titles == ["山塘清淤莫走过场", "让老人用上“放心药”"]


def test_a_dash_led_line_naming_who_spoke_a_quotation_ends_its_paragraph_not_a_kicker():
    # ——网友“某某” under a finished quotation says who spoke: the paragraph's
    # last words, never a headline line, even right over the box's title
    # printed after its text.
    page = parse(
        column_page(
            "“家门口就能办社保，再也不用跑",
            "三趟城里了。”——网友“资水渔翁”",
            "“窗口延时服务到晚上八点，上班",
            "族也能办事，点赞。”",
            "——网友“梅山晨跑”",
            "网友热议“社区办事站”",
            "湖南日报 4 月 9 日讯（记者 何远帆）",
            "今天，全市首批 26 个社区便民办事站",
            "挂牌运行，群众可就近办理社保、医",
            "保等 42 项业务。",
            "社区便民办事站挂牌运行",
        )
    )
    box = next(a for a in page.articles if "网友热议" in a.title)
    assert (box.kicker, box.title) == ("", "网友热议“社区办事站”")
    assert box.paragraphs[-1].endswith("族也能办事，点赞。”——网友“梅山晨跑”")


def test_a_paragraphs_first_line_opening_on_its_day_printed_twice_is_no_headline():
    # The extraction prints a line twice; one opening on its day (5月6日，…)
    # starts a sentence, never a headline drawn twice for bold.
    page = parse(
        column_page(
            "湖南日报 5 月 8 日讯（记者 柳青禾）",
            "今天，资水桃江段水位回落至警戒线以",
            "下，沿河各镇转入灾后清淤。",
            "5 月 6 日，受连续降雨影响，资水桃",
            "5 月 6 日，受连续降雨影响，资水桃",
            "江段水位快速上涨，沿河部分低洼地段",
            "进水，镇村干部连夜逐户敲门通知转移",
            "群众，当地共转移群众 860 余人。",
            "资水桃江段水位回落",
        )
    )
    (news,) = page.articles
    assert news.title == "资水桃江段水位回落"
    assert news.paragraphs[-1].startswith("5月6日，受连续降雨影响，资水桃江段水位")


def test_a_photo_title_wrapped_over_two_tight_lines_under_a_credit_at_the_top_is_the_photos():
    # A credit alone at the page's top has no caption words: the title
    # under it heads the photo printed under the title, and a short title
    # wrapped over two lines with no blank between them is read whole.
    page = parse(
        " 湖南日报记者 欧阳晨 摄\n\n"
        "晨雾中的\n"
        "茶山\n\n"
        "4月12日，古丈县默戎镇，茶农在云雾缭绕的茶园里采摘春茶。\n\n"
        + column_page(
            "湖南日报 4 月 13 日讯（记者 祝桐）",
            "今年以来，全省新建和改造茶叶加工",
            "厂房 120 余座，春茶产量同比增长",
            "一成以上。",
            "全省春茶产量增长一成",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("晨雾中的茶山", "湖南日报记者 欧阳晨 摄")
    assert photo.paragraphs == ("4月12日，古丈县默戎镇，茶农在云雾缭绕的茶园里采摘春茶。",)
    assert [a.title for a in page.articles if a.kind != "photo"] == ["全省春茶产量增长一成"]


def test_a_commentarys_title_signed_under_it_keeps_its_body_against_a_line_sharing_its_words():
    # The report's two-line headline, printed after its body, ends on a line
    # whose words the commentary under it shares most; the commentary's own
    # title stands over its signature after its text. A signed title says it
    # heads a body: the commentary keeps it, the line goes back to its stack.
    page = parse(
        column_page(
            "湖南日报 6 月 3 日讯（记者 易南枝）",
            "记者今天从省住房和城乡建设厅获悉，",
            "《湘江两岸滨水空间规划》今起公开",
            "征求意见，征求意见期为 30 天。",
            "《湘江两岸滨水空间规划》征求意见",
            "绘就滨水空间“一张图”",
            "滨水空间规划公开征求意见，引发",
            "不少市民关注。有人关心滨水步道能",
            "否连通，有人关心滨水空间的停车和",
            "公厕。滨水空间规划好不好，要看市",
            "民的获得感。",
            "把规划的每一笔都落在滨水空间的",
            "细节里，市民才会真正爱上滨水空间。",
            "滨水规划要算好“民生账”",
            "湖南日报评论员 范清远",
            "湖南日报 6 月 3 日讯（记者 龚岚）今",
            "天，全省夏季防溺水专项行动启动。",
            "全省防溺水专项行动启动",
        )
    )
    heads = [(a.kind, a.kicker, a.title) for a in page.articles]
    assert heads == [
        ("news", "《湘江两岸滨水空间规划》征求意见", "绘就滨水空间“一张图”"),
        ("commentary", "", "滨水规划要算好“民生账”"),
        ("news", "", "全省防溺水专项行动启动"),
    ]


def test_a_reports_title_wrapped_tight_under_a_photo_caption_is_the_reports():
    # A title wrapped over two tight lines right over a dateline heads that
    # report, though its first line stands right under a photo's caption.
    page = parse(
        column_page(
            "11月6日，新晃县波洲镇，村民在晾晒刚采收的黄精。 湖南日报记者 滕岳 摄",
        )
        + "全省油茶采收季\n迎来收购高峰\n\n"
        + column_page(
            "湖南日报 11 月 6 日讯（记者 苏醒）",
            "眼下，全省油茶陆续进入采收期，各",
            "地收购点日均收购鲜果逾 3 万吨。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title_derived
    news = next(a for a in page.articles if a.kind == "news")
    assert (news.kicker, news.title, news.subtitle) == ("", "全省油茶采收季迎来收购高峰", "")


def test_a_photo_title_wrapped_tight_under_bunched_headlines_is_the_photos():
    # Under a report's headline printed after its body, a short title
    # wrapped over two tight lines, set apart from it, heads the photos
    # under one credit below.
    page = parse(
        column_page(
            "湖南日报 7 月 5 日讯（记者 贺知章）",
            "上半年，长沙法院共执结案件 3 万余",
            "件，执行到位金额 260 余亿元。",
            "长沙法院上半年执结案件三万余件",
        )
        + "\n晒秋\n正当时\n\n"
        + column_page(
            "10月8日，通道县坪坦乡，村民在晾晒辣椒。",
            "10月8日，通道县皇都村，游客在拍摄晒秋景象。",
            "以上图片均由 湖南日报记者 龙文泉 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert (photo.title, photo.byline) == ("晒秋正当时", "以上图片均由 湖南日报记者 龙文泉 摄")
    assert len(photo.paragraphs) == 2
    (news,) = [a for a in page.articles if a.kind == "news"]
    assert news.title == "长沙法院上半年执结案件三万余件"


def test_a_kicker_ending_on_a_dash_is_the_kicker_of_the_title_under_it_on_a_column_page():
    # …统筹推进—— hands over to the title printed under it: two parts of
    # the headline (kicker, title), not one title run on over the dash.
    page = parse(
        column_page(
            "湘潭九华经开区招引项目",
            "与培育企业统筹推进——",
            "一座园区的“双轮驱动”",
            "湖南日报记者 欧阳可 通讯员 贺新",
            "走进湘潭九华经开区，一条条生产线",
            "满负荷运转，一批新项目正加紧建设。",
        )
    )
    (story,) = page.articles
    assert (story.kicker, story.title) == (
        "湘潭九华经开区招引项目与培育企业统筹推进——",
        "一座园区的“双轮驱动”",
    )


def test_a_short_line_over_a_kicker_handing_over_with_a_dash_is_the_column():
    # 振兴路上看洞庭 over …回来了—— / 一座渔村的新生: the kicker is the line
    # ending on the dash; the short line over it names the series.
    page = parse(
        column_page(
            "振兴路上看洞庭",
            "渔民上岸了，游客回来了——",
            "一座渔村的新生",
            "湖南日报记者 邹晓岚 通讯员 胡泊",
            "清晨的洞庭湖边，老渔民周德厚不再",
            "摇船出湖，而是在自家民宿门口迎客。",
            "振兴路上，洞庭湖边的渔村变了模样，",
            "看洞庭的游客一年比一年多。",
        )
    )
    (story,) = page.articles
    assert (story.column, story.kicker, story.title) == (
        "振兴路上看洞庭",
        "渔民上岸了，游客回来了——",
        "一座渔村的新生",
    )


def test_a_byline_with_a_two_character_name_spread_by_a_space_is_a_byline():
    # The paper sets a two-character name to a three-character name's width
    # (周  勇): the line is still the piece's byline, not a headline line.
    page = parse(
        column_page(
            "湘江时评",
            "让好政策跑出加速度",
            "湖南日报全媒体评论员 易 川",
            "政策落地，贵在快。一些地方好",
            "政策出台了，企业却迟迟享受不到。",
            "打通政策落地的“最后一公里”，",
            "需要各部门拿出担当。",
        )
    )
    (piece,) = page.articles
    assert (piece.column, piece.title) == ("湘江时评", "让好政策跑出加速度")
    assert piece.byline.replace(" ", "") == "湖南日报全媒体评论员易川"
    assert piece.paragraphs[0].startswith("政策落地")


def test_a_photo_credit_with_a_two_character_name_spread_by_a_space_is_a_credit():
    # 湖南日报记者 钱 朗 摄: a two-character name set to a three-character
    # name's width credits the photo as any name does.
    page = parse(
        paragraph_page(
            *NEWS,
            "6月12日，浏阳市大围山镇，游客在花海中拍照留念。 湖南日报记者 钱 朗 摄",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.byline.replace(" ", "") == "湖南日报记者钱朗摄"
    assert photo.paragraphs == ("6月12日，浏阳市大围山镇，游客在花海中拍照留念。",)


def test_a_bare_two_character_name_spread_by_a_space_is_the_byline():
    # 柳 岸 alone between a commentary's title and its text: the writer's
    # name, spread to a three-character name's width, not a story.
    page = parse(
        column_page(
            "别让“打卡式”调研走了样",
            "柳 岸",
            "调研是谋事之基、成事之道。可",
            "一些地方的调研，拍照多、问题少，",
            "材料厚、办法薄。",
        )
    )
    (piece,) = page.articles
    assert (piece.title, piece.byline.replace(" ", "")) == ("别让“打卡式”调研走了样", "柳岸")


def test_a_commentary_signed_by_its_commentator_under_its_text_takes_the_signature():
    # 本报评论员 某某 printed under a commentary's last paragraph, nothing after
    # it: the commentary's byline, closing its text, not a line left over.
    page = parse(
        paragraph_page(
            *NEWS,
            "让好政策跑出加速度",
            "政策落地，贵在快。一些地方好政策出台了，企业却迟迟享受不到。",
            "打通政策落地的“最后一公里”，需要各部门拿出担当。",
            "本报评论员 谢璐",
        )
    )
    assert [(a.title, a.byline) for a in page.articles if a.kind != "news"] == [
        ("让好政策跑出加速度", "本报评论员 谢璐")
    ]
    assert not page.extras


def test_a_line_stopped_mid_phrase_printed_twice_is_running_text():
    # …今年不少地方把 stops on a preposition, where no headline stops: the
    # extraction printed a line of running text twice.
    page = parse(
        column_page(
            "湖南日报 2 月 25 日讯（记者 鲁正）",
            "今天起，全省各地陆续推出线上线下",
            "民俗文化活动。",
            "受天气影响，今年不少地方把",
            "受天气影响，今年不少地方把",
            "大型灯会搬到了室内和“云端”，市民",
            "在手机上就能欣赏各地的花灯，线上",
            "观看人数超过 30 万人次。",
            "元宵民俗活动线上线下同步开展",
        )
    )
    (news,) = page.articles
    assert news.title == "元宵民俗活动线上线下同步开展"
    assert news.paragraphs[-1].startswith("受天气影响，今年不少地方把大型灯会")


# --- stories told apart by the width of their column -------------------------------


def set_in_column(paragraphs: list[str], width: int) -> str:
    """Paragraphs set to a column ``width`` characters wide (each first line
    indented two: the extraction drops the indent, not the shortfall)."""
    return "\n".join(line for para in paragraphs for line in wrap(para, width))


CLINIC_REPORT = [
    "湖南日报6月3日讯（全媒体记者 龙晓舟）今天，全省基层卫生院标准化建设推进会在衡阳召开，"
    "会议通报了去年以来乡镇卫生院改造提质的进展，部署下一阶段的重点任务。",
    "据介绍，全省已有一千一百余家乡镇卫生院完成改造，新增病床四千余张，"
    "配齐数字影像、生化检测等设备，群众在家门口就能做常规检查。",
    "会议要求，各地要把人才留在基层放在更加突出的位置，落实乡村医生待遇保障，"
    "让基层医疗机构留得住人、看得好病。",
]
CLINIC_COMMENT = [
    "卫生院的病床多了，设备新了，这是看得见的变化。群众更看重的，"
    "是小病能不能就近看好，看病花钱是不是少了。",
    "硬件补齐之后，软件要跟上。医生从哪里来，怎样留得住，"
    "需要在编制、待遇、培训上拿出实招，让年轻医生愿意扎根乡村。",
    "基层医疗强起来，大医院的压力就小一些，群众的获得感就多一些。这篇文章，要一年接着一年做下去。",
]


def test_a_commentary_set_narrower_right_under_a_report_is_a_story_of_its_own():
    # (the report's first lines run two short, its full ones differ by one
    # where a line ends on punctuation: the width is its full lines')
    report = set_in_column(CLINIC_REPORT, 23).replace("像", "像，", 1)
    page = parse(
        column_page(
            "全省基层卫生院标准化建设推进会召开",
            report,
            set_in_column(CLINIC_COMMENT, 17),
            "让群众在家门口看好病",
            "本报评论员 柳青禾",
            NEWS_B,
        )
    )
    comment = next(a for a in stories(page) if a.title == "让群众在家门口看好病")
    assert comment.paragraphs[0].startswith("卫生院的病床多了")
    assert comment.byline == "本报评论员 柳青禾"
    report_story = next(a for a in stories(page) if a.dateline)
    assert report_story.paragraphs[-1].endswith("看得好病。")


ESSAY_ONE = [
    "老屋后面有一口井，井沿的石头被绳子磨出了一道道深槽，夏天打上来的井水凉得冰牙，"
    "西瓜在水桶里泡上半天，切开来满屋子都是凉气。",
    "祖母每天清早去挑水，扁担吱呀吱呀地响，水桶晃出来的水在石板路上洒成一串，"
    "太阳出来不多久，那一串水印就干得看不见了。",
    "后来村里通了自来水，井就封上了。可我总记得俯身看井时，水里那一小块晃动的天，"
    "还有自己那张被水波揉皱了的脸。",
]
ESSAY_TWO = [
    "镇上的裁缝铺开了三十年，一台老缝纫机，一把划粉，一卷皮尺，就是全部家当，"
    "铺面不大，门口总坐着等衣服的街坊。",
    "师傅量尺寸从不用本子记，过了半个月来取衣服，袖长腰身分毫不差，街坊都服气，"
    "说他的眼睛就是一把尺子。",
    "如今买衣服的人多，做衣服的人少，铺子却还开着，门口挂着一块写着改衣的小牌子，"
    "师傅说，有人来，手艺就还在。",
]
ESSAY_THREE = [
    "冬夜读旧信，信纸已经泛黄，字迹却还清楚，一笔一画都是写信人当年的心情，"
    "有几处被水洇过，墨色淡了，意思还在。",
    "那时候寄一封信要走半个月，盼信的日子长，读信的时候便格外仔细，一个字也舍不得漏，"
    "读完了叠好，压在枕头底下。",
]


def test_a_headline_left_without_a_body_takes_the_story_its_column_width_sets_apart():
    # The second essay follows the first with no headline between; its title
    # and writer are printed at the page's foot with the third's.
    page = parse(
        column_page(
            "老井",
            "文丨钟离雪",
            set_in_column(ESSAY_ONE, 17),
            set_in_column(ESSAY_TWO, 15),
            "旧信",
            "文丨杜若溪",
            set_in_column(ESSAY_THREE, 16),
            "裁缝铺",
            "文丨顾南星",
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert by_title["裁缝铺"].paragraphs[0].startswith("镇上的裁缝铺")
    assert by_title["裁缝铺"].byline == "文丨顾南星"
    assert by_title["老井"].paragraphs[-1].endswith("揉皱了的脸。")


def test_past_a_photo_a_smaller_step_of_the_column_opens_a_story():
    # (three characters narrower, where a story wrapped round a photo would
    # also step: the photo printed between the two finished paragraphs tells)
    page = parse(
        column_page(
            "老井",
            "文丨钟离雪",
            set_in_column(ESSAY_ONE + ESSAY_THREE, 21),
            "5月6日，游客在凤凰古城沱江边的吊脚楼前拍照留念。 湖南日报全媒体记者 莫知远 摄",
            set_in_column(ESSAY_TWO, 18),
            "裁缝铺",
            "文丨顾南星",
        )
    )
    by_title = {a.title: a for a in stories(page)}
    assert by_title["裁缝铺"].paragraphs[0].startswith("镇上的裁缝铺")
    assert by_title["老井"].paragraphs[-1].endswith("压在枕头底下。")


def test_a_scene_under_a_title_under_a_credit_at_the_pages_top_is_the_photos_caption():
    # (no day opens it: the credit printed alone over the title says photo)
    page = parse(
        "莫知远 摄\n\n秋满梯田\n\n"
        "秋日的新化县紫鹊界，梯田层层叠叠，稻谷金黄，农民抢抓晴好天气收割晚稻。\n\n"
        "湘江新区前三季度引进项目86个\n\n"
        "湖南日报10月9日讯（全媒体记者 龙晓舟）记者今天从湖南湘江新区获悉，前三季度新区"
        "新引进重大项目86个，总投资超过620亿元，其中工业项目占比超过六成。\n\n"
        "据介绍，新区围绕智能装备、新能源汽车等产业链精准招商，一批龙头企业相继落户。\n"
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert (photo.title, photo.byline) == ("秋满梯田", "莫知远 摄")
    assert photo.paragraphs[0].startswith("秋日的新化县紫鹊界")
    assert [a.title for a in stories(page)] == ["湘江新区前三季度引进项目86个"]


def test_a_paragraph_cut_over_the_next_storys_dateline_is_no_headline():
    # (it opens after a finished paragraph and runs to the dateline with no
    # line finishing a sentence, but a sentence ends inside its third line:
    # no headline stack holds one)
    page = parse(
        column_page(
            "益阳新建堤防加固项目12个",
            "湖南日报5月9日讯（全媒体记者 易小川）今天，\n"
            "记者从益阳市水利局获悉，今年全市新建堤防加\n"
            "固项目12个，总投资约18亿元。",
            "市水利局表示，汛前将完成全部项目的主体工\n"
            "程，确保重点堤段在主汛期到来之前全面达到\n"
            "设计标准。下一步，市里还将对沿湖的泵站进\n"
            "行更新改造，力争年内让排涝能力提高两成以",
            NEWS_B,
            "外贸进出口稳中向好",
        )
    )
    levee = next(a for a in stories(page) if a.title == "益阳新建堤防加固项目12个")
    assert levee.paragraphs[1].startswith("市水利局表示，汛前将完成")
    assert not any("市水利局" in a.kicker + a.title for a in page.articles)


def test_a_narrow_columns_paragraph_opening_between_wide_columns_is_no_headline():
    # (its first line holds no clause, but its sentence runs on into the
    # clauses of the next line, as wide but for the indent: the narrow
    # column's paragraph, however much wider the columns around it)
    page = parse(
        column_page(
            "株洲今年新建城市绿道120公里",
            "湖南日报5月9日讯（全媒体记者 易小川）记者今天从株洲\n"
            "市住房和城乡建设局获悉，今年全市将新建城市绿道120公\n"
            "里，串联起沿江风光带、城市公园和老工业区改造后的街\n"
            "区，市民出门步行十分钟即可走上绿道。根据规划，新建",
            "湖南日报5月9日讯（全媒体记者\n"
            "龙小溪）记者今天从长沙市开福\n"
            "区获悉，今年一季度沙坪湘绣\n"
            "产业实现产值3.2亿元。",
            "沙坪是“湘绣之乡”和湘\n绣发源地，当地绣娘超过三千\n人。近年来，湘绣企业陆续推",
            "绿道将采用透水铺装，沿线设置休息驿站和自行车停放点，\n"
            "部分路段还将结合海绵城市建设同步改造雨水管网，让绿\n"
            "道既好走又好看。",
        )
    )
    assert not any("沙坪是" in a.kicker + a.title + a.subtitle for a in page.articles)
    embroidery = next(a for a in page.articles if "湘绣产业" in a.body)
    assert "沙坪是“湘绣之乡”和湘绣发源地" in embroidery.body.replace(" ", "")


def test_a_short_line_over_a_caption_naming_a_story_read_before_is_still_the_photos_title():
    # (bunched under a wrapped headline, it shares a word with the first
    # story, whose own headline is printed under its body: a photo's title)
    page = parse(
        column_page(
            "湖南日报11月5日讯（全媒体记者 易小川）今天，省委\n"
            "常委会召开会议，研究部署秋收冬种工作。会议要求，\n"
            "各地要抢抓晴好天气，不误农时抓好秋收冬种。",
            "省委常委会研究部署秋收冬种工作",
            "湖南日报全媒体评论员 石凯文",
            "进入四季度，冲刺全年目标进入关键期。\n"
            "冲刺，要盯紧项目，推动新开工项目尽快\n"
            "形成实物工作量。",
            "湖南日报11月5日讯（全媒体记者 龙小溪）\n"
            "益阳市今天开通至东盟的铁海联运班列，\n"
            "首趟班列满载竹木制品和农机配件。",
            "冲刺全年要盯紧项目",
            "益阳开通至东盟的铁海联",
            "运班列",
            "秋收正忙",
            "11月5日，宁乡市双江口镇，农民驾驶收割机收割晚稻。 湖南日报全媒体记者 莫知远 摄",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "秋收正忙"
    assert [a.title for a in stories(page)] == [
        "省委常委会研究部署秋收冬种工作",
        "冲刺全年要盯紧项目",
        "益阳开通至东盟的铁海联运班列",
    ]


def test_a_title_naming_the_captions_scene_as_much_as_the_story_is_the_photos():
    # (ten characters with its quote marks, one word the caption's and the
    # story's: a photo's title under the story's headline printed after
    # its body)
    page = parse(
        column_page(
            "湖南日报3月6日讯（全媒体记者 易小川）今天，省人\n"
            "大代表围绕乡村振兴建言献策。代表们建议，加快补\n"
            "齐农村冷链物流短板，让更多农产品卖出好价钱。",
            "代表建议补齐农村冷链物流短板",
            "会场外的“代表访谈”",
            "3月5日晚，省人大代表在驻地接受媒体采访。 湖南日报全媒体记者 莫知远 摄",
            "湖南日报3月6日讯（全媒体记者 龙小溪）记者从省交通运\n"
            "输厅获悉，今年全省将新改建农村公路5000公里。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "会场外的“代表访谈”"
    (report,) = [a for a in stories(page) if "冷链" in a.body]
    assert (report.kicker, report.title) == ("", "代表建议补齐农村冷链物流短板")


def test_a_headlines_last_word_wrapped_over_a_writers_name_is_no_frame():
    # (the headline line stops on a complement's particle, which no
    # headline ends on: the two short lines under it are its last word and
    # the commentary's writer, not two words framed together)
    page = parse(
        "湖南日报1月20日讯（全媒体记者 易小川）记者从省人社厅获悉，去年全省城镇新增就业"
        "72万人，完成年度目标任务的106%。\n\n"
        "观点\n\n惠民政策要落得\n\n更准\n\n秦川\n\n"
        "政府工作报告中的惠民政策，件件关乎群众切身利益。落实政策，要问需于民，"
        "找准群众最急最盼的问题。\n\n"
        "落得准，还要落得快。各地要加快政策兑现进度，让群众早受益。\n"
    )
    (comment,) = [a for a in page.articles if "惠民政策" in a.body]
    assert (comment.title, comment.byline) == ("惠民政策要落得更准", "秦川")


@pytest.mark.parametrize("text", ["万个", "万人", "亿元", "千亩", "万人次", "万千瓦"])
def test_a_figures_magnitude_and_unit_is_no_bare_name(text):
    # (万 and 千 open names too: 万 / 个 wrapped under …学位8 is a figure's end)
    assert not is_name_line(text)


def test_a_bare_two_character_name_is_still_one():
    assert is_name_line("余蓉") and is_name_line("万晓")


def test_a_headline_line_stopped_on_an_adverb_wraps_onto_the_next():
    # (再 waits for its verb: one title set on two lines, no kicker over it)
    page = parse(
        column_page(
            NEWS_A,
            "湘江观潮",
            "冬季防火灾，再",
            "多叮嘱也不为过",
            "石凯文",
            "天干物燥，又到了火灾易发的季节。每\n年这个时候，总有一些悲剧让人痛心。",
            NEWS_B,
        )
    )
    (comment,) = [a for a in page.articles if "天干物燥" in a.body]
    assert (comment.kicker, comment.title.replace(" ", "")) == ("", "冬季防火灾，再多叮嘱也不为过")


def stub_affinity(shares: dict, dated: frozenset, opinion: frozenset) -> SimpleNamespace:
    """What ``best_stacks`` reads of the evidence: each line's share of each body."""
    return SimpleNamespace(
        of_part=lambda part: shares[part.text],
        dated=dated,
        sectioned=frozenset(),
        opinion=opinion,
        signed=frozenset(),
    )


def test_a_stack_keeps_the_line_under_its_meeting_held_though_another_body_shares_its_words():
    # (the report printed before the zone: its kicker says the meeting was
    # held; the title under it shares more words with a commentary above,
    # whose last paragraph names the event, than with the report)
    kicker = Line(30, "首届湖南旅游发展大会筹备工作推进会召开", 1, False)
    title = Line(31, "高标准高质量办好旅发大会", 1, False)
    zone = Zone([kicker, title], before=2, after=3)
    parts = [Part(ZonePart.HEAD, [kicker]), Part(ZonePart.HEAD, [title])]
    shares = {kicker.raw: {0: 0.3, 2: 1.93}, title.raw: {0: 0.32, 2: 0.14}}
    affinity = stub_affinity(shares, dated=frozenset({2}), opinion=frozenset({0}))
    (stack,) = best_stacks(0, zone, parts, affinity, {0, 2}, 0.1)
    assert (stack.first, stack.last, stack.body) == (0, 1, 2)


def test_two_stories_printed_in_turns_on_a_column_page_are_read_apart():
    # (the first story's sentence is cut by the second's dateline; the
    # second's is cut in turn by the first story's rest, which finishes its
    # paragraph; the second's rest then goes on with a word across the cut)
    page = parse(
        column_page(
            "株洲清水塘老工业区搬迁提速",
            "湖南日报3月10日讯（记者 易小川）今天，株洲\n"
            "市召开老工业区搬迁改造动员会，22家企业签订\n"
            "了年度关停搬迁目标责任书。按照规划，今年",
            "湖南日报3月10日讯（记者 龙小溪）记者今天\n"
            "从永州市获悉，全市柑橘种植面积达140万亩，\n"
            "近年来推广标准化种植，柑橘亩均效",
            "计划完成搬迁企业22家，治理污染土壤60万立\n方米，投入资金约35亿元。",
            "益提高30%以上，果农收入明显增加。",
            "永州柑橘产业实现一县一品牌",
        )
    )
    plant = next(a for a in page.articles if "清水塘" in a.title)
    citrus = next(a for a in page.articles if "柑橘" in a.title)
    assert "今年计划完成搬迁企业22家" in plant.body.replace(" ", "")
    assert "柑橘亩均效益提高30%以上" in citrus.body.replace(" ", "")
    assert "搬迁" not in citrus.body


def test_a_storys_rest_with_a_word_across_its_cut_goes_back_to_it_from_the_story_between():
    # (the second story's sentence is left open on a pause: nothing joins
    # the line to it, while 生 / 产 is one word across the first one's cut)
    page = parse(
        column_page(
            "全省秋冬季大气污染防治攻坚行动启动",
            "湖南日报9月17日讯（记者 易小川）秋冬季是大\n"
            "气污染的高发期。攻坚行动将聚焦工厂、扬\n"
            "尘、机动车等重点领域，实施钢铁等行业错峰生",
            "湖南日报9月17日讯（记者 龙小溪）记者今天\n"
            "从醴陵市获悉，醴陵的陶瓷产业今年有望突破\n"
            "600亿元。近年来，",
            "产，加大建筑工地和道路扬尘管控力度，严格查\n处高排放车辆上路行驶。",
            "醴陵陶瓷产值有望突破600亿元",
        )
    )
    air = next(a for a in page.articles if "大气" in a.title)
    assert "错峰生产，加大建筑工地" in air.body.replace(" ", "")
    clay = next(a for a in page.articles if "陶瓷" in a.title)
    assert "扬尘" not in clay.body


def test_a_commentarys_signature_over_a_caption_is_no_photo_title():
    # (the writer's role and name close the stack printed under the
    # commentary's body, over the caption; the line under the caption, none
    # of its words, over one line over a dateline, is the next report's
    # kicker, no title of the photo)
    page = parse(
        column_page(
            "春节假期已经结束，不少人却觉得比上班还累。节后\n"
            "返岗，首先要收心，把心思从假期拉回到工作上来。\n"
            "其次要调整作息，尽快找回工作和学习的节奏。",
            NEWS_A,
            "节后返岗要收心",
            "湖南日报评论员",
            "龙清远",
            "2月24日，株洲市芦淞区服装市场，商户在整理新到的春装。 湖南日报记者 莫知远 摄",
            "浏阳经开区",
            "一季度将有18个项目集中开工",
            "湖南日报2月24日讯（全媒体记者 易小川）记者今天从浏阳经开\n"
            "区获悉，一季度园区将有18个项目集中开工，总投资120亿元。",
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title_derived  # (no printed title: 图片)
    report = next(a for a in page.articles if "集中开工" in a.title)
    assert (report.kicker, report.title) == ("浏阳经开区", "一季度将有18个项目集中开工")
    assert not any("龙清远" in a.title for a in page.articles)


def test_a_two_character_section_name_over_a_whole_stack_is_no_kicker():
    # (under the column's name closing the commentary above: the word of two
    # over kicker, title and dash-led subtitle names the page's section)
    page = parse(
        "湖南日报全媒体评论员 石凯文\n\n"
        "入夏以来，各地夜市人气旺盛。让夜经济行稳致远，需要精细管理和优质服务。\n\n"
        "城市的夜晚，承载着人们对美好生活的向往。\n\n"
        "三湘观察\n\n会议\n\n全省民营经济发展大会召开\n\n"
        "打造公平竞争的一流发展环境\n\n——去年全省新增民营企业12.6万户\n\n"
        "湖南日报6月27日讯（全媒体记者 易小川）今天，全省民营经济发展大会在株洲召开，"
        "总结近年来全省支持民营经济发展的成效，部署下一阶段重点工作。\n\n"
        "会议指出，要坚持问题导向，聚焦企业反映强烈的突出问题，持续优化发展环境。\n"
    )
    report = next(a for a in page.articles if a.dateline)
    assert (report.kicker, report.title) == (
        "全省民营经济发展大会召开",
        "打造公平竞争的一流发展环境",
    )
    assert "会议" in page.extras


def test_a_short_line_a_blank_under_a_stack_set_tight_is_the_photos_title():
    # (the report's two headline lines are set tight, no blank between them;
    # the line a blank under them, over the caption, stands apart: the
    # photo's title, though it shares a word with the report and none with
    # the caption)
    page = parse(
        column_page(
            "湖南日报6月19日讯（全媒体记者 易小川）记者从省发\n"
            "展改革委获悉，湘赣边区域合作示范区今年将实施重\n"
            "点项目120个，总投资860亿元。",
        )
        + "湘赣边区域合作示范区建设\n加快推进\n\n"
        + column_page(
            "湘赣边新貌",
            "6月18日，长沙国际会展中心，工作人员在布置展区。 湖南日报全媒体记者 莫知远 摄",
            NEWS_B,
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "湘赣边新貌"
    report = next(a for a in page.articles if "湘赣边" in a.body)
    assert squash(report.kicker + report.title) == "湘赣边区域合作示范区建设加快推进"


def test_a_photo_title_printed_inside_a_sentence_goes_over_its_caption():
    # (the sentence goes on under it with a figure; a caption three blocks
    # down names its words and has no title: the photo's)
    page = parse(
        "湖南日报9月25日讯（全媒体记者 易小川）今天，新湖南客户端推出智能语音播报栏目。\n\n"
        "栏目上线试运行一个月来，累计收听量已超过1200万人次，日均收听量\n\n"
        "橘洲灯火\n\n"
        "40万人次。技术团队对语音模型进行了专门训练，播报时能够准确读出人名和地名。\n\n"
        "下一步，还将推出方言版、少儿版播报，满足不同群体的收听需求。\n\n"
        "9月24日夜，长沙橘子洲头，灯火点亮湘江两岸。 湖南日报全媒体记者 莫知远 摄\n"
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "橘洲灯火"
    assert photo.body.startswith("9月24日夜")
    report = next(a for a in page.articles if a.dateline)
    assert "日均收听量40万人次。" in report.body.replace(" ", "")


def test_a_lead_cut_after_from_goes_on_its_source_under_it_not_a_later_figure():
    # (记者今天从 / 益阳市获悉，… is the lead's frame though a pause follows the
    # source; a later line opening on a date span is no object of 从, and the
    # waiting story's rest, a word across its cut, comes further down)
    page = parse(
        column_page(
            "全省冬季森林防火工作全面部署",
            "湖南日报11月3日讯（记者 易小川）冬季是森林\n"
            "火灾的高发期。全省将加强巡山护林，严格野外\n"
            "用火管理，对重点林区实行网格化巡",
            "湖南日报11月3日讯（记者\n"
            "龙小溪 通讯员 何青）记者今天从\n"
            "益阳市获悉，今年1至10月，益阳的\n"
            "竹产业实现产值210亿元，同比增\n"
            "长9.5%。",
            "益阳是“中国竹子之乡”，竹林面\n积达到一千万亩。近年来，",
            "查，确保不发生重大森林火灾。",
            "1至10月，全省森林火灾起数同比下降三成。",
            "益阳竹产业产值突破200亿元",
        )
    )
    bamboo = next(a for a in page.articles if "竹产业" in a.title)
    assert "记者今天从益阳市获悉" in bamboo.body.replace(" ", "")
    fire = next(a for a in page.articles if "防火" in a.title)
    assert "网格化巡查" in fire.body.replace(" ", "")
    assert "益阳" not in fire.body


def test_a_headline_under_its_body_hands_back_to_the_story_that_waits():
    # (the first story printed in turns with the second finishes, then its
    # headline and subtitle; the line under them goes on the second story's
    # sentence left open and shares its words)
    page = parse(
        column_page(
            "湖南日报11月3日讯（记者 易小川）冬季是森林\n"
            "火灾的高发期。全省将加强巡山护林，严格野外\n"
            "用火管理，对重点林区实行网格化巡",
            "湖南日报11月3日讯（记者 龙小溪）记者今天\n"
            "从益阳市获悉，益阳的竹产业今年实现\n"
            "产值210亿元。近年来，",
            "查，确保不发生重大森林火灾。",
            "全省部署冬季森林防火工作严防重大火灾\n力争森林火灾受害率控制在0.9‰以内",
            "益阳推动竹产业由竹凉席向竹\n建材、竹家具等领域拓展，全市竹\n企业达到900多家。",
            "益阳竹产业产值突破200亿元",
        )
    )
    fire = next(a for a in page.articles if "防火" in a.kicker + a.title)
    assert "0.9‰" in fire.title + fire.subtitle
    assert "竹" not in fire.body
    bamboo = next(a for a in page.articles if "竹产业" in a.title)
    assert "近年来，益阳推动竹产业" in bamboo.body.replace(" ", "")


def test_a_broken_datelines_last_line_printed_twice_is_read_once():
    page = parse(
        column_page(
            "常德柳叶湖马拉松赛将于11月开跑",
            "湖南日报9月17日讯（记者\n"
            "聂小云 通讯员 熊文）记者今天从常德\n"
            "聂小云 通讯员 熊文）记者今天从常德\n"
            "市获悉，常德柳叶湖马拉松赛将于11月\n10日开跑，规模为2万人。",
        )
    )
    (race,) = stories(page)
    assert race.body.replace(" ", "").count("记者今天从常德") == 1
    assert "记者今天从常德市获悉" in race.body.replace(" ", "")


def test_a_time_frame_over_a_dated_reports_title_is_its_kicker_not_a_column():
    page = parse(
        column_page(
            NEWS_A,
            "前三个月",
            "全省新增市场主体增长一成",
            "湖南日报4月12日讯（记者 易小川）记者今天从省市场\n"
            "监管局获悉，今年一季度，全省新增市场主体达\n"
            "31万户，较去年同期增加3万户，民营企业增势较好。",
        )
    )
    trade = next(a for a in page.articles if "市场主体" in a.title)
    assert trade.kicker == "前三个月"
    assert not trade.column


def test_a_commentarys_short_first_phrase_on_its_own_line_is_part_of_its_title():
    page = parse(
        column_page(
            NEWS_A,
            "三湘时评",
            "汛期将至",
            "防汛准备要早一步",
            "湖南日报评论员 龙清远",
            "汛期将至，各地防汛准备进展不一。有的地方\n"
            "物资早已到位，有的地方却还在等一等、看一\n"
            "看。防汛准备早一步，险情来时就多一分主动。",
        )
    )
    (view,) = [a for a in page.articles if a.kind == "commentary"]
    assert (view.kicker, view.title) == ("", "汛期将至 防汛准备要早一步")
    assert view.column == "三湘时评"


def test_a_reports_title_printed_beside_a_commentarys_goes_to_the_headless_report():
    # (a paragraph page: the report's title is printed between the
    # commentary's title and its writer's line, the report itself further
    # down with no headline)
    page = parse(
        paragraph_page(
            "三湘时评",
            "开局起步要快人一步",
            "全省春季农资储备充足",
            "湖南日报评论员",
            "开局之年，时间就是效益，速度就是机遇。快人一步，才能赢得主动。",
            "开局起步要快人一步，项目建设要抢进度，招商引资要抢先机，政策落实要抢时效。",
            "湖南日报2月26日讯（记者 龙小溪）记者从省供销合作总社获悉，目前全省储备化肥180万吨、"
            "农药1.2万吨，春季农资储备充足，能够满足春耕需要。",
        )
    )
    view = next(a for a in page.articles if a.kind == "commentary")
    assert (view.kicker, view.title) == ("", "开局起步要快人一步")
    report = next(a for a in page.articles if "化肥" in a.body)
    assert report.title == "全省春季农资储备充足"


def test_a_topic_line_over_a_dated_reports_title_is_its_headline_not_a_column():
    # (委员关注 names what the report tells, its members' proposals: no
    # column's name, which would be a corner's or a commentary's)
    page = parse(
        column_page(
            NEWS_A,
            "委员关注",
            "让社区医院留得住病人",
            "湖南日报1月29日讯（记者 易小川）“不少居民看个\n"
            "小病也往大医院跑。”省政协委员李清和在小组\n"
            "讨论时建议，加大社区医院人才培养力度。",
        )
    )
    report = next(a for a in page.articles if "社区医院" in a.title)
    assert "委员关注" in report.kicker + report.title
    assert not report.column


def test_the_pages_coverage_banner_over_the_first_report_is_page_furniture():
    page = parse(
        paragraph_page(
            "聚焦市州两会",
            "代表委员热议政府工作报告",
            "锚定目标 奋力开好局起好步",
            "湖南日报1月13日讯（全媒体记者 易小川）市人大会议今天分团审议政府工作报告。"
            "代表们认为，报告目标明确、举措务实，提振了加快发展的信心。",
            "“报告提出的目标，既积极又稳妥。”代表们围绕产业发展、民生改善展开讨论。",
            "湖南日报1月13日讯（全媒体记者 龙小溪）记者今天从省林业局获悉，全省今年冬季将完成"
            "植树造林80万亩。",
        )
    )
    report = next(a for a in page.articles if "代表" in a.kicker + a.title)
    assert "聚焦" not in report.column + report.kicker + report.title
    assert "奋力开好局起好步" in report.kicker + report.title + report.subtitle
    assert "聚焦市州两会" in page.extras


def test_the_section_and_papers_name_in_an_inner_pages_strip_are_no_headline():
    page = parse(
        column_page(
            "湖南日报1月29日讯（记者 易小川）记者今天从省交通运\n"
            "输厅获悉，今年全省将新改建农村公路1万公里，让\n"
            "更多群众出门走上平坦路。",
            "农村公路今年新改建1万公里",
            "03",
            "要闻 湖南日报",
            "2016年1月30日 星期六",
        )
    )
    (report,) = stories(page)
    assert report.title == "农村公路今年新改建1万公里"
    assert any("要闻" in extra for extra in page.extras)


def test_a_reporters_line_is_never_a_headline_of_a_commentary_signed_already():
    # (the commentary's headline is bunched with a feature's label and its
    # reporters' line at the page's end; the reporters' line signs no
    # commentary, nor becomes its title)
    page = parse(
        column_page(
            "湖南日报全媒体评论员 萧清远",
            "复工复产进入关键阶段，企业面临的困难也在发\n"
            "生变化。帮企业，就要帮到点子上，缺什么补什么。",
            NEWS_A,
            "帮企业就要帮到点子上",
            "复工复产一线观察",
            "湖南日报全媒体记者 谭小然 通讯员 何小博",
        )
    )
    for article in page.articles:
        assert "谭小然" not in article.kicker + article.title + article.subtitle
    view = next(a for a in page.articles if "帮企业" in a.body)
    assert "萧清远" in view.byline


def test_a_headline_wrapped_before_its_figures_unit_keeps_it_and_the_story():
    page = parse(
        paragraph_page(
            "湖南日报1月29日讯（全媒体记者 龙小溪）记者从省交通运输厅获悉，今年全省将新改建"
            "农村公路1万公里。",
            "春运首日全省铁路发送旅客52",
            "万人次",
            "湖南日报1月29日讯（全媒体记者 易小川）今年春运今天拉开序幕。据省春运办统计，"
            "首日全省铁路发送旅客52万人次，比去年多出一成。",
        )
    )
    report = next(a for a in page.articles if "春运" in a.title)
    assert report.title.replace(" ", "") == "春运首日全省铁路发送旅客52万人次"
    assert report.dateline and report.kind == "news"


def test_a_short_phrase_under_a_commentarys_whole_title_over_a_caption_is_the_photos():
    # (the phrase shares a word with the commentary, which speaks of the
    # heat, and none with the caption; the commentary's title stands whole
    # over it)
    page = parse(
        column_page(
            "烈日当空，仍有许多劳动者坚守在户外岗位。关心\n"
            "户外劳动者，要让他们在炎炎夏日感受到清凉。",
            "三湘时评",
            "高温天更要关心户外劳动者",
            "清凉一夏",
            "8月23日，长沙市民在湘江风光带纳凉。",
            "湖南日报全媒体记者 童小迪 摄",
            NEWS_A,
        )
    )
    photo = next(a for a in page.articles if a.kind == "photo")
    assert photo.title == "清凉一夏"
    view = next(a for a in page.articles if "劳动者" in a.body)
    assert view.title == "高温天更要关心户外劳动者"


def test_a_quotation_opened_and_cut_over_a_headline_is_no_kicker_of_it():
    # (a villager's words cut by the page after their first line, another
    # report's headline and dateline printed before their rest; a headline
    # closes what it quotes, or its next line does)
    page = parse(
        paragraph_page(
            "湖南日报5月6日讯（全媒体记者 钟小岚）连日来，江永县香柚基地里果农忙着疏果施肥，"
            "今年全县香柚种植面积稳定在12万亩。",
            "“每到这个季节我们全家都要",
            "永州开通首条旅游专线公交",
            "湖南日报5月6日讯（全媒体记者 蒋小帆）今天上午，永州首条旅游专线公交正式开通，"
            "串联起城区5个主要景区。",
            "上山帮忙，一年下来能多收两万多元。”果农蒋大伯笑着说。",
        )
    )
    bus = next(a for a in page.articles if "公交" in a.title)
    assert bus.kicker == "" and bus.title == "永州开通首条旅游专线公交"
    assert "每到这个季节" not in bus.kicker + bus.title + bus.subtitle


def test_a_reprints_source_under_its_text_ends_its_paragraph_and_heads_nothing():
    page = parse(
        column_page(
            "观点摘编",
            "让数据多跑路",
            "数据多跑路，群众就能少跑腿。推进政务数据共\n"
            "享，既要打通部门之间的壁垒，也要守牢数据\n"
            "安全的底线，让便民服务更加顺畅。",
            "——摘自新湖南客户端",
            NEWS_A,
        )
    )
    item = next(a for a in page.articles if "少跑腿" in a.body)
    assert item.paragraphs[-1].endswith("——摘自新湖南客户端")
    for article in page.articles:
        assert "摘自" not in article.kicker + article.title + article.subtitle


def test_a_quoted_headline_wrapped_inside_its_quotation_stays_whole():
    page = parse(
        paragraph_page(
            "湖南日报5月6日讯（全媒体记者 钟小岚）连日来，江永县香柚基地里果农忙着疏果施肥，"
            "今年全县香柚种植面积稳定在12万亩。",
            "“山里的日子一天比一天",
            "红火”",
            "湖南日报5月6日讯（全媒体记者 蒋小帆）今天上午，记者走进城步苗族自治县长安营镇，"
            "村民们正忙着打理民宿，迎接五一后的游客。",
        )
    )
    village = next(a for a in page.articles if "民宿" in a.body)
    assert squash(village.kicker + village.title) == "“山里的日子一天比一天红火”"


def test_a_line_sent_on_by_a_jump_marker_ends_its_story_and_heads_nothing():
    page = parse(
        column_page(
            "湖南日报9月3日讯（全媒体记者 龙小溪）\n"
            "今天，全省秋冬种现场会在衡阳举行。\n"
            "会议指出，要抓住当前墒情适宜的有利时\n"
            "机，扩大油菜种植面积，稳定粮食生产。",
            "会议强调， ▲（下转3版）",
            "衡阳港城陵矶航线集装箱运量增长三成",
            NEWS_A,
        )
    )
    meeting = next(a for a in page.articles if "秋冬种" in a.body)
    assert "会议强调" in meeting.body
    for article in page.articles:
        assert "会议强调" not in article.kicker + article.title + article.subtitle


def test_a_clause_cut_on_a_word_wanting_more_over_a_dateline_is_no_headline():
    # (the report under the dateline prints its headline elsewhere; the line
    # over it opens a paragraph of the story above and stops on 和)
    page = parse(
        column_page(
            "浏阳垃圾分类覆盖全部乡镇",
            "湖南日报4月2日讯（全媒体记者 龙小溪）\n"
            "记者今天从浏阳市城管局获悉，该市生活垃\n"
            "圾分类已覆盖全部32个乡镇。",
            "去年，浏阳推进垃圾分类和",
            "湖南日报4月2日讯（全媒体记者 易小川）\n"
            "记者从省林业局获悉，今年全省将新造林\n"
            "200万亩，完成森林抚育300万亩。",
            "资源回收利用，建成回收站点1200个。",
        )
    )
    forest = next(a for a in page.articles if "新造林" in a.body)
    assert "去年" not in forest.kicker + forest.title + forest.subtitle


def test_a_line_of_figures_under_a_comma_is_no_indent_that_makes_a_headline():
    # (the figures count half widths, so the line under the comma reads
    # narrower than the column; justified, it is as wide)
    page = parse(
        column_page(
            "湖南日报10月9日讯（记者 龙小溪）\n"
            "今年以来，邵阳市把背街小巷改造作为民\n"
            "生实事，改造小巷240条，惠及居民2万户。",
            "邵阳市新建了城区“口袋公园”12 个，",
            "新增停车位 80 个、新能源车充电桩 3",
            "百个。下一步，该市将改造范围扩大到",
            "城中村和城乡接合部，让更多居民享受",
            "城市发展成果。",
            NEWS_A,
        )
    )
    lanes = next(a for a in page.articles if "背街小巷" in a.body)
    assert "口袋公园" in lanes.body and "城市发展成果" in lanes.body
    for article in page.articles:
        assert "口袋公园" not in article.title


def test_headline_lines_sharing_no_word_with_the_body_under_them_still_head_it():
    # (a feature's headline speaks in images, 冷板凳 / 追光, that its text
    # never uses; printed right over its byline, no other body wants it)
    page = parse(
        column_page(
            "全省水利建设现场推进会召开",
            NEWS_A,
            "创新湖南 青年“追光者”",
            "让“冷板凳”坐成“",
            "热门课”",
            "湖南日报全媒体记者 谭小然",
            "通讯员 何小博",
            "在岳麓山下一间实验室里，几名博士生正\n"
            "围着一台刚调试好的光谱仪忙碌。这台仪\n"
            "器由他们自主设计，精度达到国内先进水平。",
        )
    )
    feature = next(a for a in page.articles if "光谱仪" in a.body)
    assert squash(feature.kicker + feature.title) == squash(
        "创新湖南 青年“追光者”让“冷板凳”坐成“热门课”"
    )
    assert not any(a.kind == "other" and "追光者" in a.body for a in page.articles)


def test_a_title_right_over_its_writers_line_keeps_the_commentary_from_a_report_subtitle():
    # (the report's subtitle repeats the commentary's words more than the
    # commentary's own title does; the title stands right over 本报评论员)
    page = parse(
        column_page(
            "全省水利建设现场推进会召开",
            NEWS_A,
            "节约用水要从点滴做起",
            "本报评论员",
            "节约每一滴水，守护每一条河，是每个人的\n"
            "责任。节约每一滴水，要从家庭做起，从\n"
            "身边的点滴做起。守护每一条河，要让河\n"
            "长制真正落地。",
            "全省节水型社会建设推进会召开",
            "节约每一滴水 守护每一条河",
            "湖南日报3月22日讯（全媒体记者 易小川）\n"
            "今天，全省节水型社会建设推进会在株洲\n"
            "召开。会议提出，到2027年全省用水总量\n"
            "控制在330亿立方米以内。",
        )
    )
    view = next(a for a in page.articles if a.kind == "commentary")
    assert view.title == "节约用水要从点滴做起"
    report = next(a for a in page.articles if "推进会在株洲" in a.body)
    assert squash(report.kicker + report.title + report.subtitle) == squash(
        "全省节水型社会建设推进会召开节约每一滴水 守护每一条河"
    )


def test_speech_cut_under_a_crosshead_stays_in_the_feature():
    # (the quotation opened on one line closes on the next, after finishing
    # its sentence: one paragraph cut in two, no headline over a new story)
    page = parse(
        paragraph_page(
            "茶山上的“新茶人”",
            "湖南日报全媒体记者 钟小岚 通讯员 蒋小帆",
            "在安化县江南镇，32岁的李晓被茶农们称为“新茶人”。他大学毕业后回乡，接手了父亲的茶厂。",
            "用直播卖茶叶",
            "“以前一年卖不出几百斤茶，现在靠",
            "直播，一晚上就能卖出上千单。”李晓一边调试手机支架一边说。",
            "如今，他的茶厂带动周边80多户茶农增收，茶叶远销全国20多个省份。",
        )
    )
    feature = next(a for a in page.articles if "新茶人" in a.title)
    assert "一晚上就能卖出上千单" in feature.body
    assert not any("以前一年" in a.title for a in page.articles)


def test_the_pages_first_lines_over_the_lead_stay_its_headline():
    # (the first line speaks the words of a commentary further down more
    # than the lead's; printed over the lead's title at the page's top, it
    # is the lead's, and the commentary keeps its own title)
    page = parse(
        column_page(
            "军民连续奋战三天三夜",
            "资水大堤险段成功除险",
            "湖南日报7月9日讯（全媒体记者 易小川）\n"
            "今天傍晚，益阳市资阳区资水大堤险段\n"
            "成功除险，堤内群众陆续返回家中。",
            "全省水利建设现场推进会召开",
            NEWS_A,
            "致敬大堤上的英雄",
            "萧清远",
            "三天三夜，军民连续奋战。资水大堤险段\n"
            "成功除险，靠的是军民连续奋战、寸土不\n"
            "让。每一位守堤的英雄都值得致敬。",
        )
    )
    lead = next(a for a in page.articles if "堤内群众" in a.body)
    assert squash(lead.kicker + lead.title) == "军民连续奋战三天三夜资水大堤险段成功除险"
    view = next(a for a in page.articles if "守堤的英雄" in a.body)
    assert view.title == "致敬大堤上的英雄"


def test_a_commentary_under_its_writer_takes_one_title_line():
    # (the commentary talks of the report above it; the three lines printed
    # after its text are its own title, then the report's two-line stack:
    # a commentary prints no kicker and no subtitle of a report's words)
    page = parse(
        column_page(
            "湖南日报4月8日讯（全媒体记者 易小川）\n"
            "记者今天从长沙海关获悉，一季度长沙\n"
            "市出口农机设备12.6亿元，同比提高\n"
            "31%，收割机、插秧机出口量均创新高。",
            "湘江时论",
            "本报评论员",
            "秦 朗",
            "长沙农机设备出口额涨三成，收割机、\n"
            "插秧机出口量均创新高，这则消息颇有\n"
            "意味：湖南农机正在从“卖产品”向“卖\n"
            "服务”转变。企业在海外建配件中心、\n"
            "培训当地技工，服务链条延伸到了用户\n"
            "身边。农机出海，服务要跟上。",
            "农机出海要带着服务走",
            "一季度长沙农机设备出口额涨三成",
            "收割机插秧机出口量均创新高",
            "湘潭高新区新材料产业初具规模",
            "湖南日报4月8日讯（全媒体记者 龙小溪）\n"
            "记者从湘潭高新区获悉，该区新材料产\n"
            "业一季度实现产值186亿元，同比提高\n"
            "15.2%，集聚企业120余家。",
        )
    )
    view = next(a for a in page.articles if "卖服务" in a.body)
    assert squash(view.kicker + view.title + view.subtitle) == "农机出海要带着服务走"
    assert view.column == "湘江时论"
    report = next(a for a in page.articles if "长沙海关" in a.body)
    assert squash(report.kicker + report.title + report.subtitle) == squash(
        "一季度长沙农机设备出口额涨三成收割机插秧机出口量均创新高"
    )


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("乡村学校要留住", "“好老师”"),
        ("让“小饭桌”吃得", "更放心"),
        ("守住乡村学校，", "需要更多好老师"),
        ("以更好的待遇留住", "乡村学校好老师"),
        ("守好乡村的学校", "乡村老师有奔头"),
    ],
)
def test_a_commentary_title_wrapped_on_two_lines_stays_whole(upper, lower):
    # (the line above stops inside its phrase, or the line below goes on
    # with no subject of its own: one title set in a narrow column)
    page = parse(
        column_page(
            "龚 岚",
            "在一些县城，好学校、好老师越来越向\n"
            "城区集中，乡村学校留不住人。职业教\n"
            "育也好，基础教育也好，都要在“留得\n"
            "住”上多下功夫，让“小饭桌”吃得放心。",
            upper,
            lower,
            "湘潭高新区新材料产业初具规模",
            "湖南日报4月8日讯（全媒体记者 龙小溪）\n"
            "记者从湘潭高新区获悉，该区新材料产\n"
            "业一季度实现产值186亿元，同比提高\n"
            "15.2%，集聚企业120余家。",
        )
    )
    view = next(a for a in page.articles if "乡村学校留不住人" in a.body)
    assert squash(view.kicker + view.title + view.subtitle) == squash(upper + lower)


def test_a_commentary_takes_the_title_printed_against_its_text():
    # (the zone under a commentary's text: its title, then a line of a
    # report printed elsewhere whose words the commentary repeats a little
    # more than its own title's; a commentary's title is printed against
    # its text)
    own = Line(40, "县域经济要把根扎深", 1, False)
    report = Line(41, "我省县域生产总值占全省六成", 1, False)
    zone = Zone([own, report], before=2, after=5)
    parts = [Part(ZonePart.HEAD, [own]), Part(ZonePart.HEAD, [report])]
    shares = {own.raw: {2: 0.30}, report.raw: {2: 0.36, 4: 0.05}}
    affinity = stub_affinity(shares, dated=frozenset({4}), opinion=frozenset({2}))
    first, *_ = best_stacks(0, zone, parts, affinity, {2, 4}, 0.1)
    assert (first.first, first.last, first.body) == (0, 0, 2)


def test_the_title_line_between_the_pages_first_line_and_the_lead_is_the_leads():
    # (the second line's words are a commentary's further down more than the
    # lead's; printed between the lead's first line and its text at the
    # page's top, it is the lead's title)
    page = parse(
        column_page(
            "全省民营经济发展大会在株洲召开",
            "做强实体企业 夯实发展根基",
            "湖南日报6月12日讯（全媒体记者 易小川）\n"
            "今天，全省民营经济发展大会在株洲召开。\n"
            "会议总结交流各地发展民营经济的做法，\n"
            "部署下一阶段的重点工作。",
            "全省水利建设现场推进会召开",
            NEWS_A,
            "企业强则全省强",
            "萧清远",
            "做强实体企业，是夯实发展根基的关键。\n"
            "实体企业强不强，直接关系发展根基牢\n"
            "不牢。要做强实体企业，让企业安心发展。",
        )
    )
    lead = next(a for a in page.articles if "民营经济发展大会在株洲召开。" in a.body)
    assert squash(lead.kicker + lead.title + lead.subtitle) == squash(
        "全省民营经济发展大会在株洲召开做强实体企业夯实发展根基"
    )


def test_a_title_signed_by_a_writer_stands_alone_over_its_signature():
    # (a bunched zone under a piece: a report's two lines, then a title over
    # its commentator's signature; the piece talks of the report, but the
    # signed title is a commentary's and stands alone)
    lines = [
        Line(50, "桂东县乡村民宿走红", 1, False),
        Line(51, "国庆假期一房难求", 0, False),
        Line(52, "民宿走红更要服务跟上", 1, False),
        Line(53, "湖南日报全媒体评论员 萧清远", 0, False),
    ]
    zone = Zone(lines, before=1, after=2)
    parts = [Part(ZonePart.HEAD, [line]) for line in lines[:3]]
    parts.append(Part(ZonePart.SIGN, [lines[3]]))
    shares = {
        lines[0].raw: {1: 0.45, 2: 0.35},
        lines[1].raw: {1: 0.45, 2: 0.35},
        lines[2].raw: {1: 0.3},
    }
    affinity = stub_affinity(shares, dated=frozenset({2}), opinion=frozenset())
    stacks = best_stacks(0, zone, parts, affinity, {1, 2}, 0.1)
    assert [(s.first, s.last, s.body) for s in stacks] == [(0, 1, 2), (2, 2, 1)]


def test_the_pages_first_headline_keeps_its_lead_from_a_bunched_stack():
    # (a feature's stack bunched further down shares the lead's words more
    # than the feature's; the page's first headline, printed right over the
    # lead's text, is the lead's, and the feature keeps its own)
    page = parse(
        column_page(
            "第二届湖南农博会在京推介",
            "湖南日报北京8月20日电（全媒体记者 易小川）\n"
            "今天下午，第二届湖南农博会推介会在北\n"
            "京举行。推介会上，主办方介绍了第二届\n"
            "湖南农博会的筹备情况。浏阳作为分会场，\n"
            "浏阳人说，办一次会，兴一座\n"
            "城。第二届湖南农博会将于9月开幕。",
            "长沙启动高温天气",
            "“送清凉”关爱户外劳动者",
            "第二届湖南农博会前瞻",
            "浏阳：“办一次会，兴一座城”",
            "浏阳花炮小镇",
            "推出夜游新项目",
            "湖南日报8月20日讯（全媒体记者 龙小溪）\n"
            "为迎接第二届湖南农博会，浏阳花炮小镇\n"
            "推出夜游新项目，游客可以在夜色中观看\n"
            "烟花表演。",
            "湖南日报全媒体记者 龚小川",
            "8月19日傍晚，浏阳市区，刚刚完成提质\n"
            "改造的浏阳河风光带游人如织。兴一座\n"
            "城，靠的是办好会。为迎接\n"
            "第二届湖南农博会，浏阳新建改建场馆\n"
            "12个，筹备工作进入冲刺阶段。",
            "湖南日报8月20日讯（全媒体记者 龚小溪）\n"
            "今天，长沙市总工会启动高温天气“送清\n"
            "凉”活动，为户外劳动者送去防暑物资。",
        )
    )
    lead = next(a for a in page.articles if "推介会在北京举行" in a.body)
    assert lead.title == "第二届湖南农博会在京推介"
    feature = next(a for a in page.articles if "风光带游人如织" in a.body)
    assert squash(feature.kicker + feature.title + feature.subtitle) == squash(
        "第二届湖南农博会前瞻浏阳：“办一次会，兴一座城”"
    )


def test_a_clause_over_a_photo_is_a_cut_paragraph_and_the_line_under_its_credit_its_title():
    # …共投入客运车辆 + 1.2万台，… is one sentence cut by the photo; the short
    # line under the credit, over running text, is the photo's title though it
    # names none of the caption's words.
    page = parse(
        paragraph_page(
            "春运首日全省客流平稳有序",
            "湖南日报1月14日讯（记者 石山青 通讯员 陈曦）今天是春运首日，全省铁路、公路、"
            "民航共发送旅客120万人次，各大站场秩序井然。",
            "冷链物流园区二期开工",
            "湖南日报1月14日讯（记者 夏知秋）今天，位于株洲的冷链物流园区二期项目开工建设，"
            "项目总投资18亿元，建成后冷库容量将翻一番。",
            "省道路运输管理局负责人介绍，全省共投入客运车辆",
            "\n1月14日，长沙火车南站候车大厅里，旅客有序排队进站。",
            "记者 钟一鸣 摄",
            "归乡路上",
            "园区负责人表示，二期项目将引进自动化立体冷库，为周边农产品上行提供保障。",
            "1.2万台，运力比去年同期增加一成。各地还在高速公路服务区增设临时休息点，"
            "为返乡旅客提供热水和充电服务。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "归乡路上"
    spring, _ = stories(page)
    assert spring.paragraphs[1].startswith(
        "省道路运输管理局负责人介绍，全省共投入客运车辆1.2万台，"
    )


def test_a_features_crosshead_printed_after_another_storys_pieces_heads_its_section():
    # The feature and a dated report are printed in pieces among each other;
    # a crosshead of the feature's (two phrases paired at a comma) after the
    # report's paragraphs heads the feature's next section, and the paragraph
    # under it is the feature's.
    page = parse(
        paragraph_page(
            "城步苗乡的“新三宝”",
            "——城步苗族自治县长安营村发展见闻",
            "湖南日报记者 蒋山岚 龙晓川",
            "初冬时节，城步苗族自治县长安营村的高山茶园里，采茶的村民说说笑笑，竹篓里装满了嫩绿的冬茶。",
            "五年前，这个高山苗寨的人均年收入不到三千元。如今，茶叶、牦牛和民宿成了村里的“新三宝”。",
            "茶园上山，股金到户",
            "长安营村海拔一千多米，常年云雾缭绕，适合种植高山茶。村里成立了茶叶专业合",
            "衡阳县新建乡镇污水处理厂投入运行",
            "湖南日报11月20日讯（记者 罗新江 通讯员 彭丽）今天，衡阳县西渡镇污水处理厂正式投入运行，日处理污水能力达到五千吨。",
            "该污水处理厂总投资六千万元，配套建设污水管网四十二公里，覆盖镇区及周边三个村。",
            "县住建局负责人介绍，今年全县还将新建四座乡镇污水处理厂，实现乡镇污水处理设施全覆盖。",
            "作社，村民以土地和扶贫资金入股，年底按股分红，去年全村分红达到八十多万元。",
            "“不出门就能挣钱，日子越过越踏实。”村民杨秀兰说，她在茶园里管护茶树，一年能挣两万多元。",
            "民宿红了，游客来了",
            "走进村里，吊脚楼错落有致，青石板路干净整洁。村民蓝志刚家的民宿刚送走一批广东游客，他正忙着换洗床单。",
            "“今年国庆节，十间客房天天住满。”蓝志刚说，像他这样开民宿的，村里已有十五户。",
            "冬茶飘香，日子红火",
            "记者在村部看到，墙上挂着一张茶园分布图，每块茶园的管护人和收益都标得清清楚楚。",
            "村党支部书记说，下一步，村里还要把茶叶、牦牛和民宿串成一条旅游线，让游客来了住得下、留得住。",
        )
    )
    feature, report = page.articles
    assert report.title == "衡阳县新建乡镇污水处理厂投入运行"
    assert {"民宿红了，游客来了", "冬茶飘香，日子红火"} <= set(feature.paragraphs)
    under = feature.paragraphs.index("冬茶飘香，日子红火") + 1
    assert feature.paragraphs[under].startswith("记者在村部看到")


def test_a_line_under_a_credit_naming_the_photo_not_the_story_below_is_the_photos_title():
    # The photo's title is printed under its credit, right over the next
    # report's headline and dateline: it names the caption's scene (赛龙舟),
    # none of the report's words, so it is no kicker of that report.
    page = parse(
        paragraph_page(
            "全省水稻种植面积稳中有增",
            "湖南日报6月8日讯（全媒体记者 方子衿）记者从省农业农村厅获悉，今年全省早稻种植面积"
            "稳中有增，各地抓紧田间管理。",
            "6月7日，沅江市南洞庭湖畔，龙舟队在比赛中奋力划桨。",
            "全媒体记者 向一帆 摄",
            "南洞庭湖畔赛龙舟",
            "全国游泳冠军赛长沙站闭幕 本省选手摘得三金",
            "湖南日报6月8日讯（全媒体记者 苏明远 通讯员 杨柳）为期四天的全国游泳冠军赛长沙站"
            "今天闭幕，本省选手共获得三枚金牌、两枚银牌。",
        )
    )
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "南洞庭湖畔赛龙舟"
    swim = stories(page)[-1]
    assert squash(swim.kicker + swim.title) == "全国游泳冠军赛长沙站闭幕本省选手摘得三金"


def test_a_place_named_with_its_quarter_opens_a_caption_and_no_text_breaks_the_tagger():
    assert opens_on_quarter("南洞庭湖湿地，渔船归航。")
    assert not opens_on_quarter("南建设非洲非资源性产品")
    assert not opens_on_quarter("西")
    assert first_tagged("") == ("", "")


@pytest.mark.parametrize("photo_title", ["枇杷熟了", "山乡枇杷熟", "枇杷挂满枝头"])
def test_a_photos_title_under_its_credit_over_a_reports_one_line_stack_is_the_photos(
    photo_title,
):
    # Paragraph page: a photo's title of up to six characters, printed after
    # its caption and credit, right over the one-line title of a dated report
    # that names none of its words.
    page = parse(
        paragraph_page(
            "5月20日，安化县一处果园，果农在采摘成熟的果实。当地今年种植面积达两千亩，亩产超过一千公斤。",
            "湖南日报全媒体记者 周晓明 摄",
            photo_title,
            "长沙新开通3条公交微循环线路",
            "湖南日报5月20日讯（全媒体记者 易小川）今天起，长沙新开通3条公交微循环线路，方便周边居民就近换乘地铁。",
            "据介绍，新线路全部采用新能源车辆，高峰时段发车间隔不超过10分钟。",
        )
    )
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == photo_title
    [report] = [a for a in page.articles if a.kind != "photo"]
    assert (report.kicker, report.title) == ("", "长沙新开通3条公交微循环线路")


def test_a_photos_title_of_nine_characters_under_its_caption_over_a_dateline_is_the_photos():
    # Column page: a caption printed across the page, its credit at its end,
    # then the photo's title of nine characters, then a dated report that
    # prints its own headline elsewhere.
    page = parse(
        column_page(
            "全省水利建设现场推进会召开",
            NEWS_A,
            "5月8日，沅陵县一所村小，孩子们在操场上跳绳。今年以来，当地为",
            "村小添置了体育器材，开齐开足体育课。 周晓明 摄",
            "村小孩子的快乐时光",
            NEWS_B,
        )
    )
    [photo] = [a for a in page.articles if a.kind == "photo"]
    assert photo.title == "村小孩子的快乐时光"
    assert all(a.title != "村小孩子的快乐时光" for a in page.articles if a is not photo)
