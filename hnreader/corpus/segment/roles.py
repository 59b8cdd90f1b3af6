"""Roles of whole articles: their kind (news, commentary, ...) and column label."""

from __future__ import annotations

import dataclasses
import re

from ..match import joins_word, pos_tags, search_words, similarity, words
from ..model import ArticleKind
from ..reflow import ends_sentence, is_cjk, squash, squeeze_names
from . import thresholds as T
from .draft import Draft
from .headlines import (
    is_attendance,
    phrases,
    rejoin_broken,
    says_something,
    speaks,
    studies_spirit,
)
from .hunan_words import names_place, opens_on_place
from .joins import word_across
from .kinds import Opener
from .patterns import (
    ASKS_END,
    BRIEFS_COLUMN,
    COLUMN_WORDS,
    DASH_LED,
    HANDS_OVER,
    LIST_TITLE,
    NOTICE_TITLE,
    OPINION_COLUMN,
    SECTION_NAME,
    is_name_line,
    labelled_figure,
    looks_like_column,
    series_name,
)
from .vocabulary import OPEN_ENDS, VISIT_VERBS

#: Columns of commentary end so (…时评, …快评, …评论, …论, …微言, 一家之言, 一事一议,
#: 今日谈, 锐见): the common names of opinion columns in Chinese dailies; not
#: a book's review (书评), a deputy's proposal (建言, 建议) nor an interview (访谈).
_COMMENTARY_COLUMN = re.compile(r"(?:(?<!书)评|论|(?<!建)言|(?<!建)议|(?<!访)谈|[锐论]见)$")
#: "——记某某": the subtitle of a profile, a feature.
_PROFILE = re.compile(r"^\s*[—－-]{1,2}\s*记")
_ESSAY_BYLINE = re.compile(r"^\s*(?:文|图|文图|文[·/]图)\s*[丨|｜/]")
#: Length of a column label (characters, without a middle dot).
LABEL_MIN, LABEL_MAX = 3, 6
#: The length of each phrase of a campaign's slogan (学党史, 奋进新征程).
SLOGAN_PHRASE_MIN, SLOGAN_PHRASE_MAX = 3, 6
#: A long story opened by its byline, with no dateline, is a feature.
FEATURE_MIN_PARAGRAPHS = 8
#: ... and one under a stack of two parts or more, this long.
STACKED_FEATURE_MIN_PARAGRAPHS = 5
#: ... and any piece signed by reporters (no dateline, no closing 报道), this long.
REPORTED_FEATURE_MIN_PARAGRAPHS = 4


def article_kind(draft: Draft, has_headline: bool) -> ArticleKind:
    """What the draft is, from how it opens, its byline, column and length."""
    if draft.kind in (ArticleKind.PHOTO, ArticleKind.CONTINUATION):
        return draft.kind
    if any(j.direction == "from" for j in draft.jumps) and draft.starts_with == Opener.JUMP:
        return ArticleKind.CONTINUATION
    if not draft.dateline and any(
        NOTICE_TITLE.search(squash("".join(line.raw for line in head))) for head in draft.heads
    ):
        return ArticleKind.OTHER  # a notice (征稿启事, 更正, …公示): no report, whoever signs it
    if not draft.dateline and draft.paras and all(labelled_figure(p.text) for p in draft.paras):
        return ArticleKind.OTHER  # a box of figures under their labels: no report
    if (
        not draft.dateline
        and not draft.byline
        and any(LIST_TITLE.search(squash("".join(li.raw for li in h))) for h in draft.heads)
        and draft.paras
        and all(p.verse or len(p.text) <= T.LIST_ENTRY_MAX for p in draft.paras)
    ):
        return ArticleKind.OTHER  # a list under its title (…获奖名单), an entry a line
    if "评论员" in draft.byline or _COMMENTARY_COLUMN.search(draft.column):
        return ArticleKind.COMMENTARY
    if draft.starts_with == Opener.DATELINE or draft.dateline:
        return ArticleKind.NEWS
    if (
        "记者" in draft.byline
        and not draft.byline.rstrip().endswith("报道")
        and len(draft.paras) >= REPORTED_FEATURE_MIN_PARAGRAPHS
    ):
        # (a reporter's piece with no dateline runs as a feature from four
        # paragraphs: the read sets' gold has 651 so, 8 news stories)
        return ArticleKind.FEATURE
    long = len(draft.paras) >= FEATURE_MIN_PARAGRAPHS or any(p.subhead for p in draft.paras)
    if _ESSAY_BYLINE.match(draft.byline) or (draft.byline and _verse(draft.paras)):
        return ArticleKind.FEATURE  # 文丨某某: an essay of the supplement, or a signed poem
    if draft.column and draft.byline and "记者" not in draft.byline:
        return ArticleKind.COMMENTARY  # a signed piece under a column label
    if draft.byline and is_name_line(draft.byline) and not long:
        return ArticleKind.COMMENTARY  # signed with a bare name: an opinion piece
    if draft.starts_with == Opener.BYLINE and "记者" in draft.byline:
        # A reporter's byline opens a feature (long, with crossheads, or in a
        # series under a column label) or a short news story without a dateline.
        profile = any(_PROFILE.match("".join(li.raw for li in h)) for h in draft.heads)
        # (a kicker or subtitle over more than a short report's few paragraphs)
        stacked = len(draft.heads) >= 2 and len(draft.paras) >= STACKED_FEATURE_MIN_PARAGRAPHS
        return (
            ArticleKind.FEATURE if long or draft.column or profile or stacked else ArticleKind.NEWS
        )
    if draft.byline and long:
        return ArticleKind.FEATURE
    if draft.kind:
        return draft.kind
    if len(draft.paras) >= FEATURE_MIN_PARAGRAPHS:
        return ArticleKind.FEATURE
    return ArticleKind.NEWS if has_headline else ArticleKind.OTHER


