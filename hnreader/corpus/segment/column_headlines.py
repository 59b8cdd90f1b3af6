"""Column pages: headline zones cut into stacks, each stack given to the body it heads.

A zone is the run of display lines printed between two stretches of body
text: the headline stacks of one or more stories (printed after their body,
before it, or bunched elsewhere on the page), column labels, and bylines set
under a title. The passes:

1. ``read_zone``: what each line of a zone is (a headline line, a column
   label, a signature, a "某某出席" line); a headline's last word left alone
   on a line goes back to its line;
2. ``Affinity``: how much each headline line talks about each body, and
   where the zone stands from it (right after its end, right before its
   start);
3. ``best_stacks``: the zone cut into stacks by dynamic programming, each
   stack given to one body or to none: the cut that explains its lines best.
   A signature closes a stack, a label opens one, a "某某出席" line ends one;
4. ``assign``: the stacks of every zone, one stack a body. Where two stacks
   claim one body, the stronger keeps it and the other zone is cut again
   without that body; a second round gives the lines still unclaimed to the
   bodies still without a headline, on weaker evidence;
5. ``_leftovers``: a stack no body took cuts off the story it names from the
   end of the body printed before it (two stories run together), a lone
   label labels its undated neighbour, and the rest is kept as a fragment;
6. ``_apply``: stacks become each draft's headline pieces, label and byline.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..match import PERSON_TAGS, Evidence, bigrams, joins_word, pos_cut, pos_tags, similarity, words
from ..model import ArticleKind
from ..reflow import ends_sentence, is_cjk, squash, squeeze, squeeze_names, width
from . import thresholds as T
from .continuation import End, Start, end_of, start_of
from .draft import Draft, Para
from .headlines import (
    ENDS_ON_FIGURE,
    carries_quantity,
    causative_wrapped,
    closes_on_count,
    closes_on_event,
    closes_piece,
    couplet,
    frame_wrapped,
    is_attendance,
    leans_on_line_above,
    quantity_alone,
    reports_event,
    speaks,
    start_tag,
    undouble,
)
from .hunan_words import names_place, opens_on_place
from .joins import word_across
from .kinds import Opener, ZonePart
from .lines import Line
from .patterns import (
    ASKS_END,
    AUTHOR_NOTE,
    BRACKETED_LABEL,
    BRIEFS_COLUMN,
    COMMENTATOR_NAMED,
    DASH_LED,
    GENRE_LABEL,
    HANDS_OVER,
    NAMES,
    NOTICE_KINDS,
    NOTICE_TITLE,
    ROLE_AMONG_NAMES,
    WHEN_DONE,
    WRITER_SIGN,
    is_byline,
    is_name_line,
    journey_series,
    looks_like_column,
    names_notice,
    notice_apart,
    series_name,
)
from .roles import (
    LABEL_MIN,
    article_kind,
    column_of_two,
    label_shaped,
    letters_label,
    says_what_is_done,
    two_character_label,
    word_share,
)
from .vocabulary import (
    ANY_SURNAME,
    COMPOUND_SURNAMES,
    COUNT_BEFORE_NOUN,
    DANGLING_END,
    OPEN_MODIFIER_END,
    PREDICATE_OPENERS,
    SUBJECT_START,
    SUBJECTLESS_START,
    VISIT_VERBS,
)
from .widths import steps


@dataclass(slots=True)
class Zone:
    """Headline lines printed between two stretches of body text."""

    lines: list[Line]
    before: int  # draft whose body ends just before (-1: none)
    after: int = -1  # draft whose body starts just after
    # the stack was printed under the writers of the draft after it, which
    # opened on them: its own, whatever text elsewhere its words recall
    under_writers: bool = False


@dataclass(slots=True)
class Part:
    """One printed element of a zone: a headline line (with its last word if
    that was wrapped alone), a label, a signature (a role line and its
    names), or a "某某出席" line."""

    kind: ZonePart
    lines: list[Line]
    #: where a line that is the rest of a word cut at the break above starts:
    #: each such line weighs as evidence of its own (a stack's evidence sums
    #: its lines, and the piece would be lines had the column been wider)
    rests: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(li.raw for li in self.lines)

    def pieces(self) -> list[str]:
        cuts = [0, *self.rests, len(self.lines)]
        return ["".join(li.raw for li in self.lines[a:b]) for a, b in itertools.pairwise(cuts)]


@dataclass(slots=True)
class Stack:
    """Headline lines of one zone given to one body (``body`` -1: to none)."""

    zone: int
    first: int  # index of its first headline part in the zone's parts
    last: int  # index of its last headline part
    body: int
    gain: float  # how much better than leaving the lines to no body
    parts: list[int] = field(default_factory=list)  # every part it holds, labels included


def assign_headlines(drafts: list[Draft], zones: list[Zone], lines: Sequence[Line] = ()) -> None:
    """Give each headline stack to the body it heads. Where two stacks claim
    one body whose first paragraphs are one's and last paragraphs the
    other's, two stories ran together: the body is cut and read again."""
    # (the page's lines do not change between rounds: read them once)
    recurring = _recurring(lines)
    after = {line.no: nxt for line, nxt in itertools.pairwise(lines)}
    before = {nxt.no: line for line, nxt in itertools.pairwise(lines)}
    split_by: set[tuple[int, int, int]] = set()
    for round_ in range(T.SPLIT_ROUNDS + 1):
        targets = [k for k, d in enumerate(drafts) if _takes_headline(d)]
        standing = functools.partial(
            _standing, bodies=[drafts[k].body for k in targets], recurring=recurring
        )
        read = [
            read_zone(
                zone,
                standing,
                recurring,
                dated_below=_dated_below(drafts, zone),
                under=_line_under(zone, after),
                closed_above=_closed_above(zone, before),
            )
            for zone in zones
        ]
        affinity = Affinity(drafts, targets, _under_writers(drafts, zones, read))
        contests: list[tuple[Stack, Stack]] = []
        stacks = assign(zones, read, affinity, targets, contests)
        # (the headlines are given again after the last cut too)
        if round_ == T.SPLIT_ROUNDS:
            break
        cut = next(
            (
                r
                for k, r in contests
                # (a stack heads one story: once it has cut a body, it cuts no other)
                if _place(r) not in split_by
                and not _rest_over_dateline(drafts, zones, read, stacks, r)
                and not _joined_another_stack(zones, read, affinity, stacks, k, r)
                and not _signed_body_under(zones, read, affinity, r)
                and _split_run_together(drafts, zones, read, k, r)
            ),
            None,
        )
        if cut is None:
            break
        split_by.add(_place(cut))
    raw = {line.no: line.raw for line in lines}
    stacks = _leftovers(drafts, zones, read, stacks, raw)
    _apply(drafts, zones, read, stacks)


def _place(stack: Stack) -> tuple[int, int, int]:
    """Where a stack is printed: its zone and its first and last parts."""
    return stack.zone, stack.first, stack.last


def _signed_body_under(
    zones: list[Zone], read: list[list[Part]], affinity: Affinity, stack: Stack
) -> bool:
    """The stack closes its zone right over another body, one opening on its
    commentator's line (三湘时论 / title / 湖南日报评论员 某某 / text): that piece's stack,
    whatever words it shares with the body it claimed (…稳住外贸基本盘 over
    a report closing on 稳住就业基本盘), so that body is no two stories run
    together."""
    below = zones[stack.zone].after
    return (
        stack.last == len(read[stack.zone]) - 1
        and below != stack.body
        and below in affinity.commentators
    )


def _under_writers(drafts: list[Draft], zones: list[Zone], read: list[list[Part]]) -> set[int]:
    """Undated bodies printed right under a writer's signature that names no
    reporter (本报评论员 / 某某, or a bare name): pieces of opinion."""
    return {
        zone.after
        for zone, parts in zip(zones, read, strict=True)
        if zone.after >= 0
        and not drafts[zone.after].dateline
        and parts
        and _writers_sign(parts[-1])
    }


def _writers_sign(part: Part | None) -> bool:
    """A signature of a writer who is no reporter: 本报评论员 / 某某, a bare name."""
    return (
        part is not None
        and part.kind == ZonePart.SIGN
        and "记者" not in part.text
        and _names_someone(part)
    )


def _takes_headline(draft: Draft) -> bool:
    """A body that may take a headline stack: not a photo, not a continuation
    (上接…: its headline is on the first page), not one that has its own."""
    return (
        draft.kind != ArticleKind.PHOTO
        and bool(draft.paras)
        and draft.starts_with != Opener.JUMP
        and not draft.heads
    )


# --- 1. what each line of a zone is -------------------------------------------


def _dated_below(drafts: list[Draft], zone: Zone) -> bool:
    """The story printed right under the zone opens on its dateline."""
    return 0 <= zone.after < len(drafts) and drafts[zone.after].starts_with == Opener.DATELINE


def _line_under(zone: Zone, after: dict[int, Line]) -> str:
    """The line printed right under the zone ("" at the page's end)."""
    nxt = after.get(zone.lines[-1].no) if zone.lines else None
    return nxt.raw if nxt is not None else ""


def _closed_above(zone: Zone, before: dict[int, Line]) -> bool:
    """The line printed right over the zone ends a sentence."""
    above = before.get(zone.lines[0].no) if zone.lines else None
    return above is not None and ends_sentence(squash(above.raw))


