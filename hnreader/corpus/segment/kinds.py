"""What a line, a block, an article opening or a page extra is: enums, not strings.

They are ``StrEnum`` so that a value prints, compares and exports as its name.
"""

from __future__ import annotations

from enum import StrEnum


class Layout(StrEnum):
    """How the extraction laid the page out."""

    COLUMNS = "columns"  # one printed column line per text line
    PARAGRAPHS = "paragraphs"  # one paragraph (or a piece of one) per text line


class LineKind(StrEnum):
    """What one raw line of a column page is, read alone."""

    DATELINE = "dateline"  # 湖南日报X月X日讯（…）
    BYLINE = "byline"  # 湖南日报全媒体记者 张三
    JUMP_FROM = "jump-from"  # a line opening with （上接1版）: a continuation starts
    MARKER = "marker"  # nothing but a jump marker: ▷（下转2版）
    CAPTION = "caption"  # a photo caption closed by its credit (… 张三 摄)
    WIDE = "wide"  # wider than any column: a caption line or spanning text
    TEXT = "text"  # body or headline, decided by context


class BlockRole(StrEnum):
    """What a block (lines joined without a blank) of a paragraph page is."""

    TEXT = "text"
    DATELINE = "dateline"
    BYLINE = "byline"
    MARKER = "marker"  # a jump marker alone
    HEAD = "head"  # taken as a headline piece
    CREDIT = "credit"  # a photo credit alone on its line
    COLUMN = "column"  # a column label (栏目)


class Opener(StrEnum):
    """What opened an article in the making."""

    DATELINE = "dateline"
    BYLINE = "byline"
    JUMP = "jump"  # a continuation marker (上接/紧接)
    PHOTO = "photo"  # a caption or photo box
    BODY = "body"  # text after a headline zone, or a new topic
    HEAD = "head"  # a headline over a story with no dateline or byline
    ORPHAN = "orphan"  # a headline piece no body claimed


class ZonePart(StrEnum):
    """What one element of a column page's headline zone is."""

    HEAD = "head"  # a headline line (kicker, title or subtitle of some story)
    LABEL = "label"  # a column label (栏目)
    SIGN = "sign"  # a byline set under a title: a role line and its names, or a bare name
    ATTEND = "attend"  # "某某出席": the last line of a meeting's stack


class HeadRole(StrEnum):
    """The role of one piece of a headline stack."""

    KICKER = "kicker"  # 引题
    TITLE = "title"  # 主题
    SUBTITLE = "subtitle"  # 副题


class ExtraKind(StrEnum):
    """Why a piece of page text is kept apart from every article."""

    MASTHEAD = "masthead"  # the front page's date block
    BOX = "box"  # a countdown or notice box, a framed label
    SWEPT = "swept"  # text no pass claimed, kept by the last pass