def _verse(paras) -> bool:
    """Paragraphs read as a poem's lines, or short lines of no stop, a
    poem's (no prose runs so many lines unstopped)."""
    if any(p.verse for p in paras):
        return True
    return len(paras) >= T.VERSE_BARE_MIN_LINES and all(
        len(p.text) <= T.VERSE_LINE_MAX and not any(c in p.text for c in "，,。；;") for p in paras
    )


def label_shaped(text: str) -> bool:
    """The shape of a column label (栏目): a short line of characters only,
    no punctuation or figures (潇湘时评, 湘江·散文), and a name: no modal after
    its first character, which states what its subject ought to do (园区要算好)."""
    core = squash(text).replace("·", "").replace("・", "")
    return (
        LABEL_MIN <= len(core) <= LABEL_MAX
        and all(is_cjk(c) for c in core)
        and not _MODAL_INSIDE.match(core)
    )


#: A modal after the line's first character (…要…, …需…, …应…): a statement.
_MODAL_INSIDE = re.compile(r"^.+[要需应须该]")


def lone_line(draft: Draft) -> bool:
    """A "story" of one short line of characters and nothing else: no
    headline, byline or dateline (观点, 要闻 over a section; a column's name or
    a signature's names set apart from their story). A story has a body; a
    line of a label's length has no sentence to be one."""
    if draft.heads or draft.byline or draft.dateline or len(draft.paras) != 1:
        return False
    core = squash(draft.body)
    return 2 <= len(core) <= LABEL_MAX and all(is_cjk(c) for c in core)


def _slogan(text: str) -> bool:
    """A campaign's slogan of like phrases (奋进新征程 建功新时代, 学党史 悟思想
    办实事 开新局): two or more phrases of one length, set apart by spaces."""
    phrases = text.split()
    return (
        len(phrases) >= 2
        and len({len(p) for p in phrases}) == 1
        and SLOGAN_PHRASE_MIN <= len(phrases[0]) <= SLOGAN_PHRASE_MAX
        and all(is_cjk(c) for p in phrases for c in p)
    )


def column_of_two(text: str) -> bool:
    """A column's name of two characters in the words of columns (新论, 短评):
    too short for a label's shape, which would take a headline's last word."""
    flat = squash(text)
    return len(flat) == 2 and looks_like_column(flat)


def two_character_label(text: str) -> bool:
    """A label of two characters (新论, 湘声): too short for label_shaped,
    which also reads a headline's last word left alone, but a label when
    it heads the stack."""
    core = squash(text)
    return len(core) == 2 and all(is_cjk(c) for c in core)


def _label_closing(draft: Draft) -> None:
    """An opinion column's name printed as the last line of an undated piece,
    after its finished text (潇湘时评 set under a commentary's body): its
    column, not a paragraph."""
    if draft.column or draft.dateline or len(draft.paras) < 2:
        return
    last, before = draft.paras[-1].text, draft.paras[-2].text
    if label_shaped(last) and OPINION_COLUMN.search(squash(last)) and ends_sentence(before):
        draft.column = squash(last)
        draft.paras.pop()


def recurring_names(drafts: list[Draft]) -> frozenset[str]:
    """Label-shaped names the page prints over more than one piece, on a line
    of their own or as the first phrase of a title's line (人间烟火 外婆的…,
    人间烟火 父亲的…): a column's name, whatever its words. No headline is
    printed twice but side by side."""
    seen: dict[str, int] = {}
    for draft in drafts:
        # (once a piece: a stack drawn twice repeats its own lines)
        names = {
            squash(phrases(line.raw)[0])
            for unit in draft.heads
            for line in unit
            if line.raw.split()
        }
        if draft.column:
            names.add(squash(draft.column))  # (a label already taken as its column)
        for name in names:
            if label_shaped(name) or two_character_label(name):
                seen[name] = seen.get(name, 0) + 1
    return frozenset(name for name, n in seen.items() if n > 1)