def read_zone(
    zone: Zone,
    standing,
    recurring: frozenset[str] = frozenset(),
    dated_below: bool = False,
    under: str = "",
    closed_above: bool = False,
) -> list[Part]:
    """The parts of a zone; ``standing(text)`` tells a standing title (a column
    label's words are in no story of the page; a headline's are in its story);
    ``recurring`` holds the label-shaped lines the page prints more than once;
    ``dated_below``: the story under the zone opens on its dateline;
    ``under``: the line printed right under the zone; ``closed_above``: the
    line printed right over it ends a sentence."""
    signed_below = is_byline(under)
    essay_below = bool(WRITER_SIGN.match(squash(under)))  # (文丨某某: an essay's writer)
    parts: list[Part] = []
    for k, line in enumerate(zone.lines):
        text = line.raw
        last = parts[-1] if parts else None
        nxt = zone.lines[k + 1].raw if k + 1 < len(zone.lines) else ""
        # (over the zone's last line, a title an essay's writer signs right
        # under: 读书 / 一本书里的… / 文丨某某; a story may use the word too)
        names_essays_column = (
            essay_below and k + 2 == len(zone.lines) and _column_over_essay(text, nxt)
        )
        if (
            dated_below
            and not nxt
            and last
            and last.kind == ZonePart.HEAD
            and not is_byline(text)
            and is_name_line(text.strip())
            and len(squash(text)) <= T.WRAPPED_WORD_MAX
            and not _read_as_name(squash(text))
            and not _closed_by_mark(last.lines[-1])
            # (a column's label over the title: a commentary, signed)
            and not _writer_closing_labelled(parts, last, line)
        ):
            # (a dated report names its writers in its dateline: a word left
            # under its headline that only looks like a name, 向北流, ends it;
            # a name read as one, 彭健, signs the commentary printed above)
            last.lines.append(line)
        elif BRACKETED_LABEL.fullmatch(squash(text)):
            parts.append(Part(ZonePart.LABEL, [line]))  # (【奋进新征程】: a frame's label)
        elif names_notice(text) and last and last.kind == ZonePart.HEAD:
            parts.append(Part(ZonePart.HEAD, [line]))  # (a notice's title: no line's wrap)
        elif is_byline(text):
            if last and last.kind == ZonePart.SIGN and _goes_on_sign(last, line):
                last.lines.append(line)
            else:
                parts.append(Part(ZonePart.SIGN, [line]))
        elif (
            last
            and last.kind == ZonePart.SIGN
            and (_names_of_sign(last, line) or _goes_on_sign(last, line))
        ):
            last.lines.append(line)  # a byline broken between its role and names, or two names
        elif (
            last
            and last.kind == ZonePart.HEAD
            and line.gap <= 1
            and _closes_quote_left_open(squash(last.lines[-1].raw), squash(text))
        ):
            last.lines.append(line)  # (…当起“小巷 / 总理”: one headline's quotation)
        elif (
            last
            and last.kind == ZonePart.HEAD
            # (a name closing the zone, or over the next piece's column label,
            # signs the piece whose title it stands under)
            and not ((not nxt or looks_like_column(squash(nxt))) and _name_signing(last, line))
            and not (is_name_line(text) and _closed_by_mark(last.lines[-1]))
            and not (not nxt and _writer_closing_labelled(parts, last, line))
            and _word_left_alone(last.lines[-1], line)
            # (a label the page prints over other pieces too is no word wrapped)
            and squash(text) not in recurring
            and not _opens_series(line, zone.lines[k + 1] if k + 1 < len(zone.lines) else None)
            and not _tight_under_apart(line, zone.lines[k + 1] if k + 1 < len(zone.lines) else None)
            and not _label_over_signed_title(last.lines[-1], zone.lines[k:], under)
            and (
                line.gap == 0  # set tight under it
                or (
                    # (a place named alone under a line that asks for no
                    # place is the kicker of the next stack: 岳阳 /
                    # 洞庭湖区堤防加固工程…)
                    _wants_place(squash(last.lines[-1].raw))
                    if nxt and names_place(text)
                    else _left_wanting(squash(last.lines[-1].raw), squash(text))
                    or not standing(text)
                    or _lone_verb(squash(text))  # (…深度融合 / 发展: too common to weigh)
                )
            )
        ):
            last.lines.append(line)
        elif (
            last
            and last.kind == ZonePart.HEAD
            and line.gap <= 1
            and quantity_alone(text)
            and not ENDS_ON_FIGURE.search(squash(last.lines[-1].raw))
        ):
            last.lines.append(line)  # the figure a headline line wrapped (…完成投资 / 逾百亿元)
        elif (
            last
            and last.kind == ZonePart.HEAD
            and line.gap <= 1
            and _figure_broken(squash(last.lines[-1].raw), squash(text))
        ):
            last.lines.append(line)  # a figure broken between its digits (…突破600 / 0万)
        elif (
            last
            and last.kind == ZonePart.HEAD
            and line.gap <= 1
            and _predicate_under(last.text, line)
        ):
            last.lines.append(line)  # a subject or a time frame, its predicate under it
        elif (
            last
            and last.kind == ZonePart.HEAD
            and squash(last.lines[-1].raw).endswith((*HANDS_OVER, "，", ","))
            and not is_byline(text)
        ):
            # a dash or colon hands the line over to the next; a comma leaves
            # its clauses going on (物业退场之后， / 居民自己管起了家)
            last.lines.append(line)
        elif last and last.kind == ZonePart.HEAD and _rest_after_cut_word(last.lines[-1], line):
            last.rests.append(len(last.lines))
            last.lines.append(line)
        elif (
            last
            and last.kind == ZonePart.HEAD
            and line.gap <= 1
            and (
                frame_wrapped(squash(last.text), squash(text))
                or causative_wrapped(squash(last.lines[-1].raw), squash(text))
            )
        ):
            last.lines.append(line)  # a speaker's or a causative frame set on two lines
        elif last and last.kind == ZonePart.HEAD and is_attendance(text):
            parts.append(Part(ZonePart.ATTEND, [line]))
        elif _label_over_title_signed(zone.lines, k, closed_above):
            # (a two-character label opening the zone under finished text,
            # over a title and its writer: 锐见 / title / 某某)
            parts.append(Part(ZonePart.LABEL, [line]))
        elif not nxt and WRITER_SIGN.match(squash(under)) and is_name_line(text.strip()):
            # (a name right over the piece's 文丨某某 is its title, 采莲谣 /
            # 文丨某某: no writer is signed twice)
            parts.append(Part(ZonePart.HEAD, [line]))
        elif (
            _signature(line)
            or _name_under_closed(last, line)
            or (
                (not nxt or looks_like_column(squash(nxt)) or label_shaped(squash(nxt)))
                and _name_signing(last, line)
            )
            # (a name jieba reads as a person's, opening the zone over the
            # next piece's column and title: the text above signed, 某某 /
            # 快评 / title; with no title, the name may be the next piece's)
            or (
                last is None
                and k + 2 < len(zone.lines)
                and looks_like_column(squash(nxt))
                and is_name_line(text.strip())
                and _read_as_name(squash(text))
            )
            # (a name jieba reads as a person's, opening the zone right under
            # a finished sentence, over a headline: the text above signed,
            # …“验收单”。 / 某某 / title)
            or (
                last is None
                and closed_above
                and nxt
                and not looks_like_column(squash(nxt))
                and is_name_line(text.strip())
                and _read_as_name(squash(text))
            )
        ) and (
            not _label_before(text, nxt)
            or _signs_above(last, line, zone.lines[k + 1])
            or _name_under_head(last, text)
            # (a full name opening a zone closes the text above it: no
            # column is named after a person)
            or (last is None and _signature(line))
            # (a full name under a column's label signs the piece that label
            # heads: no column is named after a person, 理论前沿 / 某某某)
            or (last is not None and last.kind == ZonePart.LABEL and _signature(line))
        ):
            parts.append(Part(ZonePart.SIGN, [line]))
        elif (
            (
                label_shaped(text)
                or series_name(text)
                or column_of_two(text)
                or journey_series(text)
                or campaign_label(text)
                or names_essays_column
            )
            and not names_place(text)  # (a place over a title is its kicker: 郴州桂阳)
            # (a notice names itself, 征稿启事, 更正: its title, no column's name)
            and not names_notice(text)
            and not _PROVINCE_DOES.match(squash(text))  # (我省出台方案: news, no column's name)
            # (a line opening on an adverb under a headline line says what its
            # subject did again or still: 我省高校科技成果转化 / 再创新高)
            and not (last and last.kind == ZonePart.HEAD and squash(text)[:1] in _ADVERB_OPENERS)
            # (a phrase as long as the headline line over it is the second of a
            # couplet title set on two lines: 抢抓汛前工期 / 筑牢安澜防线)
            and not (last and last.kind == ZonePart.HEAD and _couplet(last.lines[-1], text))
            # (a label stands apart: a short line set tight over the next is
            # a headline piece wrapped, 奋力书写 / 湘江流域生态保护高地, and so is
            # one set tight under a headline line, …需 / 建长效机制)
            # (unless the page prints it over other stories too)
            and (
                squash(text) in recurring
                or (
                    not (k + 1 < len(zone.lines) and zone.lines[k + 1].gap == 0)
                    and not (last and last.kind == ZonePart.HEAD and line.gap == 0)
                )
                # (a column's name between the title and its writer's name,
                # set tight: 路通了，心要跟着通 / 交通观察 / 某某)
                or (
                    (looks_like_column(squash(text)) or letters_label(squash(text)))
                    and (is_byline(nxt or under) or _signature_text(nxt or under))
                )
                # (or a commentary's kind alone, a title's wrapped word never:
                # …不能“锁”起来 / 快评)
                or bool(COMMENTARY_KIND.fullmatch(squash(text)))
                # (or under a title closed by its quote or mark, which leaves
                # no word to wrap: …还要“开得好” / 来论)
                or (
                    looks_like_column(squash(text))
                    and last is not None
                    and last.kind == ZonePart.HEAD
                    and _closed_by_mark(last.lines[-1])
                )
            )
            # (a line over a dash-led subtitle is its title: 守水人 / ——记…)
            and not (nxt and DASH_LED.match(nxt) and not looks_like_column(text))
            # (nor is the line under a writer printed under the column's name:
            # 随笔 / 文丨某某 / title)
            and not _titled_under_label_and_writer(parts, last)
            # (nor is a line inside a meeting's stack, between its first line
            # and its 某某出席: 省防指部署… / 严防死守 / 确保… / 某某出席)
            and not (last and last.kind == ZonePart.HEAD and _attended_below(zone.lines, k))
            # (the letters' label, whatever a reply's text says of a 读者来信)
            and (
                standing(text)
                or _standing_apart(line, standing)
                or letters_label(text)
                or names_essays_column
            )
            and (
                _label_before(text, nxt, under_label=bool(last and last.kind == ZonePart.LABEL))
                # (over the title its writer signs right under, a column's
                # name is a label however long: 节气里的某某 / 谷雨访茶 / 文丨某某)
                or (signed_below and k + 2 == len(zone.lines) and _label_before(text, nxt, True))
                # (a line alone: a label, unless a writer signs right under
                # it, whose title it is, 城南旧事 / 文丨某某; one named as a
                # column's, 洞庭时论, closes the piece above still)
                or (not nxt and last is None and not _titles_essay(text, under))
                or _is_label_after(parts, text, nxt)
                # (a column's name over the writer printed before the title:
                # 随笔 / 文丨某某 / title, the essay's text under them)
                or (
                    looks_like_column(squash(text))
                    and bool(WRITER_SIGN.match(squash(nxt)))
                    and k + 2 < len(zone.lines)
                )
            )
        ):
            if _series_under_label(parts, text, nxt):
                # A series' name under the column's label, over a title
                # (一线调研 / 长江大保护·湖南实践 / …): the label names the
                # column, the series the piece's kicker.
                parts[-1].kind = ZonePart.LABEL
                parts.append(Part(ZonePart.HEAD, [line]))
            else:
                parts.append(Part(ZonePart.LABEL, [line]))
        else:
            parts.append(Part(ZonePart.HEAD, [line]))
    return parts


def _titled_under_label_and_writer(parts: list[Part], last: Part | None) -> bool:
    """The zone so far is a column's name and a writer's 文丨 line under it:
    the next line is the piece's title."""
    return (
        last is not None
        and last.kind == ZonePart.SIGN
        and len(parts) == 2
        and parts[0].kind == ZonePart.LABEL
        and bool(WRITER_SIGN.match(squash(last.text)))
    )


def _notice_under_title(parts: list[Part], heads: list[int], m: int) -> bool:
    """Headline part ``heads[m]`` names a notice under a line that is no
    issuer's name (湖南日报社 / 招聘启事 is one title): it opens a stack."""
    return notice_apart(parts[heads[m - 1]].lines[-1].raw, parts[heads[m]].text)


def _series_under_label(parts: list[Part], text: str, nxt: str) -> bool:
    """``text``, a series' name, stands under the zone's first line alone, a
    short label (read as one, or as a headline line), with a headline line
    under it."""
    return (
        len(parts) == 1
        and parts[0].kind in (ZonePart.HEAD, ZonePart.LABEL)
        and len(parts[0].lines) == 1
        and label_shaped(parts[0].text)
        and series_name(text)
        and bool(nxt)
        and not is_byline(nxt)
        and _label_before(parts[0].text, text)
    )


#: A line opening on the province, the city or the country as the subject of
#: a statement (我省出台方案, 全省启动…): a kicker's news; no column is named so.
_PROVINCE_DOES = re.compile(r"^(?:我省|全省|我市|全市|我国|全国)")


def _couplet(above: Line, text: str) -> bool:
    head, tail = squash(above.raw), squash(text)
    return couplet(head, tail) and all(is_cjk(c) for c in head + tail)


def _attended_below(lines: list[Line], k: int) -> bool:
    """An attendance line (某某出席) closes the headline lines under line ``k``
    within a stack's reach: line ``k`` is inside that meeting's stack."""
    for line in lines[k + 1 : k + T.STACK_MAX_LINES]:
        if is_attendance(line.raw):
            return True
        if is_byline(line.raw) or ends_sentence(squash(line.raw)):
            return False
    return False


def campaign_label(text: str) -> bool:
    """The national 走基层 reporting campaign's name, a little longer than
    a column's, on a line of characters only (新春走基层, 蹲点调研走基层)."""
    flat = squash(text)
    return (
        len(flat) <= T.CAMPAIGN_LABEL_MAX
        and all(is_cjk(c) for c in flat)
        and _CAMPAIGN.search(flat) is not None
    )


#: The campaign's words, at either end of its name.
_CAMPAIGN = re.compile(r"^走基层|走基层$")


def _standing_apart(line: Line, standing) -> bool:
    """A column's name of a few characters set apart by a blank line may
    share a word (a place) with a story: 湘江 of 湘江副刊."""
    return (
        line.gap > 0
        and len(squash(line.raw)) <= T.LABEL_APART_MAX
        and standing(line.raw, T.LABEL_APART_WORDS_IN_BODY)
    )


def _recurring(lines: Sequence[Line]) -> frozenset[str]:
    """Label-shaped lines printed more than once on the page, apart: a
    commentary page heads each piece with its column's name (潇湘时评 over
    two or three of them), and no headline is printed twice but side by side
    (drawn twice for a bold effect)."""
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        flat = squash(line.raw)
        if label_shaped(flat):
            seen.setdefault(flat, []).append(k)
    return frozenset(text for text, at in seen.items() if len(at) > 1 and at[-1] - at[0] > len(at))


def _standing(
    text: str,
    share: float = T.LABEL_WORDS_IN_BODY,
    *,
    bodies: list[str],
    recurring: frozenset[str] = frozenset(),
) -> bool:
    """A column label is a standing title: its words are mostly in no story
    of the page (a headline's words are in its own story), or it heads more
    than one story on the page (a notice may name the column: 欢迎投稿“某某”)."""
    if looks_like_column(squash(text)) or squash(text) in recurring:
        return True
    return all(word_share(text, body) < share for body in bodies)


def _goes_on_sign(sign: Part, line: Line) -> bool:
    """A byline broken before 通讯员 or 报道 goes on the line above; so does
    one broken between two reporters' names (…记者 胡信松 / 王亮 通讯员 谭凯,
    …记者 杨玉龙 / 唐朝)."""
    if squash(line.raw).startswith(("通讯员", "实习生", "见习记者", "报道")):
        return True
    signed = " ".join(li.raw.strip() for li in sign.lines)
    if _REPORTERS_NAMED.search(signed) and is_name_line(line.raw.strip()):
        return True  # (…记者 杨玉龙 / 唐朝: the second reporter's name, whatever its words)
    if AUTHOR_NOTE.match(line.raw) and is_byline(signed + squash(line.raw)):
        return True  # (某某 / （作者系某大学教授）: the writer's note under the name)
    return bool(ROLE_AMONG_NAMES.match(line.raw)) and is_byline(f"{signed} {line.raw.strip()}")


#: A reporters' byline closed on their names (湖南日报全媒体记者 杨玉龙).
_REPORTERS_NAMED = re.compile(r"记者\s*[\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})*\s*$")


#: The space between a writer's sign on a line of its own and the name under it.
_AFTER_SIGN = re.compile(r"^(\s*(?:文|图|文/图)\s*[丨|｜/／])\s+")
#: A signature line that stops on its role, or on a writer's sign (文丨): its
#: names follow.
_ON_ROLE = re.compile(
    r"(?:记者|评论员|通讯员|实习生|作者)\s*$|^\s*(?:文|图|文/图)\s*[丨|｜/／]\s*$"
)


def _names_of_sign(sign: Part, line: Line) -> bool:
    """Names printed under a byline's role (湖南日报评论员 / 司马瑞); not a
    column's name (湘江评论) under a signature."""
    return (
        len(sign.lines) <= T.BYLINE_MAX_NAME_LINES
        # (bare names under bare names: two signatures)
        and bool(_ON_ROLE.search(sign.lines[-1].raw))
        # (a two-character name spread to three's width: 刘  波)
        and bool(NAMES.match(squeeze_names(line.raw)))
        and not looks_like_column(squash(line.raw))
        # (the paper's commentator may sign unnamed: under 湖南日报评论员 a
        # name goes on only when it reads as a person's, a short one after
        # any surname, never a column's name, 湘评新语, 微言)
        and (
            is_name_line(line.raw.strip())
            or (len(squash(line.raw)) <= 3 and squash(line.raw)[0] in ANY_SURNAME)
            or not squash(sign.lines[-1].raw).endswith("评论员")
        )
    )


def _two_phrases(text: str) -> bool:
    """A title of two phrases set apart by a space (补短板 强弱项): no label."""
    halves = text.strip().split()
    return len(halves) == 2 and all(len(h) >= 2 for h in halves)


#: A word of two characters and no mark (读书, 随笔).
_TWO_CHARACTERS = re.compile(r"[\u4e00-\u9fff]{2}")


def _column_over_essay(text: str, title: str) -> bool:
    """A word of two characters over a longer line that is no genre's name
    (读书 / 一本书里的湖湘山水, not 围炉 / 诗歌): a column's name over an
    essay's title."""
    return (
        bool(_TWO_CHARACTERS.fullmatch(squash(text)))
        and len(squash(title)) > len(squash(text))
        and not GENRE_LABEL.fullmatch(squash(title))
    )


