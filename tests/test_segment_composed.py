"""Segmentation of pages composed for the tests, in both extraction layouts
and with the headline placements the paper's extraction produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from hnreader.corpus.read import RawPage, clean_text
from hnreader.corpus.reflow import squash
from hnreader.corpus.segment import segment_page

from .pagegen import PHOTO, STORIES, render_columns, render_paragraphs


def parse(text: str, name: str = "composed.txt"):
    return segment_page(RawPage(Path(name), clean_text(text), "utf-8"), name)


def found(page, story):
    """The article whose body starts like the story's."""
    start = squash(story.paragraphs[0])[:12]
    hits = [a for a in page.articles if start in squash("".join(a.paragraphs))]
    assert len(hits) == 1, f"{story.paragraphs[0][:12]!r} found {len(hits)} times"
    return hits[0]


def check_page(page):
    assert len([a for a in page.articles if a.kind != "photo"]) == len(STORIES)
    for story in STORIES:
        art = found(page, story)
        assert squash(art.kicker + art.title + art.subtitle) == squash(story.headline) or (
            not story.headline and art.title_derived
        )
        assert len(art.paragraphs) == len(story.paragraphs)
        assert squash("".join(art.paragraphs)) == squash("".join(story.paragraphs))
        assert squash(art.dateline) == squash(story.dateline)
        if story.byline:
            assert squash(art.byline) == squash(story.byline)
        assert art.kind == story.kind
    photo = [a for a in page.articles if a.kind == "photo"]
    assert len(photo) == 1
    assert squash(photo[0].paragraphs[0]) == squash(PHOTO[0])
    assert squash(photo[0].byline) == squash(PHOTO[1])