def _label_on_title_line(draft: Draft, recurring: frozenset[str] = frozenset()) -> None:
    """A column's name and the title set on one line, apart (湘江随笔 老街的
    早点摊, or the name after the title when that is the whole stack), of a
    piece signed by its writer and dated by no dateline: the name is the
    column. (Over a dated report a series' name is its kicker;
    two phrases of a commentary's title are its title: only a name ending on
    a column's word is taken.)"""
    if draft.column or draft.dateline or not draft.byline or not draft.heads:
        return
    if len(draft.heads[0]) != 1:
        return
    line = draft.heads[0][0]
    phrases = line.raw.split()
    if len(phrases) != 2:
        return
    name, title = phrases
    if (label_shaped(name) or two_character_label(name)) and (
        looks_like_column(squash(name)) or squash(name) in recurring
    ):
        draft.column = squash(name)
        draft.heads[0] = [dataclasses.replace(line, raw=title)]
    elif (
        len(draft.heads) == 1
        and looks_like_column(squash(title))
        and not looks_like_column(squash(name))
        and len(squash(name)) > len(squash(title))
    ):
        # (the name set after the title, the piece's stack printed after
        # its text: 让某某落地见效 一线评弹 / 某某)
        draft.column = squash(title)
        draft.heads[0] = [dataclasses.replace(line, raw=name)]


def take_banner(draft: Draft, before: Draft | None = None) -> str | None:
    """A campaign's banner printed over a dated report's headline stack
    (喜迎… / 决战决胜… over the stack): page furniture, taken off the
    headline and returned. A kicker over a report says what the report is
    about: its words are the title's or the story's. A line over two
    headline pieces or more, none of whose words the stack or the story
    uses, is no kicker of it; nor a banner, when the story printed ``before``
    with no headline reports most of them (its headline, printed after its
    text, over this stack)."""
    if not draft.dateline or draft.kind == ArticleKind.PHOTO or len(draft.heads) < 3:
        return None
    first = "".join(line.raw for line in draft.heads[0])
    flat = squash(first)
    rest = [squash("".join(line.raw for line in h)) for h in draft.heads[1:]]
    if (
        two_character_label(flat)
        and len(rejoin_broken(rest)) >= 3
        and not names_place(flat)
        and not _phrase_goes_on(first, rest[0], label_under=False)
    ):
        # A word of two over a whole stack of three pieces (会议 over kicker,
        # title and subtitle): the section's name, whatever words it shares.
        draft.heads = draft.heads[1:]
        return flat
    if (
        len(rejoin_broken(rest)) < 2
        or not T.BANNER_MIN <= len(flat) <= T.BANNER_MAX
        or any(c in flat for c in "，。,；;：:—")  # (a sentence's or a subtitle's marks)
        or names_place(flat)
        or speaks(flat)
        or is_attendance(flat)
        or looks_like_column(flat)
        or series_name(flat)
        # (running on into the next line: the headline's own first line, wrapped)
        or _phrase_goes_on(first, rest[0], label_under=False)
        or _phrases(first)  # (a kicker's two phrases: 打好某某牌 挺起某某脊梁)
    ):
        return None
    told = squash("".join(rest) + draft.body)
    if word_share(flat, told) > 0:
        return None
    if sum(w in told for w in search_words(flat)) >= T.BANNER_PARTS_TOLD:
        return None  # (春节假期文艺演出红火 over a story of 春节 and 演出: its kicker)
    if (
        before is not None
        and not before.heads
        and max(word_share(flat, before.body), word_share(rest[0], before.body))
        >= T.BANNER_REPORTED_BEFORE
    ):
        # (its own words, or those of the line under it: the headline of the
        # story printed before, over its text, with its kicker on top)
        return None
    draft.heads = draft.heads[1:]
    return " ".join(first.split())


def _supplement_over_label(draft: Draft) -> str | None:
    """A supplement's name (湘江副刊) over a column's label over a headline,
    apart or set tight over the label: the page's name, furniture; the label
    under it is the piece's column."""
    if draft.dateline or not draft.heads:
        return None
    heads = draft.heads
    if len(heads[0]) == 2 and len(heads) >= 2:
        name, label, rest = heads[0][0], [heads[0][1]], heads[1:]
    elif len(heads[0]) == 1 and len(heads) >= 3:
        name, label, rest = heads[0][0], heads[1], heads[2:]
    else:
        return None
    first = squash(name.raw)
    flat = squash("".join(line.raw for line in label))
    if not SECTION_NAME.search(first) or len(first) > LABEL_MAX:
        return None
    if not (label_shaped(flat) or two_character_label(flat) or series_name(flat)):
        return None
    draft.heads = [label, *rest]
    return first