def _label_before(
    text: str, nxt: str, signed_title: bool = False, under_label: bool = False
) -> bool:
    """A column label above its headline: label-shaped, and the next line is a
    headline line rather than the label's own continuation or a byline.
    ``signed_title``: the next line is a title its writer signs right under."""
    if not nxt or _two_phrases(text):
        return False
    if not (
        label_shaped(text)
        or series_name(text)
        or GENRE_LABEL.fullmatch(squash(text))
        # (a column's word alone, too short for a label's shape: 观点, 短评;
        # under another label, 新闻快评 / 锐评, it is read with the title below)
        or (len(squash(text)) < LABEL_MIN and looks_like_column(squash(text)) and not under_label)
        # (over a title its writer signs, a word of two characters names the
        # column whatever its shape: 读书 / title / 文丨某某)
        or (signed_title and _column_over_essay(text, nxt))
    ):
        return False
    if is_byline(nxt) or is_attendance(nxt) or _signature_text(nxt):
        # (a short title signed under it, 蝉鸣里的夏天 / 文丨某某; but a
        # column's name over the paper's commentator names the column)
        return "评论员" in nxt and looks_like_column(squash(text))
    return (
        (signed_title and not squash(text).endswith(_WANTS_MORE))
        or looks_like_column(squash(text))
        or len(squash(nxt)) > len(squash(text))
    )


#: A line closing on a digit; the rest of a figure: digits and a unit or
#: counter of up to three characters (0万, 5万亩, 8%).
_DIGITS_AT_END = re.compile(r"[0-9０-９]$")
_FIGURE_REST = re.compile(r"[0-9０-９][0-9０-９.．]*[%％\u4e00-\u9fff]{0,3}")


def _figure_broken(above: str, text: str) -> bool:
    """A short line opening on digits under a headline line closing on them
    is the rest of one figure: no title ends on a bare digit, its unit or
    counter left for the next line (…突破600 / 0万)."""
    return bool(_DIGITS_AT_END.search(above)) and bool(_FIGURE_REST.fullmatch(text))


def _titles_essay(text: str, under: str) -> bool:
    """A line alone right over an essay's writer (城南旧事 / 文丨某某) is
    the essay's title, unless it is named as a column's (洞庭时论), which
    closes the piece above."""
    return bool(WRITER_SIGN.match(squash(under))) and not looks_like_column(squash(text))


#: A commentary's kind named alone, as a column's label (快评, 短评, 来论).
COMMENTARY_KIND = re.compile(r"(?:快评|短评|时评|微评|锐评|时论|新论|来论|评论)")
#: Adverbs a predicate opens on (再创新高, 又见丰收, 正当时); no column's name does.
_ADVERB_OPENERS = "再又更还正已仍"
#: Particles and conjunctions no name closes on (洞庭湖畔的 / “护鸟人”).
_WANTS_MORE = ("的", "之", "与", "和", "及")


def _is_label_after(parts: list[Part], text: str, nxt: str) -> bool:
    """A label under the headline it goes with, closing the stack: after a
    headline line, with nothing that reads as its own signature after it."""
    if _two_phrases(text) or ASKS_END.search(squash(text)) or WHEN_DONE.match(squash(text)):
        # (a question's last words close the title, 全运会之后 / 看什么, and so
        # does when it is done, …全民健身中心 / 年内投入使用)
        return False
    if (is_byline(nxt) or _signature_text(nxt)) and not looks_like_column(squash(text)):
        return False
    return (
        bool(parts)
        and parts[-1].kind in (ZonePart.HEAD, ZonePart.SIGN, ZonePart.ATTEND)
        and (looks_like_column(squash(text)) or (not nxt and not says_what_is_done(text)))
    )


def _closed_by_mark(line: Line) -> bool:
    """The headline line ends on a closing quote or title mark: no word of
    it is left alone on the next line (…更要“跑准” / 某某 signs the piece)."""
    return squash(line.raw)[-1:] in "”》）)"


def _word_left_alone(above: Line, line: Line) -> bool:
    """A headline's last word wrapped onto a line of its own (…更便捷更 /
    舒心): a line of a word or two, no punctuation and no column label's
    words, right under a long headline line that ends mid-phrase."""
    tail = squash(line.raw)
    head = squash(above.raw)
    return (
        line.gap <= 1
        # (no further apart than the line above sits from its own: 奋力完成全年目标任务
        # set tight in its stack, 湘声 a blank under it, is a label)
        # (a verb alone heads nothing, set apart or not: …获免费法律 / 帮助)
        and (line.gap <= above.gap or len(tail) > 2 or _lone_verb(tail))
        and len(tail) <= T.HEAD_WORD_ALONE_MAX
        # (a short line wraps too when it stops on a word that cannot end
        # it: 一江碧水向 / 北流)
        and (
            len(head) >= T.HEAD_WORD_ALONE_AFTER
            or head[-1:] in DANGLING_END
            or bool(COUNT_BEFORE_NOUN.search(head))
        )
        and all(is_cjk(c) or c.isdigit() for c in tail)
        and not any(c.isdigit() for c in tail[:1])
        and head[-1:] not in "”」）)》！？!?。"
        and not is_byline(above.raw)
        and not looks_like_column(tail)
        # (a notice's kind alone, 通 告, heads the notice under it, unless the
        # line above is that notice's title wrapped: 关于…的 / 通告)
        and not (
            NOTICE_TITLE.fullmatch(tail) and not head.endswith("的") and not head.startswith("关于")
        )
        # (a figure's unit is no name, whatever surname it opens on: 13 / 万人次;
        # nor is the rest of a word cut at the break: …防控各 / 项工作)
        and (
            not _signature(line)
            or (end_of(head) == End.FIGURE and start_of(tail) == Start.UNIT)
            or joins_word(head, tail)
        )
    )


def _closes_quote_left_open(head: str, tail: str) -> bool:
    """``tail``, a word or two, closes the quotation or title ``head`` left
    open at its end (…当起“小巷 / 总理”, …学习《条例 / 》)."""
    return len(tail) <= T.HEAD_WORD_ALONE_MAX + 1 and any(
        head.count(opening) > head.count(closing) and tail.count(closing) > tail.count(opening)
        for opening, closing in ("“”", "《》", "「」")
    )


#: A headline line closed on a counted figure (…超8000万剂次, …投放鱼苗320万尾).
_ENDS_ON_COUNT = re.compile(r"[0-9０-９][0-9０-９.]*[万亿千百]?[多余]?[\u4e00-\u9fff]{1,2}$")


def _label_over_signed_title(above: Line, rest: Sequence[Line], under: str) -> bool:
    """A column's name under a headline closed on its counted figure, over a
    title of a line or two its writer signs right under (…超8000万剂次 /
    某某潮 / title / 某某): the commentary's label, no word of the figure's
    headline."""
    text, head = squash(rest[0].raw), squash(above.raw)
    following = [line.raw for line in rest[1:]] + [under]
    signs = [k for k, raw in enumerate(following[:4]) if is_byline(raw) or _signature_text(raw)]
    if label_shaped(text) and _ENDS_ON_COUNT.search(head):
        return bool(signs) and signs[0] in (1, 2)
    # Or closed on any word no word of the label runs on from (…参与 / 艺谭),
    # over a one-line title its writer, no reporter, signs right under: a
    # commentary's shape (a feature's reporters sign under its subtitle).
    return (
        (label_shaped(text) or two_character_label(text))
        and word_across(head, text) == 0.0
        and not joins_word(head, text)
        and bool(signs)
        and signs[0] == 1
        and "记者" not in following[1]
    )


def _predicate_under(above: str, line: Line) -> bool:
    """A short line with a verb, no column's name, under a headline line that
    states nothing yet: a counted subject alone (一条高速路 / 带活一方经济) or a
    time frame (湘江保护条例实施两年来 / 成效初显). The title wrapped, no label."""
    head, tail = squash(above), squash(line.raw)
    # (set apart, the subject must be long enough to want its predicate:
    # 全省社区戒毒社区康复工作 / 取得新成效)
    if (line.gap == 0 or len(head) >= T.SUBJECT_APART_MIN) and _predicate_of_subject(head, tail):
        return True
    if not label_shaped(tail) or looks_like_column(tail) or is_byline(line.raw):
        return False
    if tail.startswith(PREDICATE_OPENERS) and not ends_sentence(head):
        return True  # what the subject above ought to do (…“小饭桌” / 该管管了)
    if not any(t.flag.startswith("v") for t in pos_tags(tail)):
        return False
    if _TIME_FRAME_END.search(head):
        return True
    # (a counted subject, 一条高速路, 一座老厂房: a phrase of the 的 kind, 风雨桥上的
    # 乡愁, is a supplement's whole title)
    tags = [t.flag for t in pos_tags(head) if t.flag != "x"]
    return (
        bool(tags)
        and tags[0] == "m"
        and not any(flag.startswith(("v", "a", "d", "p", "u")) for flag in tags)
    )


def _predicate_of_subject(head: str, tail: str) -> bool:
    """A short line set tight under a headline line that names a subject and
    says nothing of it (张家界旅游 / 持续“升温”): no verb in the line above, a
    verb or adverb opening this one. The title wrapped at the subject."""
    if not label_shaped(_QUOTES.sub("", tail)) or names_place(head):
        return False
    if opens_on_place(tail):
        return False  # (a place opens a subject of its own: 安化黑茶小镇, read 安化 as a verb)
    tags = [t.flag for t in pos_tags(head) if t.flag != "x"]
    if not tags or any(not flag.startswith(("n", "j")) and flag != "vn" for flag in tags):
        return False
    return start_tag(tail) in SUBJECTLESS_START


_QUOTES = re.compile("[“”‘’「」]")


#: A headline line closed on a time frame (…实施两年来, …以来, …之际): what
#: happened in it is on the next line.
_TIME_FRAME_END = re.compile(r"(?:[年月天日周]来|以来|之际|期间|前夕)$")


def _tight_under_apart(line: Line, nxt: Line | None) -> bool:
    """A short line set apart from the line above and tight over the next
    (灾后重建… / blank / 郴州 / 汛期地质灾害…): the first words of the next
    piece, not the last word of the one above. A verb alone (有序 / 推进,
    融合 / 发展) begins no piece: it is the predicate the line above wanted."""
    return nxt is not None and line.gap > 0 and nxt.gap == 0 and not _lone_verb(squash(line.raw))


@functools.lru_cache(maxsize=1024)
def _lone_verb(text: str) -> bool:
    tagged = list(pos_cut(text))
    return len(tagged) == 1 and tagged[0].flag in ("v", "vn")


def _opens_series(line: Line, nxt: Line | None) -> bool:
    """A short line apart from the stack above, with phrases of its length
    set tight under it, is the first of a series of like phrases (战高温 /
    抗大旱 保民生): a piece of its own, not the last word of the line above."""
    if nxt is None or line.gap == 0 or nxt.gap > 0:
        return False
    own, phrases = len(squash(line.raw)), nxt.raw.split()
    return len(phrases) >= 2 and all(len(p) == own for p in phrases)


def _rest_after_cut_word(above: Line, line: Line) -> bool:
    """A narrow column's headline line ran out inside a word (…产业增加 /
    值占比超过四成, 中秋小长假湖南预 / 计接待…): the line under it, longer than
    a word left alone, is the rest of the same piece; of any length when set
    tight under it."""
    tail, head = squash(line.raw), squash(above.raw)
    apart = len(tail) <= T.HEAD_CUT_REST_MAX and len(head) >= T.HEAD_CUT_REST_AFTER
    return (
        (line.gap == 0 or (apart and line.gap <= min(1, above.gap)))
        and all(is_cjk(c) or (c.isascii() and c.isalnum()) or c in "“”‘’%" for c in tail)
        and not tail[:1].isdigit()
        and head[-1:] not in "”」）)》！？!?。"
        # (a line closed on its figure is whole: …增至140家 / 园区… is no 家园)
        and not ENDS_ON_FIGURE.search(head)
        and not is_byline(above.raw)
        and not is_byline(line.raw)
        and not _signature(line)
        and not looks_like_column(tail)
        and joins_word(head, tail)
    )


@functools.lru_cache(maxsize=4096)
def _left_wanting(head: str, tail: str) -> bool:
    """The line above stops where its phrase cannot (on an adverb, a
    modifier, a verb wanting its object: …更便捷更 / 舒心), or a word runs
    over the break. One closed on a noun, a figure or its measure word
    (…集中亮相, …15个) is whole: a short line under it whose words are in no
    story is a label or title."""
    if joins_word(head, tail) or COUNT_BEFORE_NOUN.search(head):
        return True
    tagged = list(pos_cut(head[-8:]))
    # (a verb used as a noun closes a phrase too: …专项检查, …集中整治)
    return not tagged or (tagged[-1].flag[:1] not in "nmqt" and tagged[-1].flag != "vn")


#: A headline line's end that asks for a place after it (…项目落户, …走进).
_WANTS_PLACE = re.compile(
    r"(?:落户|落地|走进|来到|扎根|布局|亮相|抵达|飞抵|开进|进驻|赴|到|在|至|向|从|于)$"
)


def _wants_place(head: str) -> bool:
    return bool(_WANTS_PLACE.search(head))


def _signs_above(last: Part | None, line: Line, nxt: Line) -> bool:
    """A name set tight under a headline and apart from the line after it
    signs that headline rather than labelling the next."""
    return last is not None and last.kind == ZonePart.HEAD and line.gap < nxt.gap


def _name_under_head(last: Part | None, text: str) -> bool:
    """A writer's name under a headline line, with nothing of a column's name
    (让非遗在校园里“活”起来 / 陈默然 / 城市“微更新”…): it signs the title above,
    as a commentary's title and writer follow its body, rather than label the next."""
    return (
        last is not None
        and last.kind == ZonePart.HEAD
        and len(squash(last.text)) >= T.HEAD_OVER_NAME_MIN
        and not looks_like_column(squash(text))
        and not names_place(squash(text))
    )


def _signature(line: Line) -> bool:
    return _signature_text(line.raw)


def _label_over_title_signed(lines: Sequence[Line], k: int, closed_above: bool) -> bool:
    """Line ``k``, two characters, opens its zone under a finished sentence,
    over one headline line its writer's name signs right under: the
    column's label (锐见 / title / 某某), no word of that title."""
    if k != 0 or not closed_above or k + 2 >= len(lines):
        return False
    text, title = lines[k].raw, lines[k + 1].raw
    return (
        two_character_label(text)
        and not is_byline(title)
        and not _signature(lines[k + 1])
        and _signature(lines[k + 2])
        and word_across(squash(text), squash(title)) < T.HEAD_CUT_WORD
    )


def _name_under_closed(last: Part | None, line: Line) -> bool:
    """A name of two characters (肖融) under a headline line closed by its
    mark (…不是“走过场”): no word of that headline is left to wrap, so the
    name signs it."""
    return (
        last is not None
        and last.kind == ZonePart.HEAD
        and squash(last.lines[-1].raw)[-1:] in "”」》"
        and is_name_line(line.raw.strip())
    )