@pytest.mark.parametrize("placement", ["after", "before", "bunched"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_column_layout(placement, seed):
    page = parse(render_columns(STORIES, headlines=placement, seed=seed))
    assert page.layout == "columns"
    check_page(page)


@pytest.mark.parametrize("width", [13, 18, 22])
def test_column_layout_widths(width):
    check_page(parse(render_columns(STORIES, headlines="after", seed=7, width=width)))


def test_paragraph_layout():
    page = parse(render_paragraphs(STORIES))
    assert page.layout == "paragraphs"
    check_page(page)


def test_paragraph_layout_rejoins_a_cut_paragraph():
    page = parse(render_paragraphs(STORIES, cut=True))
    check_page(page)


def test_paragraph_layout_masthead_becomes_page_metadata():
    masthead = "2024年4月\n\n22\n\n星期一\n\n甲辰年三月十四\n第27000号\n\n今日12版"
    page = parse(render_paragraphs(STORIES, masthead=masthead))
    check_page(page)
    assert page.masthead is not None
    assert page.issue_date.isoformat() == "2024-04-22"
    assert page.masthead.weekday_ok is True
    assert page.masthead.issue_number == 27000
    assert page.masthead.page_count == 12
    assert page.number == 1
    assert not any("27000" in p for a in page.articles for p in a.paragraphs)


def test_dateline_date_plus_one_day_with_year_from_content():
    text = render_paragraphs(STORIES) + "\n今年是2024年，也是关键之年。\n"
    page = parse(text)
    assert page.date_source == "dateline"
    assert page.issue_date.isoformat() == "2024-04-22"


def test_date_in_file_name_wins_over_datelines():
    page = parse(render_paragraphs(STORIES), "hnrb-2023-04-22-01.txt")
    assert page.date_source == "filename"
    assert page.issue_date.isoformat() == "2023-04-22"


def test_feature_with_column_label_subheads_and_a_duplicated_line():
    from .pagegen import FEATURE

    stories = [*STORIES, FEATURE]
    page = parse(render_paragraphs(stories, column="城市更新观察", duplicate=True))
    feature = found(page, FEATURE)
    assert feature.kind == "feature"
    assert feature.column == "城市更新观察"
    assert feature.title == FEATURE.title
    assert feature.byline == FEATURE.byline
    assert feature.subheads == ("从工业遗存到城市客厅", "年轻人留下来了")
    assert len(feature.paragraphs) == len(FEATURE.paragraphs)
    assert len(page.duplicates) == 1
    first = found(page, STORIES[0])
    assert len(first.paragraphs) == len(STORIES[0].paragraphs)
    assert squash("".join(found(page, STORIES[3]).paragraphs)) == squash(
        "".join(STORIES[3].paragraphs)
    )


def test_commentary_headline_and_byline_bunched_with_column_label():
    from .pagegen import COMMENTARY_TITLE

    text = render_columns(STORIES, headlines="bunched", seed=5)
    comment = STORIES[2]
    # The commentary's byline and title are printed in the bunch, tight, and
    # its column label after its body.
    text = text.replace("湖南日报全媒体评论员\n\n向晨\n\n", "")
    last_line = "越扎越牢。"
    text = text.replace(last_line + "\n", last_line + "\n\n三湘时评\n", 1)
    text = text.replace(
        STORIES[4].subtitle + "\n",
        STORIES[4].subtitle + f"\n\n{COMMENTARY_TITLE}\n湖南日报全媒体评论员 向晨\n",
        1,
    )
    page = parse(text)
    art = found(page, comment)
    assert art.title == COMMENTARY_TITLE
    assert art.byline == comment.byline
    assert art.column == "三湘时评"
    assert art.kind == "commentary"


def test_bunched_headline_sharing_few_words_goes_to_the_body_left_without_one():
    import dataclasses

    stories = list(STORIES)
    stories[0] = dataclasses.replace(stories[0], title="茶园里的春天", subtitle="")
    page = parse(render_columns(stories, headlines="bunched", seed=4))
    assert found(page, stories[0]).title == "茶园里的春天"
    for story in stories[1:]:
        art = found(page, story)
        assert squash(art.kicker + art.title + art.subtitle) == squash(story.headline) or (
            not story.headline and art.title_derived
        )


def test_weak_headline_goes_to_the_only_body_it_touches():
    import dataclasses

    stories = list(STORIES)
    stories[1] = dataclasses.replace(stories[1], kicker="", title="山水之间好风光")
    page = parse(render_columns(stories, headlines="bunched", seed=6))
    assert found(page, stories[1]).title == "山水之间好风光"


@pytest.mark.parametrize("where", ["before", "after"])
def test_column_label_goes_to_the_commentary_whichever_side_it_is_printed(where):
    text = render_columns(STORIES, headlines="after", seed=8)
    if where == "before":
        text = text.replace("湖南日报全媒体评论员\n", "三湘时评\n\n湖南日报全媒体评论员\n", 1)
    else:
        text = text.replace("越扎越牢。\n", "越扎越牢。\n\n三湘时评\n", 1)
    page = parse(text)
    assert found(page, STORIES[2]).column == "三湘时评"
    assert all(a.column == "" for a in page.articles if a.kind != "commentary")


def test_two_stories_printed_in_alternating_pieces():
    """Like a page-one extraction: each story's third paragraph is cut, and
    the rest of one is printed inside the other."""
    a_head = "张三到省农科院调研 推动种业创新 服务粮食安全"
    a_lead = "湖南日报5月5日讯（全媒体记者 李四）今天，张三到省农科院调研种业创新工作。"
    a2 = "张三先后走进水稻研究所和蔬菜研究所，察看育种实验室和试验田。"
    a3_cut, a3_rest = "座谈会上，在听取省农科院工", "作汇报后，张三指出，要加快种业关键技术攻关。"
    a4 = "张三强调，要把论文写在大地上，让更多良种走进农民的田间地头，在"
    b_head = "王五在省文化馆调研 繁荣群众文化 丰富精神生活"
    b_lead = "湖南日报5月5日讯（全媒体记者 赵六）今天，王五在省文化馆调研公共文化服务。"
    b2 = "王五一行观看了群众文艺排练，了解非遗传承人培训情况。随后，王五主持召开座谈会，听取负责"
    b2_rest = "人介绍全省群众文化活动开展情况。"
    b3 = "王五说，要推动优质文化资源下沉基层，让群众在家门口享受文化生活。"
    text = "\n\n".join([a_head, a_lead, a2, a3_cut, b_head, b_lead, b2, a3_rest, a4, b2_rest, b3])
    text += (
        "\n\n湖南日报5月5日讯（全媒体记者 孙七）今天，全省防汛工作会议在长沙召开，"
        "部署汛期各项工作，要求各地落实防汛责任。"
    )
    page = parse("\n\n".join(["", text]))
    a = next(x for x in page.articles if "张三" in x.headline)
    b = next(x for x in page.articles if "王五" in x.headline)
    assert a.paragraphs == (
        a_lead.split("）", 1)[1],
        a2,
        a3_cut + a3_rest,
        a4,
    )
    assert b.paragraphs == (b_lead.split("）", 1)[1], b2 + b2_rest, b3)


@pytest.mark.parametrize("placement", ["before", "after"])
def test_column_layout_feature_with_subheads(placement):
    from .pagegen import FEATURE

    page = parse(render_columns([*STORIES, FEATURE], headlines=placement, seed=9))
    feature = found(page, FEATURE)
    assert feature.title == FEATURE.title
    assert feature.byline == FEATURE.byline
    assert feature.kind == "feature"
    assert feature.subheads == ("从工业遗存到城市客厅", "年轻人留下来了")
    assert len(feature.paragraphs) == len(FEATURE.paragraphs)


def test_paragraph_layout_story_with_a_headline_but_no_dateline_or_byline():
    import dataclasses

    from .pagegen import COMMENTARY_TITLE

    stories = list(STORIES)
    stories[2] = dataclasses.replace(stories[2], title=COMMENTARY_TITLE, byline="", kind="news")
    page = parse(render_paragraphs(stories))
    art = found(page, stories[2])
    assert art.title == COMMENTARY_TITLE
    assert len(art.paragraphs) == len(stories[2].paragraphs)
    before = found(page, stories[1])
    assert len(before.paragraphs) == len(stories[1].paragraphs)


def test_paragraph_layout_caption_inside_a_story_without_a_box_gap():
    text = render_paragraphs(STORIES)
    caption = "4月20日，长沙橘子洲头游人如织。 王小明 摄"
    marker = STORIES[4].paragraphs[1]
    text = text.replace(marker, marker + "\n\n" + caption, 1)
    page = parse(text)
    check_story = found(page, STORIES[4])
    assert len(check_story.paragraphs) == len(STORIES[4].paragraphs)
    photos = [a for a in page.articles if a.kind == "photo"]
    assert any(squash(a.byline) == squash("王小明 摄") for a in photos)