#: What a page of coverage is headed with: 聚焦 and the event or campaign.
_COVERAGE_BANNER = re.compile(r"^聚焦[^，。,；;：:]{2,14}$")


def _page_banner(draft: Draft, drafts: list[Draft]) -> str | None:
    """The page's first line naming what the page's coverage follows
    (聚焦全国两会, 聚焦省两会), over a dated report's own headline: the
    banner of the page, page furniture, not that report's kicker or column."""
    if not draft.dateline or draft.kind == ArticleKind.PHOTO or len(draft.heads) < 2:
        return None
    first = draft.heads[0]
    flat = squash("".join(line.raw for line in first))
    if len(first) != 1 or not _COVERAGE_BANNER.match(flat):
        return None
    if first[0].no != min((min(d.lines) for d in drafts if d.lines), default=-1):
        return None  # (not the page's first line)
    draft.heads = draft.heads[1:]
    return flat


def _section_names_over_label(draft: Draft, drafts: list[Draft]) -> list[str]:
    """Words of two printed a line each at the page's top over a column's
    label and the first piece's title (评论 / 理论 / 湘江潮评 / title): the
    names of the page's sections, page furniture, taken off and returned;
    the label right over the title is the column."""
    if draft.dateline or len(draft.heads) < 3 or not draft.lines:
        return []
    if min(draft.lines) != min((min(d.lines) for d in drafts if d.lines), default=-1):
        return []  # (not the page's first line)
    flats = [squash("".join(line.raw for line in unit)) for unit in draft.heads]
    k = 0
    while k < len(flats) - 2 and len(draft.heads[k]) == 1 and two_character_label(flats[k]):
        k += 1
    if k == 0 or not (label_shaped(flats[k]) and looks_like_column(flats[k])):
        return []
    draft.heads = draft.heads[k:]
    return flats[:k]


def take_labels(
    draft: Draft, drafts: list[Draft], me: int, recurring: frozenset[str] = frozenset()
) -> list[str]:
    """A story's campaign banner and column label taken off its headline
    (``take_banner``, ``take_column``); the banners are returned, page
    furniture. A banner may be printed under a label the column takes (三湘观察
    closing the commentary above, then 会议 over the next report's stack)."""
    banners = []
    if (banner := _supplement_over_label(draft)) is not None:
        banners.append(banner)
    if (banner := _page_banner(draft, drafts)) is not None:
        banners.append(banner)
    banners.extend(_section_names_over_label(draft, drafts))
    before = drafts[me - 1] if me > 0 else None
    if (banner := take_banner(draft, before)) is not None:
        banners.append(banner)
    take_column(draft, drafts, me, recurring)
    if (banner := take_banner(draft, before)) is not None:
        banners.append(banner)
    return banners