def _name_signing(last: Part | None, line: Line) -> bool:
    """A name of two characters (彭健) closing its zone under a headline line
    whose last word it does not finish: a commentary's signature under its
    title, printed after its body; a word left alone is no person's name."""
    if last is None or not is_name_line(line.raw.strip()):
        return False
    if last.kind == ZonePart.LABEL:
        return _read_as_name(squash(line.raw))  # (title / 快评 / 某某: under its column's name)
    if last.kind != ZonePart.HEAD:
        return False
    tail = squash(line.raw)
    return (
        len(tail) == 2 and not joins_word(squash(last.lines[-1].raw), tail) and _read_as_name(tail)
    )


def _writer_closing_labelled(parts: list[Part], last: Part, line: Line) -> bool:
    """A full name closing a zone that opens on a column's label, under the
    title whose line it does not finish (湘水短评 / 田里的账要算细 / 舒曼青):
    the commentary's writer, printed tight under its title."""
    return (
        bool(parts)
        and parts[0].kind == ZonePart.LABEL
        and len(parts) == 2
        and _signature_text(line.raw)
        and not _left_wanting(squash(last.lines[-1].raw), squash(line.raw))
    )


@functools.lru_cache(maxsize=1024)
def _read_as_name(text: str) -> bool:
    tagged = list(pos_cut(text))
    return len(tagged) == 1 and tagged[0].flag in PERSON_TAGS


def _signature_text(text: str) -> bool:
    """A commentary's bare-name byline (彭可馨, 欧阳明远, 汤岳林 邹静): a full
    name of three characters, of four under a two-character surname, or two
    names; a headline's word left alone is shorter."""
    text = text.strip()
    return is_name_line(text) and (
        " " in text or len(text) == 3 or (len(text) == 4 and text[:2] in COMPOUND_SURNAMES)
    )


# --- 2. what each headline line talks about -------------------------------------


class Affinity:
    """Content evidence of headline text against the bodies that may take it."""

    def __init__(
        self, drafts: list[Draft], targets: list[int], writers: Iterable[int] = ()
    ) -> None:
        self.targets = targets
        self.dated = frozenset(k for k in targets if drafts[k].dateline)
        # Bodies opening on their writer's line (a commentary's 某某 over its
        # text; a reporter's feature may stand under its series' name alone,
        # its title printed elsewhere).
        self.signed = frozenset(
            k
            for k in targets
            if drafts[k].starts_with == Opener.BYLINE and "记者" not in drafts[k].byline
        )
        # ... and of those, the ones a commentator signs, named or not
        # (湖南日报评论员, 湖南日报全媒体评论员 某某).
        self.commentators = frozenset(k for k in self.signed if "评论员" in drafts[k].byline)
        # Bodies set off in sections by crossheads (a feature's).
        self.sectioned = frozenset(k for k in targets if any(p.subhead for p in drafts[k].paras))
        # ... and of those, the ones opening on their reporters' line (a
        # feature's stack stands right over it).
        self.features = frozenset(
            k for k in self.sectioned if drafts[k].starts_with == Opener.BYLINE
        )
        # Bodies of opinion (a commentary's): read as such, or signed over
        # their text by a writer who is no reporter. Their title stands alone.
        self.opinion = frozenset(
            k for k in targets if article_kind(drafts[k], True) == ArticleKind.COMMENTARY
        ) | frozenset(writers)
        self.evidence = Evidence([drafts[k].body for k in targets])
        self._cache: dict[str, dict[int, float]] = {}

    def of(self, text: str) -> dict[int, float]:
        """body -> how much ``text`` talks about it (0..1)."""
        text = undouble(squash(text))
        if text not in self._cache:
            scores = self.evidence.scores(text)
            self._cache[text] = dict(zip(self.targets, scores, strict=True))
        return self._cache[text]

    def of_part(self, part: Part) -> dict[int, float]:
        """What a headline part says of each body, its printed pieces summed."""
        if not part.rests:
            return self.of(part.text)
        total: dict[int, float] = {}
        for piece in part.pieces():
            for body, score in self.of(piece).items():
                total[body] = total.get(body, 0.0) + score
        return total


def position(zone: Zone, body: int) -> float:
    """Where a zone stands from a body: headlines follow their body in this
    extraction more often than they precede it; a bunched zone says nothing."""
    if body == zone.before:
        return T.HEAD_BONUS_BEFORE
    if body == zone.after:
        return T.HEAD_BONUS_AFTER
    return 0.0


def _placed(
    zone: Zone,
    body: int,
    span: tuple[int, int, int],
    opinion: frozenset[int],
    signed: frozenset[int] = frozenset(),
    labelled: bool = False,
) -> float:
    """``position`` for the stack of headline parts i..j-1 (of n) given to
    ``body``. A commentary's one-line title is printed against its text, so
    an opinion body has the bonus only for the zone's first stack under its
    text or its last over it; a report's stack may stand anywhere in a bunch.
    A commentary's title under its column's label, over its writer's line,
    is as sure as a signed essay's."""
    i, j, n = span
    if body == zone.after and j == n and body in signed and (body not in opinion or labelled):
        return T.HEAD_OVER_WRITER_BONUS  # (title / its writer's line / its text)
    if body in opinion and not (
        (body == zone.before and i == 0) or (body == zone.after and j == n)
    ):
        return 0.0
    return position(zone, body)


def _labelled_title(parts: list[Part], heads: list[int], i: int) -> bool:
    """Headline part ``i`` stands right under a column's label (三湘微评 /
    title / 某某), no signed piece before it in the zone (a run of titles,
    labels and writers bunched together pairs them otherwise)."""
    at = heads[i]
    return (
        at > 0
        and parts[at - 1].kind == ZonePart.LABEL
        and not any(p.kind == ZonePart.SIGN for p in parts[:at])
    )


def _titled_writers(
    parts: list[Part], heads: list[int], i: int, j: int, signed: frozenset[int]
) -> frozenset[int]:
    """The signed bodies a stack of parts i..j-1 may title from right over
    their writer's line: none when a line of it has a column label's shape
    (百年风华 over 文丨某某 is the essay's column; its title is elsewhere)."""
    if any(label_shaped(parts[heads[m]].text) for m in range(i, j)):
        return frozenset()
    return signed


def _notice_over_text(zone: Zone, parts: list[Part], heads: list[int], j: int) -> frozenset[int]:
    """The body under the zone, when the stack ending on headline part
    ``j - 1`` closes the zone on a notice's title (征稿启事, 关于…的通知): a
    notice's title stands over its text, whatever words they share."""
    last = heads[j - 1]
    text = parts[last].text
    # (or a notice's kind alone: 通 告)
    named = names_notice(text) or squash(text) in NOTICE_KINDS
    if j == len(heads) and zone.after >= 0 and named:
        return frozenset({zone.after})
    return frozenset()


# --- 3. a zone cut into stacks ------------------------------------------------------


def best_stacks(
    z: int,
    zone: Zone,
    parts: list[Part],
    affinity: Affinity,
    bodies: set[int],
    least: float,
) -> list[Stack]:
    """The best cut of a zone's headline parts into stacks, each given to a
    body of ``bodies`` or to none. A stack must hold at least ``least``
    evidence for its body; a line left to no body is worth a little
    (``HEAD_LINE_FLOOR``), less than what a stack costs, so that a line with
    little to say goes with the stack beside it rather than alone."""
    floor = T.HEAD_LINE_FLOOR
    heads = [k for k, p in enumerate(parts) if p.kind == ZonePart.HEAD]
    if not heads:
        return []
    aff = [affinity.of_part(parts[k]) for k in heads]
    size = [len(parts[k].pieces()) for k in heads]  # printed pieces, as lines left alone count
    opens = _opens_stack(parts, heads)
    # A dash-led subtitle (——记…) never stands alone: its title is the line
    # above it, and so no stack starts on it (unless nothing else can).
    dashed = [m > 0 and bool(DASH_LED.match(squash(parts[k].text))) for m, k in enumerate(heads)]
    dated = affinity.dated
    # The zone's last line under a signature, a title over that signature:
    # the first crosshead of a feature set off in sections, no title of it.
    last = heads[-1]
    if (
        last == len(parts) - 1
        and last > 0
        and parts[last - 1].kind == ZonePart.SIGN
        and any(p.kind == ZonePart.HEAD for p in parts[: last - 1])
        and zone.after in affinity.sectioned
    ):
        shut = zone.after
    else:
        shut = -1
    kinds = (dated, affinity.opinion, affinity.signed)
    cut = _cut_zone(zone, parts, heads, aff, size, opens, dashed, bodies, least, kinds, shut)
    if cut is None:
        unbarred = [False] * len(heads)
        cut = _cut_zone(zone, parts, heads, aff, size, opens, unbarred, bodies, least, kinds, shut)
    stacks = []
    for i, j, body in cut:
        gain = 0.0
        if body >= 0:
            value = sum(aff[m].get(body, 0.0) for m in range(i, j))
            signed = _titled_writers(parts, heads, i, j, affinity.signed)
            signed |= _notice_over_text(zone, parts, heads, j)
            labelled = _labelled_title(parts, heads, i)
            value += _placed(zone, body, (i, j, len(heads)), affinity.opinion, signed, labelled)
            gain = value - floor * sum(size[i:j])
        stacks.append(Stack(z, heads[i], heads[j - 1], body, gain))
    return stacks


def _cut_zone(
    zone: Zone,
    parts: list[Part],
    heads: list[int],
    aff: list[dict[int, float]],
    size: list[int],
    opens: list[bool],
    barred: list[bool],
    bodies: set[int],
    least: float,
    kinds: tuple[frozenset[int], ...] = (frozenset(), frozenset(), frozenset()),
    shut: int = -1,
) -> list[tuple[int, int, int]] | None:
    """The best cut as (first, end, body) triples over the headline parts,
    no stack starting on a ``barred`` part; None when there is none. A stack
    over a "某某出席" line heads a meeting's report: only a dated body's;
    ``kinds`` holds the dated bodies and the bodies of opinion. The last part
    heads no body ``shut`` (-1: any)."""
    n = len(heads)
    # best[i]: for the first i headline parts, the best cut for each set of
    # bodies used; a body takes at most one stack of a zone.
    best: list[dict[frozenset[int], tuple[float, list[tuple[int, int, int]]]]]
    best = [{} for _ in range(n + 1)]
    best[0][frozenset()] = (0.0, [])
    for i in range(n):
        if barred[i] and not opens[i]:
            continue
        states = sorted(best[i].items(), key=lambda item: -item[1][0])[: T.ZONE_BEAM]
        if not states:
            continue
        spans = _spans(zone, parts, heads, aff, size, opens, bodies, least, kinds, i)
        if i == n - 1 and shut >= 0:
            # (the last line is no title of the body ``shut``)
            spans = [(*span[:4], [(b, v) for b, v in span[4] if b != shut]) for span in spans]
        # (what the line is, read once: which stack it would go on from, per cut)
        title_like = _title_shaped_under(parts, heads, i)
        for used, (score, cut) in states:
            for j, tight, bond, meeting, values in spans:
                for body, value in values:
                    if body >= 0 and body in used:
                        continue
                    total = score + value - T.STACK_COST - T.TIGHT_SPLIT_COST * tight
                    if title_like:
                        total -= T.UNCLAIMED_OPENER_COST * _opens_on_unclaimed(aff[i], cut, i, body)
                    total -= T.LEANING_SPLIT_COST * bond
                    total -= T.MEETING_SPLIT_COST * meeting
                    state = used | {body} if body >= 0 else used
                    if state not in best[j] or total > best[j][state][0]:
                        best[j][state] = (total, [*cut, (i, j, body)])
    if not best[n]:
        return None
    return max(best[n].values(), key=lambda item: item[0])[1]


def _title_shaped_under(parts: list[Part], heads: list[int], i: int) -> bool:
    """Headline part ``i`` is printed right under another headline line, not
    set tight over the line under it, and reads as a title's phrase: no
    label's or slogan's shape (战“疫”一线, 简讯, 开局之年 奋进新征程), which
    heads what follows it."""
    if i == 0 or heads[i] != heads[i - 1] + 1 or _tight_breaks(parts, heads, i, i + 1):
        return False
    text = parts[heads[i]].text
    core = _QUOTES.sub("", squash(text))
    if len(core) < T.UNCLAIMED_TITLE_MIN or _two_phrases(text):
        return False
    return not label_shaped(core) and not looks_like_column(core)


def _opens_on_unclaimed(
    scores: dict[int, float], cut: list[tuple[int, int, int]], i: int, body: int
) -> int:
    """1 when a stack for ``body`` opens on a title-shaped line (``scores``:
    what it says of each body) right under a one-line stack of another body,
    and the line says nothing of either: a title under its kicker more often
    than a kicker over the next title (某州发布黄金茶地方标准 / 给“金叶子”定规矩
    / 一季度茶叶出口翻番: the figure of speech is the first one's title)."""
    if body < 0 or not cut:
        return 0
    first, _end, above = cut[-1]
    if above < 0 or first != i - 1:
        return 0
    unclaimed = T.UNCLAIMED_AFFINITY
    return int(scores.get(body, 0.0) <= unclaimed and scores.get(above, 0.0) <= unclaimed)


