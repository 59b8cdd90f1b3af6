"""Column labels (栏目) and the lines that only look like them."""

from __future__ import annotations

from hnreader.corpus.reflow import squash
from hnreader.corpus.segment.patterns import is_byline

from .test_segment_general import column_page, parse, stories

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