def take_column(
    draft: Draft, drafts: list[Draft], me: int, recurring: frozenset[str] = frozenset()
) -> None:
    """A column label (栏目) printed on its own short line above a headline, or
    under it, belongs to the story as ``column``: of this story or, when its
    words are the previous story's, of that one."""
    _label_closing(draft)
    _label_on_title_line(draft, recurring)
    if len(draft.heads) < 2:
        return
    if _label_over_dash(draft):
        return
    if _notice_titled_under_its_issuer(draft):
        return  # (湖南日报社 / 招聘启事: the notice's title on two lines, no label)
    if _label_after(draft, recurring):
        _label_above_too(draft, drafts, me)
        return
    first = "".join(line.raw for line in draft.heads[0])
    if squash(first) in recurring and len(draft.heads[0]) == 1 and not draft.dateline:
        # (a name the page prints over more than one piece is their column's,
        # whatever the length of the title under it: 湘江 / 橘子洲头的早晨)
        _drop_label(draft, squash(first))
        draft.column = squash(first)
        return
    if _named_column(squash(first), draft.body):
        # (an editor's note opening the column: 本报推出“某某”栏目)
        _drop_label(draft, squash(first))
        draft.column = squash(first)
        return
    if letters_label(squash(first)) and not draft.dateline:
        # (readers' letters run under their label, whatever words of it a
        # letter uses: 读者来信 over a letter about a reader's street)
        _drop_label(draft, squash(first))
        draft.column = squash(first)
        return
    if speaks(first) or studies_spirit(first):
        # a speaker's report (某某在…时强调) is a kicker, no column's name; so
        # is a study piece's (学习贯彻…精神)
        return
    if draft.column and not SECTION_NAME.search(draft.column) and series_name(first):
        return  # a series' name under the column's label (no page's name) is the kicker
    if _over_handing_kicker(draft, first):
        # The kicker is the line under it, handing over to the title with a
        # dash (…村庄美—— / 一个苗寨的…): a short line over them names the
        # series or column the piece runs in.
        _drop_label(draft, squash(first))
        draft.column = squash(first)
        return
    rest = ["".join(line.raw for line in h) for h in draft.heads[1:]]
    flat = squash(first)
    if names_place(flat):
        return  # a place named over a headline is its kicker (岳阳市 / …), no column
    if flat.endswith(HANDS_OVER):
        return  # a line handing over to the next (…这样干—— / 稳字当头…) is its kicker
    if _ASKS.search(flat):
        return  # a line that asks (基层看病难怎么破) is a kicker: no column's name asks
    if flat.startswith(VISIT_VERBS) and len(flat) >= T.VISIT_KICKER_MIN:
        # Where a reporter went, longer than a series' label (走进产业园区,
        # 走进乡村振兴一线): the kicker (探访某某县易地扶贫搬迁安置点 / …), no column.
        return
    if len(rest) == 1 and DASH_LED.match(squash(rest[0])) and not looks_like_column(flat):
        return  # a title over its dash-led subtitle (守水人 / ——记…), however short
    if (
        len(rest) == 1
        and ASKS_END.search(squash(rest[0]))
        and len(squash(rest[0])) <= T.QUESTION_TAIL_MAX
    ):
        return  # a title's first line over its question's last words (…之后 / 看什么)
    if (
        len(rest) == 2
        and not draft.dateline
        and squash(rest[0]).startswith(VISIT_VERBS)
        and len(squash(rest[0])) >= T.VISIT_KICKER_MIN
        and not flat.startswith(VISIT_VERBS)
    ):
        # Where the reporter went is the kicker under it (基层治理新实践 /
        # 探访某市…模式 / title): the line over the kicker names the series.
        _drop_label(draft, flat)
        draft.column = flat
        return
    if _phrase_goes_on(first, rest[0], label_under=False) and not looks_like_column(flat):
        return  # a headline's first line, wrapped: no label
    if not draft.dateline and not draft.column and _label_over_kicker_and_title(flat, rest):
        _drop_label(draft, flat)
        draft.column = flat
        return
    # (a title and its subtitle on one line, apart or after a dash, are whole)
    # (not the spaces the extraction sets round a figure: 长沙 47 个片区…)
    complete = len(rest) >= 2 or any(len(phrases(r)) > 1 or "——" in r for r in rest)
    # A label stands over an undated piece (commentary, essay, feature).
    shaped = (
        label_shaped(first) or two_character_label(first) or series_name(first)
    ) and not draft.dateline
    unlike = (
        not complete
        or len(flat) > 16
        or any(c.isdigit() or c in '“”「」"' for c in flat)
        # (a label is one phrase; a line of two is a headline's, unless a
        # campaign's slogan of like phrases whose words the story never uses)
        or (_phrases(first) and not (_slogan(first) and _standing_title(first, draft)))
    )
    if unlike and not shaped and not looks_like_column(flat) and not two_character_label(first):
        return
    if complete and _slogan(first) and not draft.dateline:
        # A campaign's slogan of like phrases over a whole stack (学党史 悟思想
        # 办实事 开新局): the series the piece runs in, whatever words of it
        # the story uses.
        _drop_label(draft, flat)
        draft.column = " ".join(first.split())  # (its phrases kept apart, as printed)
        return
    prev = drafts[me - 1] if me > 0 else None
    if (
        prev
        and not prev.column
        and not prev.dateline
        and flat in squash(prev.body)
        and flat not in squash(draft.body)
    ):
        _drop_label(draft, flat)
        prev.column = flat
        return
    if draft.dateline:
        # A column heads commentary, essays and features, never a dated news
        # story: a label above one closes the undated piece printed before it.
        if not _standing_title(first, draft):
            return
        if BRIEFS_COLUMN.search(flat):
            # (a run of briefs' label heads the briefs under it, never closes
            # the piece above)
            _drop_label(draft, flat)
            draft.column = flat
        elif prev and not prev.column and not prev.dateline and prev.kind != ArticleKind.PHOTO:
            _drop_label(draft, flat)
            prev.column = flat
        elif OPINION_COLUMN.search(flat):
            _drop_label(draft, flat)
            draft.column = flat
        # (else a series' name over a dated report, 聚焦…, is the report's kicker)
        return
    # Of a label's shape, a line above a headline is a label even when a word
    # of it is the story's (振兴路上 over a story of 乡村振兴).
    share = T.LABEL_ABOVE_WORDS_IN_BODY if shaped else T.LABEL_WORDS_IN_BODY
    if not (
        (_over_full_stack(rest) or _over_two_longer(flat, rest)) and shaped
    ) and not _standing_title(first, draft, share):
        return
    _drop_label(draft, flat)
    draft.column = flat