def _spans(
    zone: Zone,
    parts: list[Part],
    heads: list[int],
    aff: list[dict[int, float]],
    size: list[int],
    opens: list[bool],
    bodies: set[int],
    least: float,
    kinds: tuple[frozenset[int], ...],
    i: int,
) -> list[tuple[int, int, int, int, list[tuple[int, float]]]]:
    """The stacks that may start on headline part ``i``, for ``_cut_zone``:
    per end ``j``, its tight, leaning and meeting breaks and the bodies it
    may go to with its value for each (-1: none). None of it depends on what
    a cut so far has used, so it is read once for all of them."""
    floor = T.HEAD_LINE_FLOOR
    n = len(heads)
    dated, opinion, signed_bodies = kinds
    spans = []
    for j in range(i + 1, min(n, i + T.STACK_MAX_LINES) + 1):
        if any(opens[m] for m in range(i + 1, j)):
            break  # a stack may not run over a signature or a label
        if any(_notice_under_title(parts, heads, m) for m in range(i + 1, j)):
            break  # (a notice's title, 征稿启事, heads the notice: no stack's line)
        tight = _tight_breaks(parts, heads, i, j)
        # (a line leaning on the subject above weighs as a wrap; figures, less)
        bond = (
            _leaning_break(parts, heads, j)
            or _visit_break(parts, heads, j)
            or _stressed_break(parts, heads, i, j)
            or _event_break(parts, heads, j)
            or T.FIGURES_SPLIT_SHARE * _figures_break(parts, heads, j)
            or T.FIGURES_SPLIT_SHARE * _unclaimed_verb_break(parts, heads, aff, j)
        )
        under = parts[heads[j - 1] + 1] if heads[j - 1] + 1 < len(parts) else None
        attended = under is not None and under.kind == ZonePart.ATTEND
        # (a byline under the stack signs a piece: a dated story's reporters
        # are in its dateline)
        signed = under is not None and under.kind == ZonePart.SIGN and _names_someone(under)
        if signed and _reporters_over_stack(parts, heads[j - 1] + 1):
            signed = False  # (a feature's reporters printed over its own stack, under this one)
        by_writer = _writers_sign(under)
        values = []
        labelled = _labelled_title(parts, heads, i)  # (the same for every body)
        # (a commentary prints one title, wrapped perhaps, and no kicker: two
        # statements over it are its title and a report's)
        stacked = any(
            not _one_title(parts[heads[m - 1]].text, parts[heads[m]].text) for m in range(i + 1, j)
        )
        for body in (-1, *bodies):
            if body >= 0 and attended and body not in dated:
                continue
            if body >= 0 and stacked and (body in opinion or by_writer):
                continue
            if body >= 0 and signed and body in dated:
                continue
            if body < 0:
                value = floor * sum(size[i:j])
            else:
                value = sum(aff[m].get(body, 0.0) for m in range(i, j))
                over = _titled_writers(parts, heads, i, j, signed_bodies)
                over |= _notice_over_text(zone, parts, heads, j)
                value += _placed(zone, body, (i, j, n), opinion, over, labelled)
                if value < least:
                    continue
            values.append((body, value))
        spans.append((j, tight, bond, _meeting_break(parts, heads, j), values))
    return spans


def _reporters_over_stack(parts: list[Part], k: int) -> bool:
    """The signature at ``k`` is reporters' (记者), a headline line under it:
    a feature's writers printed over its stack (…记者 某某 / 农家乐如何留住
    回头客？ / …), who sign no stack above them."""
    return "记者" in parts[k].text and k + 1 < len(parts) and parts[k + 1].kind == ZonePart.HEAD


@functools.lru_cache(maxsize=1024)
def _one_title(upper: str, lower: str) -> bool:
    """Two headline lines that read as one title wrapped, or a title and its
    dash-led subtitle: together no longer than a commentary's title, two
    halves of about one length, or the
    line above stops inside its phrase (…，, on a particle or an adverb,
    inside a quote, a word cut at the break), or the line below goes on with
    no subject of its own (/ 要跟上…, / 的“金疙瘩”, / 在百姓心坎上)."""
    upper, lower = squash(upper), squash(lower)
    return bool(
        len(upper) + len(lower) <= T.COMMENTARY_TITLE_MAX
        or looks_like_column(upper)  # (a column's name over the title: its label)
        or closes_piece(upper)  # (a review's kicker, 读《某书》, or a question over its title)
        or (
            abs(len(upper) - len(lower)) <= 1
            and max(len(upper), len(lower)) <= T.COMMENTARY_HALF_MAX
        )
        or DASH_LED.match(lower)
        or upper[-1:] in "，,、：:“‘"
        or upper[-1:] in DANGLING_END | OPEN_MODIFIER_END
        or upper.count("“") > upper.count("”")
        or joins_word(upper, lower)
        or lower[:1] in "的之"
        or start_tag(lower) in SUBJECTLESS_START
        or _means_wanting_object(upper, lower)
    )


#: A title opening on its means or on a causative (以更好的待遇…, 让…, 用…):
#: the verb it leads to wants an object.
_MEANS_OPENING = ("以", "让", "用", "靠", "向", "为", "把", "使")


def _means_wanting_object(upper: str, lower: str) -> bool:
    """A line opening on its means and stopping on the verb they serve, the
    line under it opening on a noun (以更好的待遇留住 / 乡村学校好老师,
    让“指尖办”跑出 / 便民加速度): the verb's object wrapped."""
    if not upper.startswith(_MEANS_OPENING):
        return False
    tagged = [t for t in pos_tags(upper) if t.flag != "x"]
    return bool(tagged) and tagged[-1].flag[:1] in "va" and start_tag(lower)[:1] in "nvaj"


def _names_someone(part: Part) -> bool:
    """A signature's lines name people: bare names (欧阳明远), or a role and
    the names set apart from it (记者 龚晓岚); a column named for its
    reporters (记者追踪) names no one."""
    return all(
        is_name_line(li.raw.strip())
        or _ROLE_THEN_NAMES.search(li.raw.strip())
        or _PAPERS_WRITER.match(squash(li.raw))
        for li in part.lines
    )


#: A role, then names after a space (湖南日报全媒体记者 某某, 通讯员 某某).
_ROLE_THEN_NAMES = re.compile(r"(?:记者|通讯员|评论员)\s+[\u4e00-\u9fff]{2,4}")
#: The paper's own writer, unnamed (湖南日报评论员, 本报评论员): a commentary's
#: signature, never a dated report's.
_PAPERS_WRITER = re.compile(r"^(?:湖南日报|本报)(?:全媒体)?评论员$")


def _opens_stack(parts: list[Part], heads: list[int]) -> list[bool]:
    """For each headline part: must a stack start here? After a signature or
    a "某某出席" line (the last of a stack), under a label above a title, or
    after a box."""
    opens = []
    for n, k in enumerate(heads):
        before = parts[heads[n - 1] + 1 : k] if n else parts[:k]
        opens.append(
            bool(n)
            and (
                any(p.kind in (ZonePart.SIGN, ZonePart.ATTEND, ZonePart.LABEL) for p in before)
                # A box printed between two headline lines: the column lines
                # of one stack are drawn together, a box stands apart.
                or parts[k].lines[0].after_box
            )
        )
    return opens


def _tight_breaks(parts: list[Part], heads: list[int], i: int, j: int) -> int:
    """1 when the stack i..j-1 ends on a line printed tight against the next
    headline line (no blank, no indent): such lines are one stack."""
    if j >= len(heads):
        return 0
    nxt = parts[heads[j]].lines[0]
    return int(heads[j] == heads[j - 1] + 1 and nxt.gap == 0 and not nxt.indent)


def _meeting_break(parts: list[Part], heads: list[int], j: int) -> int:
    """1 when the stack ending before headline part ``j`` leaves the lines
    under it, down to a "某某出席" line, to another stack: the lines over an
    attendance line are one meeting's stack."""
    if j >= len(heads) or heads[j] != heads[j - 1] + 1:
        return 0
    k = heads[j]
    while k < len(parts) and parts[k].kind == ZonePart.HEAD:
        k += 1
    run = k - heads[j - 1]
    attended = k < len(parts) and parts[k].kind == ZonePart.ATTEND
    return int(attended and run <= T.STACK_MAX_LINES)


def _leaning_break(parts: list[Part], heads: list[int], j: int) -> int:
    """1 when the stack ending before headline part ``j`` leaves out a line
    that leans on the subject of the line above it (张家界国际旅游市场持续升温 /
    前8个月接待境外游客…: a time and the verb, the subject above)."""
    if j >= len(heads) or heads[j] != heads[j - 1] + 1:
        return 0
    return int(leans_on_line_above(parts[heads[j]].text))


def _visit_break(parts: list[Part], heads: list[int], j: int) -> int:
    """1 when the stack ending before headline part ``j`` ends on a reporter's
    visit (探访平江县易地扶贫搬迁安置点 / 搬出大山 住进新家): a kicker naming where
    the report was made, whose title is the line under it."""
    if j >= len(heads) or heads[j] != heads[j - 1] + 1:
        return 0
    above = squash(parts[heads[j - 1]].text)
    return int(above.startswith(VISIT_VERBS) and not DASH_LED.match(squash(parts[heads[j]].text)))


def _event_break(parts: list[Part], heads: list[int], j: int) -> int:
    """1 when the stack ending before headline part ``j`` ends on a line
    reporting an event held (首届某某博览会筹备工作推进会召开) and leaves out
    the line under it, which does not: the message the kicker leads to."""
    if j >= len(heads) or heads[j] != heads[j - 1] + 1:
        return 0
    above, below = parts[heads[j - 1]].text, parts[heads[j]].text
    return int(reports_event(above) and not reports_event(below))


def _stressed_break(parts: list[Part], heads: list[int], i: int, j: int) -> int:
    """1 when the stack i..j-1 opens on what a meeting or a speaker stressed
    (全省防汛抗旱工作会议强调) and leaves out a line under it that goes on
    with no subject of its own (牢牢守住安全度汛底线): one more thing stressed."""
    if j >= len(heads) or j - i < 2 or heads[j] != heads[j - 1] + 1:
        return 0
    if not speaks(parts[heads[i]].text):
        return 0
    return int(start_tag(parts[heads[j]].text) in SUBJECTLESS_START)


def _figures_break(parts: list[Part], heads: list[int], j: int) -> int:
    """1 when the stack ending before headline part ``j`` leaves out a line
    stating figures under one that states none (益阳推进稻虾共作综合种养 /
    一田两用 亩均增收超两千元): a subtitle carries the figures of the title
    above it, a kicker seldom does."""
    if j >= len(heads) or heads[j] != heads[j - 1] + 1:
        return 0
    below, above = parts[heads[j]].text, parts[heads[j - 1]].text
    return int(carries_quantity(below) and not carries_quantity(above))


def _unclaimed_verb_break(
    parts: list[Part], heads: list[int], aff: list[dict[int, float]], j: int
) -> int:
    """1 when the stack ending before headline part ``j`` leaves out a line
    no body's words claim, opening on its verb, over a line opening on its
    own subject (某院启动护苗行动 / 护航青少年健康成长 / 全省某某活动启动): the
    verb's subject is the line above, the line below opens the next stack."""
    if j + 1 >= len(heads) or heads[j] != heads[j - 1] + 1 or heads[j + 1] != heads[j] + 1:
        return 0
    if max(aff[j].values(), default=0.0) > T.UNCLAIMED_AFFINITY:
        return 0
    if start_tag(parts[heads[j]].text) not in SUBJECTLESS_START:
        return 0
    return int(start_tag(parts[heads[j + 1]].text) in SUBJECT_START)


# --- 4. one stack a body -----------------------------------------------------------------


def assign(
    zones: list[Zone],
    read: list[list[Part]],
    affinity: Affinity,
    targets: list[int],
    contests: list[tuple[Stack, Stack]],
) -> list[Stack]:
    """Stacks of every zone, no body taking two; each claim given up is noted
    in ``contests`` as (stronger, weaker)."""
    excluded: list[set[int]] = [set() for _ in zones]
    cuts: list[list[Stack] | None] = [None] * len(zones)
    for _ in range(T.ASSIGN_ROUNDS):
        for z, zone in enumerate(zones):
            if cuts[z] is None:
                bodies = set(targets) - excluded[z]
                if zone.under_writers and zone.after in bodies:
                    bodies = {zone.after}
                cuts[z] = _top_whole(
                    zone,
                    best_stacks(z, zone, read[z], affinity, bodies, T.HEAD_MIN_SCORE),
                    _headless_next(zones, affinity, zone),
                )
        claims: dict[int, list[Stack]] = {}
        for cut in cuts:
            for stack in cut or []:
                if stack.body >= 0:
                    claims.setdefault(stack.body, []).append(stack)
        contested = {b: ss for b, ss in claims.items() if len(ss) > 1}
        if not contested:
            break
        for body, rivals in contested.items():
            # (a title signed right under it, a commentary's, is surer than
            # any line that merely shares its body's words; a commentary
            # summing up the page shares every story's)
            best = max(s.gain for s in rivals)
            keep = max(
                rivals,
                key=lambda s: (
                    _by_papers_writer(read[s.zone], s)
                    or (
                        body in affinity.commentators
                        and (
                            _closes_zone_over(zones, read, s, body)
                            or (
                                _under_against_afar(zones, s, rivals)
                                and s.gain >= T.SIGNED_CLAIM_SHARE * best
                            )
                        )
                    )
                    or (
                        (
                            _signed(read[s.zone], s)
                            or _over_its_writer(zones, read, affinity, s)
                            or _over_its_reporters(zones, read, affinity, s)
                            or _heads_the_page(zones, read, s)
                            or _labelled_against(zones, read, affinity, s)
                        )
                        and s.gain >= T.SIGNED_CLAIM_SHARE * best
                    ),
                    s.gain,
                ),
            )
            for stack in rivals:
                if stack is not keep:
                    contests.append((keep, stack))
                    excluded[stack.zone].add(body)
                    cuts[stack.zone] = None
    stacks = [s for cut in cuts for s in cut or []]
    _drop_contested(stacks)
    contests.extend(_misplaced(read, affinity, stacks))
    stacks = _second_round(zones, read, affinity, targets, stacks)
    return _last_line_to_headless(zones, read, affinity, targets, stacks)


def _under_against_afar(zones: list[Zone], stack: Stack, rivals: list[Stack]) -> bool:
    """The stack is printed right under the text it claims (…可及。 /
    让分级诊疗成为… under a commentary's last line), every rival in a zone
    neither over nor under that text (a line beside another story that
    merely quotes the commentary's first words)."""

    def beside(s: Stack) -> bool:
        return s.body in (zones[s.zone].before, zones[s.zone].after)

    return zones[stack.zone].before == stack.body and not any(
        beside(r) for r in rivals if r is not stack
    )


def _top_whole(zone: Zone, cut: list[Stack], headless_next: bool = False) -> list[Stack]:
    """The page's first lines, over the text of the story printed under them
    and holding its stack, are all that story's (a kicker, a series' name, a
    banner over the stack; a title line between it and the text): no piece
    of them goes to a story further on for the words it shares with it,
    unless the stacks of two dated stories were bunched there, the story
    under them first (``headless_next``: the next is dated and has no
    headline over it) and the last stacks the next's."""
    lead = next((k for k, s in enumerate(cut) if s.body == zone.after), -1)
    if zone.before >= 0 or lead < 0 or len(cut) < 2 or any(s.body < 0 for s in cut[:lead]):
        return cut
    if headless_next and lead == 0 and all(s.body == zone.after + 1 for s in cut[1:]):
        return cut
    first = cut[0]
    return [Stack(first.zone, first.first, cut[-1].last, zone.after, cut[lead].gain)]