def _notice_titled_under_its_issuer(draft: Draft) -> bool:
    """Two headline lines, the second a notice's kind (招聘启事, 公告) and the
    first who issues it, no predicate in it: a notice's title set on two
    lines."""
    if len(draft.heads) != 2 or draft.dateline:
        return False
    first, last = (squash("".join(line.raw for line in h)) for h in draft.heads)
    # (a page's own call for entries, 本版征稿, is issued by no one named over
    # it; a column's name over a notice, 观点 / 来稿须知, labels it)
    return (
        bool(NOTICE_TITLE.search(last))
        and len(last) <= 6
        and not last.endswith("版征稿")
        and not says_something(first)
        and not looks_like_column(first)
    )


def _named_column(flat: str, body: str) -> bool:
    """Does the text call the line over it a column (推出“某某”栏目)?"""
    if not flat or len(flat) > T.SERIES_LABEL_MAX:
        return False
    return f"“{flat}”" in _COLUMN_NAMED.findall(squash(body))


#: A column named in its text: “某某”栏目, “某某”专栏, “某某”系列报道.
_COLUMN_NAMED = re.compile(r"(“[^“”]{2,16}”)(?:栏目|专栏|系列)")

#: The label readers' letters run under (读者来信, 群众来信, 来信选登).
_LETTERS_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}来信(?:选登|摘登)?")


def letters_label(flat: str) -> bool:
    """The label readers' letters run under (读者来信, 群众来信选登)."""
    return bool(_LETTERS_LABEL.fullmatch(flat))


#: The words of a question (怎么破, 如何…, 为何…).
_ASKS = re.compile(r"怎么|怎样|如何|为何|为什么|何以|咋")


def _label_above_too(draft: Draft, drafts: list[Draft], me: int) -> None:
    """The column's label printed under the title and again over it, or
    another column's name over it: the line over it is the label of the
    undated piece before, set after its text (a commentary's 潇湘时评 under
    its body, the next one's under its title)."""
    first = squash("".join(line.raw for line in draft.heads[0])) if draft.heads else ""
    prev = drafts[me - 1] if me > 0 else None
    if (
        len(draft.heads) >= 2
        and prev is not None
        # (another column's name: only after a piece its writer signed)
        and (
            first == draft.column
            or (looks_like_column(first) and bool(prev.byline) and "记者" not in prev.byline)
        )
        and not prev.column
        and not prev.dateline
        and prev.kind != ArticleKind.PHOTO
    ):
        draft.heads = draft.heads[1:]
        prev.column = first


def _over_handing_kicker(draft: Draft, first: str) -> bool:
    """The first headline line, a short phrase of characters, stands over a
    kicker that ends on a dash with a title under it."""
    flat = squash(first)
    under = draft.heads[1]
    kicker = squash(under[0].raw)
    handing = (
        kicker.endswith("——")
        and kicker != "——"  # (a kicker's dash wrapped alone under it)
        and (len(under) > 1 or len(draft.heads) > 2)
    )
    if not (
        handing
        and len(flat) <= T.SERIES_LABEL_MAX
        and all(is_cjk(c) or c == "·" for c in flat)
        and not DASH_LED.match(flat)
    ):
        return False
    # (no kicker wrapped over two lines: …招引项目 / 与培育企业统筹推进——)
    tags = [t.flag for t in pos_tags(kicker) if t.flag != "x"]
    opens_mid = bool(tags) and tags[0].startswith(OPEN_ENDS)
    return not opens_mid and not _phrase_goes_on(first, kicker, label_under=False)


def _label_over_dash(draft: Draft) -> bool:
    """A column's or series' name printed between a title and its dash-led
    subtitle (在…里追梦 / 科技工作者风采 / ——记…): the column, not a line of
    the title."""
    if draft.column or draft.dateline or len(draft.heads) < 3:
        return False
    texts = [squash("".join(li.raw for li in unit)) for unit in draft.heads]
    label = texts[-2]
    if not (
        DASH_LED.match(texts[-1])
        and looks_like_column(label)
        and len(label) <= T.SERIES_LABEL_MAX
        and all(is_cjk(c) or c in "·・" for c in label)
    ):
        return False
    del draft.heads[-2]
    draft.column = label
    return True


def _drop_label(draft: Draft, flat: str) -> None:
    """Take the label off the headline, and its copy over the headline (a
    label drawn twice for a bold effect comes out as two lines; a copy with
    nothing under it is the headline's own line)."""
    draft.heads = draft.heads[1:]
    copies = 0
    while (
        copies < len(draft.heads) and squash("".join(li.raw for li in draft.heads[copies])) == flat
    ):
        copies += 1
    if copies < len(draft.heads):
        draft.heads = draft.heads[copies:]