def _headless_next(zones: list[Zone], affinity: Affinity, zone: Zone) -> bool:
    """The story printed after the one under ``zone`` is dated, and no zone
    of headlines stands over it."""
    nxt = zone.after + 1
    return (
        zone.after >= 0 and nxt in affinity.dated and not any(other.after == nxt for other in zones)
    )


def _by_papers_writer(parts: list[Part], stack: Stack) -> bool:
    """The stack stands right over the paper's unnamed writer (湖南日报评论员):
    a commentary's title, whatever else shares the words of its text."""
    nxt = stack.last + 1
    return (
        _signed(parts, stack)
        and len(parts[nxt].lines) == 1
        and _PAPERS_WRITER.match(squash(parts[nxt].lines[0].raw)) is not None
    )


def _signed(parts: list[Part], stack: Stack) -> bool:
    """The stack's last line stands right over a signature (评论员 某某)."""
    nxt = stack.last + 1
    return nxt < len(parts) and parts[nxt].kind == ZonePart.SIGN


def _over_its_writer(
    zones: list[Zone], read: list[list[Part]], affinity: Affinity, stack: Stack
) -> bool:
    """The stack ends its zone right over the body it claims, a body that
    opens on its writer's line (标题 / 某某 / text): as sure as a signature
    in the zone."""
    return _closes_zone_over(zones, read, stack, stack.body) and stack.body in affinity.signed


def _over_its_reporters(
    zones: list[Zone], read: list[list[Part]], affinity: Affinity, stack: Stack
) -> bool:
    """The stack, of two lines or more, ends its zone right over the feature
    it claims, one in sections opening on its reporters' line (kicker / title /
    记者 某某 / text / crossheads): as sure as a writer's line under it. (One
    line there may be the series' name the feature runs under.)"""
    parts = read[stack.zone]
    return (
        sum(len(parts[m].lines) for m in range(stack.first, stack.last + 1)) >= 2
        and _closes_zone_over(zones, read, stack, stack.body)
        and stack.body in affinity.features
    )


def _labelled_against(
    zones: list[Zone], read: list[list[Part]], affinity: Affinity, stack: Stack
) -> bool:
    """The stack is one line printed right under the text of the opinion
    body it claims and right over a column label (text / 标题 / 某某时评): a
    commentary's title, however few words it shares with its text."""
    parts, label = read[stack.zone], stack.last + 1
    return (
        stack.first == stack.last == 0
        and stack.body == zones[stack.zone].before
        and stack.body in affinity.opinion
        and label < len(parts)
        and parts[label].kind == ZonePart.LABEL
    )


def _heads_the_page(zones: list[Zone], read: list[list[Part]], stack: Stack) -> bool:
    """The stack is the page's first headline, printed right over the text
    it claims: the lead's, whatever else shares its words."""
    return zones[stack.zone].before < 0 and _closes_zone_over(zones, read, stack, stack.body)


def _closes_zone_over(zones: list[Zone], read: list[list[Part]], stack: Stack, body: int) -> bool:
    """The stack holds its zone's last headline line, printed right over
    ``body`` (a column's label may stand between: 标题 / 湘江观察 / 某某)."""
    parts = read[stack.zone]
    return zones[stack.zone].after == body and all(
        part.kind == ZonePart.LABEL for part in parts[stack.last + 1 :]
    )


def _misplaced(read: list[list[Part]], affinity: Affinity, stacks: list[Stack]) -> list:
    """Headline lines that went elsewhere (or to no body) because the body
    they talk about most was taken by another stack: (holder, those lines)."""
    holder = {s.body: s for s in stacks if s.body >= 0}
    found = []
    for stack in stacks:
        run: list[int] = []
        best_of_run = -1
        for m in [*range(stack.first, stack.last + 1), -1]:
            best = -1
            if m >= 0 and read[stack.zone][m].kind == ZonePart.HEAD:
                scores = affinity.of(read[stack.zone][m].text)
                best = max(scores, key=scores.get, default=-1)
                # (a line that speaks of the body its stack heads too is that
                # stack's, whichever body it names more)
                if scores.get(best, 0.0) < T.HEAD_MIN_SCORE or (
                    stack.body >= 0 and scores.get(stack.body, 0.0) >= T.HEAD_MIN_SCORE
                ):
                    best = -1
            if run and best != best_of_run:
                if best_of_run != stack.body and best_of_run in holder:
                    found.append((holder[best_of_run], Stack(stack.zone, run[0], run[-1], -1, 0.0)))
                run = []
            if best >= 0 and best != stack.body:
                run.append(m)
                best_of_run = best
    return found


def _drop_contested(stacks: list[Stack]) -> None:
    """Should rounds run out, the weaker of two claims on a body gives it up."""
    holder: dict[int, Stack] = {}
    for stack in sorted(stacks, key=lambda s: -s.gain):
        if stack.body >= 0:
            if stack.body in holder:
                stack.body = -1
            else:
                holder[stack.body] = stack


def _second_round(
    zones: list[Zone],
    read: list[list[Part]],
    affinity: Affinity,
    targets: list[int],
    stacks: list[Stack],
) -> list[Stack]:
    """Headline lines no body took go, on weaker evidence, to the bodies left
    without a headline: a title that shares few words with its body (一座
    老厂房的新生) is still its title."""
    taken = {s.body for s in stacks if s.body >= 0}
    free = set(targets) - taken
    if not free or all(s.body >= 0 for s in stacks):
        return stacks
    out: list[Stack] = []
    for stack in stacks:
        if stack.body >= 0 or not free:
            out.append(stack)
            continue
        parts = read[stack.zone][stack.first : stack.last + 1]
        offset = stack.first
        again = best_stacks(
            stack.zone, zones[stack.zone], parts, affinity, set(free), T.HEAD_MIN_SCORE_LEFT
        )
        under = zones[stack.zone].after
        if (
            under in free
            and all(s.body < 0 for s in again)
            and _closes_zone_over(zones, read, stack, under)
        ):
            # Lines no body took, printed right over a body left without a
            # headline and sharing no word with it (奋进新征程 科技“尖兵” /
            # 让“卡脖子”变成“撒手锏” over a feature's byline): its headline.
            stack.body = under
            free.discard(under)
            out.append(stack)
            continue
        for s in again:
            s.first += offset
            s.last += offset
            if s.body >= 0:
                free.discard(s.body)
        out.extend(again)
    _drop_contested(out)
    return out


def _last_line_to_headless(
    zones: list[Zone],
    read: list[list[Part]],
    affinity: Affinity,
    targets: list[int],
    stacks: list[Stack],
) -> list[Stack]:
    """A bunch of headlines read as one long stack may end on the title of
    a body left with none (a commentary's, printed under a report's title
    and subtitle): the stack's last line, if it speaks of that body more
    than of the stack's, is that body's title. (Not under a speaker's line:
    what was said may read as any commentary's title.) So is a standing
    title's short line (健康提示, 某某小课堂) closing the zone over the
    headless body right under it: a box of tips under its name, no
    report's subtitle."""
    headless = set(targets) - {s.body for s in stacks if s.body >= 0}
    out: list[Stack] = []
    for stack in stacks:
        out.append(stack)
        if stack.body < 0 or not headless:
            continue
        parts = read[stack.zone]
        heads = [m for m in range(stack.first, stack.last + 1) if parts[m].kind == ZonePart.HEAD]
        if len(heads) < T.STACK_SHED_MIN or heads[-1] != stack.last:
            continue
        if any(speaks(parts[m].text) for m in heads[:-1]):
            continue  # (a speaker's line: the lines under it are what was said)
        if DASH_LED.match(parts[stack.last].text):
            continue  # (a subtitle led by its dash: ——某地某某见闻)
        scores = affinity.of(parts[stack.last].text)
        best = max(sorted(headless), key=lambda b: scores.get(b, 0.0))
        under = zones[stack.zone].after
        if (
            stack.last == len(parts) - 1
            and under in headless
            and under != stack.body
            and label_shaped(squash(parts[stack.last].text))
            # (a column's name is its label)
            and not looks_like_column(squash(parts[stack.last].text))
        ):
            best = under  # (a tips box's name over its text)
            scores = {**scores, best: max(scores.get(best, 0.0), T.HEAD_MIN_SCORE)}
        elif scores.get(best, 0.0) < T.HEAD_MIN_SCORE or scores.get(best, 0.0) <= scores.get(
            stack.body, 0.0
        ):
            continue
        stack.last = heads[-2]
        stack.parts = [m for m in stack.parts if m <= stack.last]
        out.append(Stack(stack.zone, heads[-1], heads[-1], best, scores[best], [heads[-1]]))
        headless.discard(best)
    return out


def _split_run_together(
    drafts: list[Draft], zones: list[Zone], read: list[list[Part]], keep: Stack, rival: Stack
) -> bool:
    """Two stacks claimed one body: when one stack's words are all in the
    body's first paragraphs and the other's in its last ones, the body is two
    stories run together (nothing but a new paragraph parted them). It is cut
    where the words change hands; True when it was."""
    k = keep.body
    draft = drafts[k]
    if draft.kind == ArticleKind.PHOTO or len(draft.paras) < 2:
        return False
    if not draft.dateline and any(_over_attendance(read[s.zone], s) for s in (keep, rival)):
        return False  # (a meeting's stack heads a dated report, never half of an undated piece)
    signed = [
        any(p.kind == ZonePart.SIGN for p in read[s.zone][s.last + 1 :]) for s in (keep, rival)
    ]
    if (
        not draft.dateline
        and any(
            _right_over(zones, read, s, k) and sign
            for s, sign in zip((keep, rival), signed, strict=True)
        )
        and not all(signed)
    ):
        # (a writer signs one piece: a signed stack right over it heads all of
        # it, unless the other stack has a writer of its own)
        return False
    # A commentary's writer opening the text under the stack over it, and
    # another's title, label and writer printed after the text: two signed
    # pieces, whatever few words one of the titles shares with its own.
    signed_pair = (
        not draft.dateline
        and bool(draft.byline)
        and any(_signed_after(zones, read, s, k) for s in (keep, rival))
    )
    text = {
        id(s): "".join(read[s.zone][m].text for m in range(s.first, s.last + 1))
        for s in (keep, rival)
    }
    own = {key: set(words(value)) for key, value in text.items()}
    if any(len(w) < T.SPLIT_HEAD_WORDS_MIN for w in own.values()):
        return False
    flats = [squash(p.text) for p in draft.paras]
    # (pairs inside its words: 项目 of 项目“加速跑” is one, not 目加 of 项目加快)
    pairs = {key: frozenset().union(*map(bigrams, value)) for key, value in own.items()}
    # A stack printed right over the body heads its first paragraphs: the
    # other can only have run on after them (a commentary opening on a
    # story it comments on is not that story).
    over = [s for s in (keep, rival) if _right_over(zones, read, s, k)]
    orders = [(f, o) for f, o in ((keep, rival), (rival, keep)) if not over or f in over]
    scored: list[tuple[float, int]] = []
    for cut in range(1, len(flats)):
        if _among_sections(draft.paras, cut):
            continue  # (crossheads on both sides: one feature's sections)
        if AUTHOR_NOTE.match(draft.paras[cut].text):
            continue  # (a writer's note, （作者单位：…）, closes the text above it)
        before, after = "".join(flats[:cut]), "".join(flats[cut:])
        for first, second in orders:
            # Each stack's words on its own side of the cut, and not on the other.
            shares = [
                sum((w in mine) and (w not in other) for w in own[id(stack)]) / len(own[id(stack)])
                - sum((w in other) and (w not in mine) for w in own[id(stack)])
                / len(own[id(stack)])
                for stack, mine, other in ((first, before, after), (second, after, before))
            ]
            score = min(shares)
            # Two signed pieces run together, the second's title printed
            # after its text with every word of it in the tail: the first's
            # title (a commentary's often says what its text does not) needs
            # fewer of its words on its side.
            bar = T.SPLIT_CLEAN_SHARE
            if over and all(signed) and shares[1] >= T.SPLIT_TITLE_AFTER_SHARE:
                bar = T.SPLIT_OVER_TITLE_AFTER_SHARE
            least = T.SPLIT_PAIRS_ON_SIDE
            if over and signed_pair and max(shares) >= T.SPLIT_CLEAN_SHARE:
                bar, least = T.SPLIT_SIGNED_PAIR_SHARE, 1
            # (and each names its side with more than one pair of characters
            # of its words: one common word, 项目 or 发展, is in any story)
            named = min(
                sum((b in mine) and (b not in other) for b in pairs[id(stack)])
                for stack, mine, other in ((first, before, after), (second, after, before))
            )
            if score >= bar and named >= least:
                scored.append((score, cut))
    if not scored:
        return False
    # Where the words change hands over several paragraphs, the cut falls
    # where neighbouring paragraphs share least (the change of topic).
    top = max(score for score, _ in scored)
    cuts = [cut for score, cut in scored if score == top]
    _cut_off(drafts, zones, k, _where_topic_changes(draft.paras, flats, cuts))
    return True


def _signed_after(zones: list[Zone], read: list[list[Part]], stack: Stack, body: int) -> bool:
    """The stack is printed right after ``body``'s text, its column's label
    and its writer under it in either order (… / title / 锐评 / 某某),
    heading no text below."""
    zone = zones[stack.zone]
    if zone.before != body:
        return False
    parts = read[stack.zone]
    rest = sorted(p.kind for p in parts[stack.last + 1 :])
    if stack.first == 0 and rest == [ZonePart.LABEL, ZonePart.SIGN]:
        return True
    # (or the label over the title, the writer under it: 锐见 / title / 某某,
    # the next piece's stack after them)
    return (
        (stack.first == 1 or (stack.first == 0 and stack.last >= 1))
        and (
            parts[0].kind == ZonePart.LABEL
            or label_shaped(squash(parts[0].text))
            or two_character_label(parts[0].text)
        )
        and stack.last + 1 < len(parts)
        and parts[stack.last + 1].kind == ZonePart.SIGN
    )