def _label_over_kicker_and_title(flat: str, rest: list[str]) -> bool:
    """A name of one phrase over a kicker and a title of an undated piece
    (基层治理新观察 / 一个社区的某某实践 / title): the series it runs in. A
    headline has no part over its kicker; a dash-led subtitle is no kicker."""
    pieces = [p for p in rejoin_broken([squash(r) for r in rest]) if not DASH_LED.match(p)]
    core = re.sub(r"[“”·・]", "", flat)
    return (
        len(pieces) >= 2
        and len(core) <= T.STACK_LABEL_MAX
        # (where the reporter went, or a phrase tied by 的, is a kicker's:
        # 走进某某 / title / subtitle, 一个山村的“某某经” / title / subtitle)
        and not flat.startswith(VISIT_VERBS)
        and "的" not in flat
        and not opens_on_place(flat)  # (某县深耕某产业: what a place did)
        and all(is_cjk(c) for c in core)
        and not any(is_attendance(p) for p in pieces)
    )


def _over_full_stack(rest: list[str]) -> bool:
    """Three pieces or more under a line (kicker, title, subtitle or a title
    set on two lines): a headline has no fourth part, so a line of a label's
    shape over them is the column's name, however much of the story it names
    (走进… over a report from the place)."""
    return len(rejoin_broken([squash(r) for r in rest])) >= 3


def _over_two_longer(flat: str, rest: list[str]) -> bool:
    """A short line over two pieces each at least twice its length (走进产业园区
    / 长沙经开区智能制造调查 / 机器人进车间…): a kicker and a title under a
    column's name; a kicker that short heads a title alone."""
    pieces = rejoin_broken([squash(r) for r in rest])
    return (
        len(pieces) == 2
        and not any(is_attendance(p) or DASH_LED.match(p) for p in pieces)
        and all(len(p) >= T.LABEL_OVER_TWO_RATIO * len(flat) for p in pieces)
    )


def _phrases(text: str) -> bool:
    """Two phrases or more set apart by a space (抓住冬春黄金期 加快补齐水利短板)."""
    parts = text.split()
    return len(parts) >= 2 and sum(len(p) >= T.PHRASE_MIN for p in parts) >= 2


def word_share(text: str, body: str) -> float:
    """Share of the words of ``text`` found in ``body``."""
    own = words(text)
    flat = squash(body)
    return sum(w in flat for w in own) / len(own) if own else 0.0


def _standing_title(text: str, draft: Draft, share: float = T.LABEL_WORDS_IN_BODY) -> bool:
    """A kicker reports this story (its names and words are in the body); a
    column label is a standing title whose words mostly are not. An opinion
    column's name is one whatever it says; a label of another column word
    whose topic the story reports (复工复产一线观察 over a story of 复工复产)
    is a series' kicker."""
    flat = squash(text)
    if OPINION_COLUMN.search(flat):
        return True
    if series_name(flat):
        return True
    if looks_like_column(flat):
        if len(flat) <= LABEL_MAX or flat.startswith(("聚焦", "走基层")):
            # A column's name (三湘观察); a series named for what it follows
            # (聚焦…) holds its stories' words. Longer, only if not the story's.
            return True
        word = COLUMN_WORDS.search(flat)
        text = flat[: word.start()] + flat[word.end() :] if word else flat  # its topic alone
    return word_share(text, draft.body) < share


#: Parts of speech (jieba's) a name cannot open on (an adverb, a
#: preposition, a conjunction: 更实, 和…).
_NO_NAME_START = ("d", "p", "c", "u")


def _phrase_goes_on(above: str, under: str, *, label_under: bool = True) -> bool:
    """The line ``under`` goes on the phrase of the line above it: a word
    runs over the break, or the line above stops where no phrase can (on a
    particle, a preposition, a conjunction: 民生实事要办得 / 更实). Where the
    line taken for a label is the lower one, also: the line above holds a
    preposition's phrase and no verb (以“新常态”的眼光 / 谋发展), or the lower
    line opens as no name does (on an adverb: 更实)."""
    top, bottom = squash(above), squash(under)
    if not top or not bottom:
        return False
    # (under a label's line, a word merely readable over the break is no
    # proof: 观点速递 / 给… reads 递给; the word must be sure)
    if joins_word(top, bottom) and (label_under or word_across(top, bottom) >= T.LABEL_CUT_WORD):
        return True
    tagged = [t for t in pos_tags(top) if t.flag != "x"]
    if tagged and tagged[-1].flag.startswith(OPEN_ENDS):
        return True
    if not label_under:
        return False
    if tagged and tagged[0].flag == "p" and not any(t.flag == "v" for t in tagged[1:]):
        return True
    first = pos_tags(bottom)[0]
    return first.flag.startswith(_NO_NAME_START)