def _joined_another_stack(
    zones: list[Zone],
    read: list[list[Part]],
    affinity: Affinity,
    stacks: list[Stack],
    keep: Stack,
    rival: Stack,
) -> bool:
    """The lines of a stack that lost its claim on a body stand, in the
    final cut, inside a larger stack heading another body they name too (a
    kicker read first alone, for the words it shares with a story, then with
    its own title): no story of theirs ran on inside the body."""

    def text(first: int, last: int) -> str:
        return "".join(read[rival.zone][m].text for m in range(first, last + 1))

    named = affinity.of(text(rival.first, rival.last))
    # (a line closing the zone right over a dated report is that report's title)
    over_dated = (
        rival.last == len(read[rival.zone]) - 1 and zones[rival.zone].after in affinity.dated
    )
    return any(
        s.zone == rival.zone
        and s.body >= 0
        and s.body != keep.body
        and s.first <= rival.first
        and rival.last <= s.last
        and (s.first, s.last) != (rival.first, rival.last)
        and (
            named.get(s.body, 0.0) >= T.HEAD_MIN_SCORE
            # (or they close it, a title under a kicker that names the body)
            or (
                not over_dated
                and rival.last == s.last
                and affinity.of(text(s.first, rival.first - 1)).get(s.body, 0.0) >= T.HEAD_MIN_SCORE
            )
        )
        for s in stacks
    )


def _among_sections(paras: list[Para], cut: int) -> bool:
    """Paragraph ``cut`` is inside a run of sections: a crosshead right
    before it, or crossheads both before and after it."""
    return paras[cut - 1].subhead or (
        any(p.subhead for p in paras[:cut]) and any(p.subhead for p in paras[cut:])
    )


def _right_over(zones: list[Zone], read: list[list[Part]], stack: Stack, body: int) -> bool:
    """The stack is the last of the zone printed right over ``body``: no
    headline line stands between it and the body's first line."""
    parts = read[stack.zone]
    return zones[stack.zone].after == body and not any(
        p.kind == ZonePart.HEAD for p in parts[stack.last + 1 :]
    )


def _rest_over_dateline(
    drafts: list[Draft],
    zones: list[Zone],
    read: list[list[Part]],
    stacks: list[Stack],
    stack: Stack,
) -> bool:
    """The stack ends its zone right over a dated body whose stack is the one
    just above it: the rest of that report's headline, whatever words it
    shares with another body (no second story ran together there)."""
    after = zones[stack.zone].after
    parts = read[stack.zone]
    if after < 0 or not drafts[after].dateline:
        return False
    if any(p.kind == ZonePart.HEAD for p in parts[stack.last + 1 :]):
        return False
    # (once the claim is given up, the zone is cut again: the rest may by
    # then be in that report's stack itself)
    above = [s for s in stacks if s.zone == stack.zone and s.first < stack.first]
    return bool(above) and max(above, key=lambda s: s.first).body == after


def _over_attendance(parts: list[Part], stack: Stack) -> bool:
    """The stack stands over a "某某出席" line: a meeting's report's."""
    return stack.last + 1 < len(parts) and parts[stack.last + 1].kind == ZonePart.ATTEND


def _cut_off(drafts: list[Draft], zones: list[Zone], k: int, cut: int) -> int:
    """Body ``k``'s paragraphs from ``cut`` on become a story of their own,
    now the body printed before the zones that followed ``k``; its index."""
    draft = drafts[k]
    tail = draft.paras[cut:]
    del draft.paras[cut:]
    moved = {no for para in tail for no in para.lines}
    draft.lines -= moved
    cut = Draft(starts_with=Opener.BODY, paras=tail, lines=moved)
    below = {no for no in draft.lines if moved and no > max(moved)}
    if below and squash(draft.byline).endswith("报道"):
        # The reporters' line closing the body signs the story cut off its end.
        cut.byline, draft.byline = draft.byline, ""
        cut.lines |= below
        draft.lines -= below
    drafts.append(cut)
    new = len(drafts) - 1
    for zone in zones:
        if zone.before == k:
            zone.before = new
    return new


# --- 5. what no body took ----------------------------------------------------------------


def _leftovers(
    drafts: list[Draft],
    zones: list[Zone],
    read: list[list[Part]],
    stacks: list[Stack],
    raw: dict[int, str],
) -> list[Stack]:
    """A stack no body took names a story run together with another: the one
    printed before it, or any whose last paragraphs hold the stack's words
    and whose first ones do not (a story printed on after a photo or a
    continued story without a headline or byline of its own). That story is
    cut off the end of the body and takes the stack."""
    for stack in stacks:
        if stack.body >= 0:
            continue
        text = "".join(read[stack.zone][m].text for m in range(stack.first, stack.last + 1))
        before = zones[stack.zone].before
        bodies = [
            k for k, d in enumerate(drafts) if d.kind != ArticleKind.PHOTO and len(d.paras) >= 2
        ]
        # The body printed before the zone first, then the others by how many
        # of the stack's words they hold.
        bodies.sort(key=lambda k: (k != before, -word_share(text, drafts[k].body)))
        for k in bodies:
            if k != before and not word_share(text, drafts[k].body):
                break
            own = [s for s in stacks if s.body == k]
            old_head = "".join(
                read[s.zone][m].text for s in own for m in range(s.first, s.last + 1)
            )
            cut = _cut_for(text, drafts[k].paras, old_head)
            if cut is not None:
                stack.body = _cut_off(drafts, zones, k, cut)
                break
        if stack.body < 0:
            signed = _signed(read[stack.zone], stack)
            _cut_at_step(drafts, zones, stacks, stack, text, bodies, raw, signed)
    return stacks


def _cut_at_step(
    drafts: list[Draft],
    zones: list[Zone],
    stacks: list[Stack],
    stack: Stack,
    text: str,
    bodies: list[int],
    raw: dict[int, str],
    signed: bool,
) -> None:
    """A stack no body took and whose words name no cut: a body whose text
    steps from one column width to another at a paragraph's start is two
    stories (with a headline wanting a body, a smaller step tells it).
    Bodies tried: the one printed right before the stack (its story is the
    last of that body, after the last step); the one printed right under it,
    when the stack is signed (its story is the first, before the first step
    its words allow); then any its words name, at the step its words lean
    to most. The stack takes the story after the step, unless it is printed
    right over the body or the body's own stack is printed after the body
    (then that one heads the story after the step)."""
    before, under = zones[stack.zone].before, zones[stack.zone].after
    own = words(text)
    # (over a body, only a signed title, or one over a body opening on its
    # writer's line that is no column's name: an unsigned short line there
    # is as often a column's name)
    signed = signed or (
        under >= 0
        and drafts[under].starts_with == Opener.BYLINE
        and not looks_like_column(squash(text))
    )
    near = [k for k in (before, under if signed else -1) if k in bodies]
    for k in near + [k for k in bodies if k not in near]:
        if k not in near and not word_share(text, drafts[k].body):
            break
        paras = drafts[k].paras
        cuts = [c for c in range(1, len(paras)) if _steps_at(paras, c, raw)]
        if not cuts:
            continue
        owner = next((s for s in stacks if s.body == k), None)
        trailing = (
            owner is not None and k != before and (k == under or zones[owner.zone].before == k)
        )
        if k == before:
            cut = cuts[-1]
        else:
            flats = [squash(p.text) for p in paras]
            lean, _, cut = max(
                (_leans(own, flats, c, trailing), -c if k == under else c, c) for c in cuts
            )
            if lean < 0:
                continue
        new = _cut_off(drafts, zones, k, cut)
        if trailing:
            owner.body, stack.body = new, k
        else:
            stack.body = new
        return


def _leans(own: list[str], flats: list[str], cut: int, first: bool) -> float:
    """How much more of a headline's words are on its side of a cut (the
    first paragraphs' side with ``first``) than on the other."""
    head, rest = "".join(flats[:cut]), "".join(flats[cut:])
    mine, other = (head, rest) if first else (rest, head)
    return sum((w in mine) - (w in other) for w in own) / max(len(own), 1)


def _steps_at(paras: list[Para], cut: int, raw: dict[int, str]) -> bool:
    """The body's full lines change column width at paragraph ``cut``."""

    def full(run: list[Para]) -> list[float]:
        return [
            width(squeeze(raw[no]))
            for para in run
            if not para.subhead
            for no in sorted(para.lines)[1:-1]
            if no in raw
        ]

    above = full(paras[:cut])[-T.COLUMN_CHANGE_LINES :]
    below = full(paras[cut:])[: T.COLUMN_CHANGE_LINES]
    return steps(above, below, tight=True)


def _cut_for(text: str, paras: list[Para], old_head: str) -> int | None:
    """The paragraph where the story a headline names begins inside a body.
    The cut falls after the last paragraph that holds the body's own
    headline words and no later than the first that holds the new
    headline's; most of the new headline's words must be after it, none
    before. Between those bounds it falls where neighbouring paragraphs
    share least (the change of topic)."""
    own = words(text)
    if len(own) < T.SPLIT_HEAD_WORDS_MIN:
        return None
    flats = [squash(para.text) for para in paras]
    first_new = next((i for i, f in enumerate(flats) if any(w in f for w in own)), None)
    if not first_new:
        return None
    old = words(old_head)
    lo = 1 + max((i for i, f in enumerate(flats) if any(w in f for w in old)), default=0)
    hi = first_new
    if lo > hi:
        return None
    after = "".join(flats[lo:])
    if sum(w in after for w in own) / len(own) < T.SPLIT_HEAD_IN_TAIL:
        return None
    if any(w in "".join(flats[:lo]) for w in own):
        return None
    if any(paras[c].subhead or paras[c - 1].subhead for c in range(lo, hi + 1)):
        return None  # a crosshead between: one feature's sections
    if any(paras[c].after_photo for c in range(lo, hi + 1)):
        return _where_topic_changes(paras, flats, range(lo, hi + 1))
    # From the first paragraph the headline names, back over those that talk
    # more about the story it starts than about the one before.
    cut = hi
    while cut > lo:
        new, old = "".join(flats[cut:]), "".join(flats[: cut - 1])
        if similarity(flats[cut - 1], new) <= similarity(flats[cut - 1], old):
            break
        cut -= 1
    return cut


def _where_topic_changes(paras: list[Para], flats: list[str], cuts) -> int:
    """Of the paragraphs a story may start at, the one after a photo (the
    story before ran up to it), else the one that shares least with the
    paragraph before it."""
    cuts = list(cuts)
    after_photo = [c for c in cuts if paras[c].after_photo]
    if after_photo:
        return after_photo[0]
    return min(cuts, key=lambda c: similarity(flats[c - 1], flats[c]))


# --- 6. stacks into drafts -------------------------------------------------------------------


def _signs_beside(
    drafts: list[Draft],
    zones: list[Zone],
    read: list[list[Part]],
    owner: dict[tuple[int, int], int],
    at: tuple[int, int],
) -> bool:
    """The bare name at ``at`` stands between the title of the body under the
    zone, a body opening on another bare name, and the zone's last line, the
    title of another body that has no writer: the two pieces' titles and
    writers are printed in pairs, side by side, over their texts."""
    z, k = at
    parts, body = read[z], zones[z].after
    if not (0 < k == len(parts) - 2) or parts[k + 1].kind != ZonePart.HEAD:
        return False
    other = owner.get((z, k + 1), -1)
    own = drafts[body].byline.strip() if body >= 0 else ""
    return (
        parts[k].kind == ZonePart.SIGN
        and len(parts[k].lines) == 1
        and is_name_line(parts[k].text.strip())
        and owner.get((z, k - 1), -1) == body
        and drafts[body].starts_with == Opener.BYLINE
        and is_name_line(own)
        and other >= 0
        and other != body
        and not drafts[other].byline
    )


def _apply(drafts: list[Draft], zones: list[Zone], read: list[list[Part]], stacks: list[Stack]):
    owner = _owners(drafts, zones, read, stacks)
    for z, parts in enumerate(read):
        for k, part in enumerate(parts):
            body = owner.get((z, k), -1)
            if (
                body < 0
                and k
                and part.kind == ZonePart.HEAD
                and parts[k - 1].kind != ZonePart.SIGN  # (a signature closes its stack)
                and _rest_of_zone_is_orphan(owner, z, k, parts)
            ):
                # Headline lines left over under a stack, with nothing after them
                # in the zone, are the rest of that stack.
                body = owner.get((z, k - 1), -1)
                if body >= 0:
                    owner[(z, k)] = body
            if (
                body >= 0
                and part.kind == ZonePart.SIGN
                and drafts[body].byline
                and not squash(drafts[body].byline).endswith("报道")
                and not is_name_line(drafts[body].byline.strip())
            ):
                # (a story signed over its text takes no second signature for
                # a headline: the sign is kept apart, a fragment. A reporters'
                # line closing a body, …报道, or a bare name may be the sign of
                # the story above it: ``column_pages`` hands it back.)
                _orphan(drafts, part)
            elif body >= 0 and _signs_beside(drafts, zones, read, owner, (z, k)):
                # Two pieces side by side, each title over its writer's name
                # (标题甲 / 某甲 / 标题乙 / 某乙 / 甲's text / 乙's text): the name
                # over the first text is the second's writer.
                nxt = drafts[owner[(z, k + 1)]]
                nxt.byline = drafts[body].byline
                drafts[body].byline = squeeze_names(part.text)
                drafts[body].lines.update(li.no for li in part.lines)
            elif body >= 0:
                _give(drafts[body], part)
            elif part.kind == ZonePart.LABEL and _briefs_label_over(drafts, owner, z, k, part):
                # (a run of briefs' label over the stack of the brief under it,
                # headlines bunched: that brief's column)
                under = drafts[owner[(z, k + 1)]]
                under.column = squash(part.text)
                under.lines.update(li.no for li in part.lines)
            elif (
                part.kind == ZonePart.LABEL
                and (dated := _kicker_of_dated(drafts, zones, owner, z, k, parts)) >= 0
            ):
                part.kind = ZonePart.HEAD
                _give(drafts[dated], part)
            elif part.kind == ZonePart.LABEL:
                k_label = _label_owner(drafts, zones[z])
                if _label_between_title_and_writer(drafts, zones[z], owner, z, k, parts):
                    k_label = zones[z].after
                if k_label >= 0 and not drafts[k_label].column:
                    drafts[k_label].column = squash(part.text)
                    drafts[k_label].lines.update(li.no for li in part.lines)
                    continue
                _orphan(drafts, part)
            elif part.kind == ZonePart.SIGN:
                k_sign = _sign_owner(drafts, zones[z], parts, k, _signed_at_foot(zones, read, z))
                if k_sign < 0:
                    k_sign = _closes_stack_after_text(drafts, zones[z], owner, z, k, part)
                if k_sign >= 0:
                    _give(drafts[k_sign], part)
                    owner[(z, k)] = k_sign  # (a crosshead under it may open that text)
                else:
                    _orphan(drafts, part)
            elif _first_crosshead(drafts, zones[z], parts, k, owner.get((z, k - 1), -1)):
                first = Para(squeeze(part.text), [li.no for li in part.lines], subhead=True)
                first.raw = part.text
                drafts[zones[z].after].paras.insert(0, first)
                drafts[zones[z].after].lines.update(li.no for li in part.lines)
            elif k == 0 and (signed := _signs_at_foot(drafts, zones[z], part)) >= 0:
                part.kind = ZonePart.SIGN
                _give(drafts[signed], part)
            else:
                _orphan(drafts, part)


def _closes_stack_after_text(
    drafts: list[Draft], zone: Zone, owner: dict, z: int, k: int, part: Part
) -> int:
    """A bare name closing a stack whose title went to the body printed
    before it, that body opened by a writer's name of its own (text / title /
    label / 某某, on a page whose stacks follow their texts): the name is
    that stack's, kept in its headline for ``column_pages`` to hand the
    names up a piece each (-1: no such stack)."""
    body = zone.before
    if body < 0 or not is_name_line(part.text.strip()):
        return -1
    draft = drafts[body]
    signer = is_name_line(draft.byline.strip()) or COMMENTATOR_NAMED.search(draft.byline)
    if draft.starts_with != Opener.BYLINE or not signer:
        return -1
    took = any(owner.get((z, j)) == body for j in range(k))
    return body if took and squash(draft.byline) != squash(part.text) else -1


def _signs_at_foot(drafts: list[Draft], zone: Zone, part: Part) -> int:
    """A name read as a person's, first in its zone and taken by no stack,
    right under an undated piece that no one signs (…更大的进步。 / 陈某): the
    piece's writer, signed at its foot (-1: no such piece)."""
    if len(part.lines) != 1 or zone.before < 0:
        return -1
    text = part.lines[0].raw.strip()
    above = drafts[zone.before]
    if not (is_name_line(text) and _read_as_name(squash(text))):
        return -1
    if above.dateline or above.byline or above.kind == ArticleKind.PHOTO or not above.paras:
        return -1
    return zone.before if ends_sentence(above.paras[-1].text) else -1


def _first_crosshead(
    drafts: list[Draft], zone: Zone, parts: list[Part], k: int, signed: int
) -> bool:
    """The zone's last line, a headline's shape under the byline the story
    below it took, is that feature's first crosshead (title / 记者 某某 /
    从“老工业”到“新智造” / 3月的湘潭…) when the feature sets off its
    sections with crossheads further on."""
    return (
        k == len(parts) - 1
        and k > 0
        and parts[k].kind == ZonePart.HEAD
        and parts[k - 1].kind == ZonePart.SIGN
        and signed >= 0
        and signed == zone.after
        and any(p.subhead for p in drafts[signed].paras)
    )


def _rest_of_zone_is_orphan(owner, z: int, k: int, parts: list[Part]) -> bool:
    return all(
        (z, m) not in owner and parts[m].kind in (ZonePart.HEAD, ZonePart.ATTEND)
        for m in range(k, len(parts))
    )


def _signed_piece(drafts: list[Draft], k: int) -> bool:
    """Body ``k`` is a piece signed by a writer above its text, with no
    dateline and no column label yet."""
    return k >= 0 and bool(drafts[k].byline) and not drafts[k].dateline and not drafts[k].column


def _owners(
    drafts: list[Draft], zones: list[Zone], read, stacks: list[Stack]
) -> dict[tuple[int, int], int]:
    """(zone, part) -> body, for every part a stack holds: its headline lines,
    the "某某出席" line and signature under them, the label above them (or
    under them, when nothing follows in the zone). A column label heads
    commentary, essays and features, never a dated news story."""
    owner: dict[tuple[int, int], int] = {}
    for stack in stacks:
        if stack.body < 0:
            continue
        parts = read[stack.zone]
        for m in range(stack.first, stack.last + 1):
            owner[(stack.zone, m)] = stack.body
        m = stack.last + 1
        signed = False
        while m < len(parts) and parts[m].kind in (ZonePart.ATTEND, ZonePart.SIGN):
            if parts[m].kind == ZonePart.SIGN and drafts[stack.body].dateline:
                break  # a dated story's reporters are in its dateline: the sign is another's
            if parts[m].kind == ZonePart.SIGN and signed:
                break  # one signature a story: the next signs the story after it
            signed = signed or parts[m].kind == ZonePart.SIGN
            owner[(stack.zone, m)] = stack.body
            m += 1
        if drafts[stack.body].dateline:
            _kicker_over_report(parts, stack, owner, drafts)
            continue
        m = stack.first - 1
        if m >= 0 and parts[m].kind == ZonePart.LABEL:
            owner[(stack.zone, m)] = stack.body
        elif stack.last + 1 < len(parts) and parts[stack.last + 1].kind == ZonePart.LABEL:
            follows = stack.last + 2
            if follows < len(parts) and parts[follows].kind == ZonePart.HEAD:
                continue
            if follows >= len(parts) and _signed_piece(drafts, zones[stack.zone].after):
                continue  # (the label of the piece signed right under it: 观点 / 某某)
            owner[(stack.zone, stack.last + 1)] = stack.body
    return owner


#: A corner's name over the items it gathers: briefs (要闻简报) or a
#: commentary page's corners (湘声新论, 湘江潮评), never a report's kicker.
_CORNER_NAME = re.compile(r"(?:简报|简讯|..[论评])$")
#: A time frame alone on a line (前两个月, 一季度, 前8个月, 今年以来, 1至8月):
#: the start of the title's sentence, never a column's name.
_TIME_FRAME_ALONE = re.compile(
    r"^(?:今年|去年|开年)?(?:前|近|头|上|下)?(?:[0-9０-９]+[至到-])?"
    r"[0-9０-９一二两三四五六七八九十]*(?:个月|个季度|季度|半年|年|月|周|天)(?:以来|来)?$"
    r"|^(?:今年|去年|开年|入冬|入夏|入汛|节后)以来$"
)


def _kicker_over_report(parts: list[Part], stack: Stack, owner: dict, drafts: list[Draft]) -> None:
    """A time frame read as a label right over a dated report's stack is its
    kicker (一季度 / 全省新开工重点项目…): the title's sentence opens
    on it, and no column is named for a span of time."""
    m = stack.first - 1
    if m < 0 or parts[m].kind != ZonePart.LABEL or (stack.zone, m) in owner:
        return
    text = squash(parts[m].text)
    if parts[stack.first].lines[0].gap > 1:
        return
    if not _TIME_FRAME_ALONE.match(text) and not _topic_over_report(
        parts, m, drafts[stack.body].body
    ):
        return
    parts[m].kind = ZonePart.HEAD
    owner[(stack.zone, m)] = stack.body


def _topic_over_report(parts: list[Part], m: int, body: str) -> bool:
    """A short line opening its zone over a report's stack that names what
    the report tells (委员关注 over a report of members' proposals): no
    column's name, no writer's, no briefs' or commentary's corner."""
    text = squash(parts[m].text)
    if m > 0 and parts[m - 1].kind == ZonePart.HEAD:
        return False  # (a headline line's wrapped tail, or a stack's middle)
    if looks_like_column(text) or _CORNER_NAME.search(text) or is_name_line(parts[m].text):
        return False
    return word_share(text, body) > 0


def _give(draft: Draft, part: Part) -> None:
    draft.lines.update(li.no for li in part.lines)
    if part.kind == ZonePart.LABEL:
        label = squash(part.text)
        if _pen_name_over(draft, label):
            draft.byline = draft.column  # (言清扬 over the body, 潇湘时评 under it)
            draft.column = ""
        if not draft.column:
            draft.column = label
        return
    if part.kind == ZonePart.SIGN:
        if not draft.byline:
            # (a writer's sign and the name under it are one: 文丨某某)
            signed = " ".join(squeeze_names(li.raw) for li in part.lines)
            draft.byline = _AFTER_SIGN.sub(r"\1", signed)
        else:
            draft.heads.append(part.lines)
        return
    if draft.heads and _tail_of(draft.heads[-1], part.lines[0]):
        draft.heads[-1] = [*draft.heads[-1], *part.lines]
    else:
        draft.heads.append(part.lines)


def _pen_name_over(draft: Draft, label: str) -> bool:
    """A commentary has one column: when a label of the column's words (…时评,
    …评论) reaches a story that took a short line of no such words over its
    body for its label, that line was the writer's name, signed without a
    role (a pen name: no surname list reads it)."""
    held = draft.column
    return bool(
        held
        and not draft.byline
        and not draft.dateline
        and T.PEN_NAME_MIN <= len(held) <= T.PEN_NAME_MAX
        and all(is_cjk(c) for c in held)
        and looks_like_column(label)
        and not looks_like_column(held)
        and not names_place(held)
    )


def _tail_of(piece: list[Line], line: Line) -> bool:
    """A short line printed tight under a headline line (no blank, no indent)
    is the rest of that line's piece (…“数字化车间” / 做法在全国推广), not
    a piece of its own: the extraction keeps a wrapped piece's lines together."""
    text = squeeze(line.raw)
    return (
        line.gap == 0
        and not line.indent
        and not is_attendance(text)
        and not DASH_LED.match(text)  # a dash opens a subtitle
        and not speaks("".join(li.raw for li in piece))  # a speaker's frame is whole
        and not closes_piece(squeeze("".join(li.raw for li in piece)))
        and not closes_on_event(piece[-1].raw)  # (…推进会召开 / 127个项目…: a new piece)
        # (…新增市场主体62.4万户 / 民营经济“活水”更足: a new piece; on the read
        # sets' column pages, such tight pairs are two pieces 19 times in 20)
        and not (closes_on_count(piece[-1].raw) and start_of(text) != Start.UNIT)
        and len(text) <= T.HEAD_TAIL_MAX
        and len(text) <= len(squeeze("".join(li.raw for li in piece)))
    )


def _orphan(drafts: list[Draft], part: Part) -> None:
    """A piece no body took is kept as a headline-less fragment of its own."""
    orphan = Draft(kind=ArticleKind.OTHER, starts_with=Opener.ORPHAN)
    orphan.paras.append(Para(squeeze(part.text), [li.no for li in part.lines]))
    orphan.lines.update(li.no for li in part.lines)
    drafts.append(orphan)


def _briefs_label_over(
    drafts: list[Draft], owner: dict[tuple[int, int], int], z: int, k: int, part: Part
) -> bool:
    """A label of briefs (平安快讯) right over the stack of a dated brief."""
    under = owner.get((z, k + 1), -1)
    return (
        bool(BRIEFS_COLUMN.search(squash(part.text)))
        and under >= 0
        and bool(drafts[under].dateline)
        and not drafts[under].column
    )


def _kicker_of_dated(
    drafts: list[Draft],
    zones: list[Zone],
    owner: dict[tuple[int, int], int],
    z: int,
    k: int,
    parts: list[Part],
) -> int:
    """A label's shape left to no one, opening a zone over the first line of
    the stack of the dated report printed right above it (变废为宝 / 湘潭某某工业区建成生态
    公园, after its text): no column's name, which heads commentary, features
    and briefs, but that report's kicker (-1: no such report)."""
    if k > 0 or len(parts) < 2 or parts[1].kind != ZonePart.HEAD:
        return -1  # (first in its zone: under a headline, a word it left alone)
    body = owner.get((z, 1), -1)
    if body < 0 or body != zones[z].before:
        return -1
    report = drafts[body]
    text = squash(parts[k].text)
    if not report.dateline or report.kind == ArticleKind.PHOTO or report.column:
        return -1
    if looks_like_column(text) or series_name(text) or letters_label(text):
        return -1
    return body


def _label_between_title_and_writer(
    drafts: list[Draft],
    zone: Zone,
    owner: dict[tuple[int, int], int],
    z: int,
    k: int,
    parts: list[Part],
) -> bool:
    """A label closing a zone whose last headline went to the piece opened
    right under it by its writer's name (title / 湘江观澜 / 某某 / text):
    printed inside that piece's stack, it is that piece's column."""
    after = zone.after
    return (
        k == len(parts) - 1
        and k > 0
        and after >= 0
        and owner.get((z, k - 1), -1) == after
        and parts[k - 1].kind == ZonePart.HEAD
        and drafts[after].starts_with == Opener.BYLINE
        and not drafts[after].dateline
    )


def _label_owner(drafts: list[Draft], zone: Zone) -> int:
    """A column label standing alone between two stories labels the one
    without a dateline (a commentary or feature) when only one is such;
    otherwise the story above it."""
    near = [k for k in (zone.before, zone.after) if k >= 0 and drafts[k].kind != ArticleKind.PHOTO]
    undated = [k for k in near if not drafts[k].dateline and not drafts[k].column]
    if undated:
        return undated[0]  # both undated: the story above, whose frame it closes
    return -1


def _signed_at_foot(zones: list[Zone], read: list[list[Part]], z: int) -> bool:
    """The body printed after zone ``z`` is signed at its foot: another zone
    under it opens on a signature, or on its stack and then one (its title
    printed after its text, 某某 under it)."""
    after = zones[z].after
    return after >= 0 and any(
        y != z and zones[y].before == after and _opens_signed(read[y]) for y in range(len(zones))
    )


def _opens_signed(parts: list[Part]) -> bool:
    """A zone's first parts hold a signature, only headline lines or labels
    before it."""
    for part in parts[: T.SIGNED_STACK_PARTS + 1]:
        if part.kind == ZonePart.SIGN:
            return True
        if part.kind not in (ZonePart.HEAD, ZonePart.LABEL):
            return False
    return False


def _sign_owner(
    drafts: list[Draft], zone: Zone, parts: list[Part], k: int, below_signed: bool = False
) -> int:
    """A signature no stack holds: standing first in its zone it signs the
    body printed right after it (a commentary signed above its text), else
    the body before it (signed at the end). Over headline lines it closes
    the body before: a writer is signed under a title, never over it; but
    reporters over the zone's last lines sign the feature under them. A body
    signed at its foot (``below_signed``) takes no name over its text."""
    over_heads = any(p.kind in (ZonePart.HEAD, ZonePart.LABEL) for p in parts[k + 1 :])
    first = k == 0 and not over_heads and not below_signed
    # (reporters over the zone's last stack are the writers of the feature
    # under it, printed over its title: 湖南日报记者 某某 / title / text)
    over_own = _reporters_over_stack(parts, k) and all(
        p.kind == ZonePart.HEAD for p in parts[k + 1 :]
    )
    order = (zone.after, zone.before) if first or over_own else (zone.before, zone.after)
    for body in order:
        if (
            body >= 0
            and drafts[body].kind != ArticleKind.PHOTO
            and not drafts[body].byline
            and not drafts[body].dateline
        ):
            return body
    return -1