def says_what_is_done(text: str) -> bool:
    """A headline's last phrase, no column's name: it holds an adverb (同步推进,
    一户也不落下); a label names its column, it does not say what is done."""
    return any(word.flag == "d" for word in pos_tags(squash(text)))


def _named_under_dash(flat: str, dash: str) -> bool:
    """A line that can only be a name when printed under a dash-led subtitle,
    which closes a stack (——记某某 / 最美基层工作者): one phrase of
    characters, shorter than the subtitle, no person's name, no one
    attending. (The rest of a subtitle wrapped, ——记某新区 / 一家…的年轻团队,
    describes: it holds 的, or runs longer than the line it finishes.)"""
    return (
        LABEL_MIN <= len(flat) < len(dash)
        and "的" not in flat
        and all(is_cjk(c) or c in "·・" for c in flat)
        and not is_name_line(flat)
        and not is_attendance(flat)
    )


def _signed_under_label(draft: Draft, last: str) -> bool:
    """A writer's bare name under the column's label under the title
    (title / 三湘时评 / 某某某, then the text): the piece's byline and its
    column; no column is named after a person."""
    if len(draft.heads) < 3 or draft.byline or draft.dateline:
        return False
    above, flat = squash("".join(line.raw for line in draft.heads[-2])), squash(last)
    if not (label_shaped(above) and looks_like_column(above)):
        return False
    # (a name of a rare surname no list holds, 奉某某: a short line of no
    # column's words and none of the text's, in the writer's place)
    named = is_name_line(last.strip()) or (
        T.BARE_NAME_MIN <= len(flat) <= T.BARE_NAME_MAX
        and all(is_cjk(c) for c in flat)
        and not looks_like_column(flat)
        and word_share(flat, draft.body) == 0
    )
    if not named:
        return False
    draft.byline = squeeze_names(last.strip())
    draft.column = above
    draft.heads = draft.heads[:-2]
    return True


def _label_after(draft: Draft, recurring: frozenset[str] = frozenset()) -> bool:
    """A label printed under the headline of an undated piece (column pages
    print the label where the column's frame puts it)."""
    last = "".join(line.raw for line in draft.heads[-1])
    if _signed_under_label(draft, last):
        return True
    # Of two characters (新论, 观点), only under the title of a signed piece,
    # over its signature: a title's last word left alone is no story's label.
    two = two_character_label(last) and bool(draft.byline) and "记者" not in draft.byline
    above = "".join(line.raw for line in draft.heads[-2])
    # A column's name under a dash-led subtitle, which ends a stack, however
    # long and whatever words of the story it holds (小城镇里的… / ——某市…
    # 见闻 / 新型城镇化观察).
    # (so is a two-character label there: 人物 under ——记某某, whose name
    # closes the subtitle whole)
    named = bool(DASH_LED.match(squash(above))) and (
        looks_like_column(squash(last))
        or _named_under_dash(squash(last), squash(above))
        or two_character_label(last)
    )
    if draft.dateline or not (label_shaped(last) or two or named):
        return False
    if ASKS_END.search(squash(last)):
        return False  # (a question's last words close the title: 全运会之后 / 看什么)
    if not named and not _standing_title(last, draft) and squash(last) not in recurring:
        return False
    first = squash("".join(line.raw for line in draft.heads[0]))
    if (
        looks_like_column(first)
        and not looks_like_column(squash(last))
        and squash(last) not in recurring
    ):
        # the column's label heads the stack (潇湘快评 / 秋收更要秋管); a name
        # the page prints under more than one title is a label, though
        # (某某观点 / title / 一家之言 / 某某: the first closes the piece above)
        return False
    if (
        len(draft.heads) == 2
        and (label_shaped(first) or two_character_label(first))
        and not looks_like_column(squash(last))
        and similarity(first, draft.body) <= similarity(last, draft.body)
    ):
        # Two lines of a label's shape: the one the text reads less is the
        # column's, heading the stack (湘江 / 老屋场的灯 over an essay of the
        # old 屋场's lamp), where no word of either is the dictionary's; when
        # the text reads neither (a poem's), the label is the one on top.
        return False
    if (
        _phrase_goes_on(above, last)
        and not looks_like_column(squash(last))
        and squash(last) not in recurring
    ):
        return False  # the headline's last words left alone on a line
    if says_what_is_done(last) and not looks_like_column(squash(last)):
        return False  # the headline's last phrase (一户也不落下), no column's name
    draft.heads = draft.heads[:-1]
    draft.column = squash(last)
    return True
