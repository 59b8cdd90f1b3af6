"""Pages extracted one paragraph per line.

Here a headline line (its parts joined by spaces) precedes the dateline, but
the extraction also cuts paragraphs and prints the rest of them many lines
later, sometimes inside another story, and prints some lines twice. The
passes: ``blocks`` (lines -> blocks with roles, boxes and twins out),
``_open_articles`` (an article at every dateline, byline, continuation and
photo box, with the headline blocks above it), ``assignment`` (each piece
of running text given to its story), ``_fill`` (blocks -> dateline, byline,
paragraphs, markers) and ``roles.take_labels`` (a column label above a
headline).
"""

from __future__ import annotations

import dataclasses
import re
from itertools import pairwise

from ..match import ends_with_number, joins_word, pos_tags, similarity
from ..model import ArticleKind
from ..reflow import ends_sentence, is_cjk, squash, squeeze, squeeze_names, starts_mid_sentence
from . import thresholds as T
from .assignment import assign
from .blocks import Block, box_entry, make_blocks
from .bunches import deal_foot_bunch
from .continuation import End, Start, end_of, opens_on_quarter, start_of
from .draft import Draft, Para
from .headlines import (
    asks_over_salutation,
    is_attendance,
    phrases,
    rejoin_broken,
    says_something,
    speaks,
    undouble,
)
from .hunan_words import formula_across, names_place, places_named, stops_in_formula
from .joins import (
    COUNTERS,
    breaks_last_word,
    completes_word,
    ends_open,
    figure_goes_on,
    join_evidence,
    list_awaits_count,
    magnitude_takes_unit,
    overlaps,
    stops_in_name,
    stops_on_copula,
    stops_on_magnitude,
    stops_on_open_word,
    wants_quantity,
    word_across,
)
from .kinds import BlockRole, Opener
from .lines import Line, drawers_joined
from .patterns import (
    AUTHOR_NOTE,
    BEFORE_FIGURE,
    BRIEFS_COLUMN,
    CAPTION_START,
    COLONS,
    CONTACT_LINE,
    DASH_LED,
    DATELINE_PAREN,
    EDITORS_NOTE,
    ENUMERATED,
    FULL_DATE,
    GROUP_CREDIT,
    HANDS_OVER,
    ISSUED_ON,
    LETTER_CLOSE,
    LIST_TITLE,
    LIST_TRAILING_OFF,
    MEMBER_VOICE,
    NOTICE_TITLE,
    OPINION_COLUMN,
    QA_TURN,
    QUOTED_WHOLE,
    REPORTED,
    SALUTATION,
    SCENE_CAPTION,
    SECTION_GIST,
    SOURCE_AFTER,
    SPOKEN,
    TIME_THEN_PAUSE,
    WRITER_SIGN,
    closing_byline,
    credit_match,
    dateline_match,
    is_name_line,
    jumps_in,
    looks_like_column,
    names_reader,
    readers_signature,
    series_name,
)
from .photos import split_untitled_groups
from .pieces import comma_crosshead, crosshead_series, topic_text
from .roles import (
    column_of_two,
    label_shaped,
    recurring_names,
    take_labels,
    two_character_label,
    word_share,
)
from .signatures import (
    name_over_report,
    names_issuer,
    pen_name_under_stack,
    pen_names_signing,
)
from .vocabulary import ANY_SURNAME, COMPOUND_SURNAMES, DANGLING_END


def segment(lines: list[Line]) -> tuple[list[Draft], list[str], list[str]]:
    """Lines -> drafts, page extras (boxes) and duplicated text."""
    blocks, boxes, duplicates = make_blocks(drawers_joined(lines))
    blocks = _dateline_rest_joined(blocks)
    blocks = _titles_printed_in_text(blocks)
    texts = [b.text if b.role == BlockRole.TEXT else "" for b in blocks]
    for k in crosshead_series(texts):
        blocks[k].crosshead = True
    drafts = _open_articles(blocks)
    _headline_after_lead(blocks, drafts)
    _dated_headline_after_lead(blocks, drafts)
    _stack_in_own_cut(blocks, drafts)
    cuts = _cut_before_markers(blocks)
    assign(blocks, drafts)
    _writers_text_back(blocks, drafts)
    _closed_by_source(blocks, drafts)
    _stack_over_headless_top(blocks, drafts)
    _own_sign_offs(blocks)
    _own_markers(blocks, drafts, cuts)
    _headlines_inside(blocks, drafts)
    blocks = _drop_doubled_crossheads(blocks, duplicates)
    _fill(blocks, drafts)
    _stacks_to_dated(drafts)
    _bunched_stacks_apart(drafts)
    _side_by_side(drafts)
    _paragraphs_back_above(drafts)
    _bodies_before_titles(drafts)
    drafts.extend(_notices_titled_after_text(drafts))
    _top_text_over_signed_stack(drafts)
    _headlines_after_dated(drafts)
    _stack_over_dated_rest(drafts)
    _photo_title_over_story(drafts)
    _photo_title_under_credit(drafts)
    _photo_title_after_captions(drafts, lines)
    _photo_title_over_labelled_stack(drafts)
    drafts = split_untitled_groups(drafts)
    deal_foot_bunch(drafts, lines, lambda text: _headline_like(text, direct=False))
    for draft in drafts:
        _tight_stack_apart(draft)
    _sections_signed_apart(drafts)
    recurring = recurring_names(drafts)
    for me, draft in enumerate(drafts):
        boxes.extend(take_labels(draft, drafts, me, recurring))
    pen_names_signing(drafts, lines, boxes)
    pen_name_under_stack(drafts, lines)
    name_over_report(drafts)
    for draft in drafts:
        _tight_lines_apart(draft)
        _first_crosshead_under_stack(draft)
    _dated_items_under_label(drafts)
    kept = [d for d in drafts if d.paras or d.heads]
    # In print order (photos were taken out first): article ids follow it.
    kept.sort(key=lambda d: d.first_line)
    return kept, boxes, duplicates


#: A brief's day and the comma after it (3月30日，; 3月29日至30日，): how a
#: digest of the day's news opens each item.
_DAY_ITEM = re.compile(r"^\d{1,2}月\d{1,2}日(?:至\d{1,2}日)?[，,]")


def _dated_items_under_label(drafts: list[Draft]) -> None:
    """A briefs' label alone (要闻简报) over a run of untitled items each
    opening on its day (3月30日，省某某召开…), no credit under any: the items
    are the briefs' own, one piece under the label, never a photo's caption
    nor the text of the story printed above the label."""
    for label in drafts:
        if len(label.heads) != 1 or label.dateline or label.byline:
            continue
        name = squash("".join(line.raw for line in label.heads[0]))
        if not (BRIEFS_COLUMN.search(name) and label_shaped(name)):
            continue
        if not all(_DAY_ITEM.match(squash(p.text)) for p in label.paras):
            continue
        at = max(line.no for line in label.heads[0])
        for story in drafts:
            if story is label or not story.paras:
                continue
            k = next((k for k, p in enumerate(story.paras) if min(p.lines) > at), None)
            if k is None or k == 0:
                continue
            if not all(_DAY_ITEM.match(squash(p.text)) for p in story.paras[k:]):
                continue
            if len(label.paras) + len(story.paras) - k < T.DAY_ITEMS_MIN:
                continue
            story.hand_on(k, label)
            label.paras.sort(key=lambda p: min(p.lines))
            label.heads, label.column, label.kind = [], name, ArticleKind.OTHER
            break


def _tight_stack_apart(draft: Draft) -> None:
    """A story's one headline block of three or four lines printed tight,
    the last a dash-led subtitle (label / kicker / title / ——记…): each
    line a piece of its own when none is another's wrapped rest, read
    before a label is looked for."""
    if len(draft.heads) != 1 or len(draft.heads[0]) < 3:
        return
    lines = [line.raw.strip() for line in draft.heads[0]]
    if DASH_LED.match(lines[-1]) and len(rejoin_broken(lines)) == len(lines):
        draft.heads = [[line] for line in draft.heads[0]]


def _tight_lines_apart(draft: Draft) -> None:
    """A story's one headline block of two lines printed tight (no blank
    between), each a statement of its own and neither the other's wrapped
    rest (衡阳出台新规 / 外卖骑手纳入工伤保障): two pieces, kicker and title.
    A line that only names a time, place or subject (端午假期 / …) is the
    first half of one title wrapped, and stays joined."""
    if len(draft.heads) != 1 or len(draft.heads[0]) != 2:
        return
    above, below = (line.raw.strip() for line in draft.heads[0])
    # (a gap the extraction sets after a figure parts no phrases: 不起诉386 人)
    if (
        len(phrases(above)) == len(phrases(below)) == 1
        and len(rejoin_broken([above, below])) == 2
        and says_something(above)
        and says_something(below)
    ):
        draft.heads = [[line] for line in draft.heads[0]]


#: Crossheads of the kinds a feature prints every section in: who, a colon,
#: what of them (老歌师：把古歌唱给年轻人听); a saying quoted whole (“歌不离口，
#: 才记得牢”).
_CROSSHEAD_KINDS = {
    "named": re.compile(r"^[\u4e00-\u9fff]{2,6}[：:][^，,。；;：:！？!?]{4,}$"),
    "quoted": re.compile(r"^“[^“”]{4,}”$"),
}


def _crosshead_kind(text: str) -> str | None:
    flat = squash(text)
    return next((kind for kind, shape in _CROSSHEAD_KINDS.items() if shape.match(flat)), None)


def _sections_signed_apart(drafts: list[Draft]) -> None:
    """A feature's reporters' line printed between its sections (the stack
    and first section, the story printed into its cut, then 湖南日报记者 某某
    over the next crosshead): the signed piece, titled with a crosshead of the
    kind its text runs in, is the rest of the unsigned feature above, whose
    stack ends on a crosshead of that kind."""
    for k, signed in enumerate(drafts):
        if signed.dateline or not signed.byline or len(signed.heads) != 1:
            continue
        head = "".join(squash(li.raw) for li in signed.heads[0])
        kind = _crosshead_kind(head)
        if kind is None:
            continue
        if not any(p.subhead and _crosshead_kind(p.text) == kind for p in signed.paras):
            continue
        above = max(
            (d for d in drafts[:k] if d.heads and d.first_line < signed.first_line),
            key=lambda d: d.first_line,
            default=None,
        )
        if above is None or above.byline or above.dateline or above.kind == ArticleKind.PHOTO:
            continue
        last = above.heads[-1]
        if len(above.heads) < 2 or len(last) != 1 or _crosshead_kind(last[0].raw) != kind:
            continue
        above.heads.pop()
        first = last[0].raw
        above.paras.insert(0, Para(squeeze(first), [last[0].no], subhead=True, raw=first))
        raw = "".join(li.raw for li in signed.heads[0])
        nos = [li.no for li in signed.heads[0]]
        above.paras.append(Para(squeeze(raw), nos, subhead=True, raw=raw))
        above.lines |= set(nos)
        above.byline, above.kind = signed.byline, signed.kind
        above.take_text(signed)
        signed.heads, signed.byline = [], ""


def _first_crosshead_under_stack(draft: Draft) -> None:
    """A feature's stack whose last line is of the length of the crossheads
    its text runs in (育种攻关结出硕果 … 种业企业加快成长), or under a kicker
    handing over with a dash, the stack whole without it (a kicker and a
    title over it): that line is the text's first crosshead, printed right
    under the headline, no subtitle."""
    if len(draft.heads) < T.STACK_WITH_CROSSHEAD or len(draft.heads[-1]) != 1 or not draft.paras:
        return
    last = draft.heads[-1][0]
    flat = squash(last.raw)
    if _CLAUSE_MARKS.search(flat) or DASH_LED.match(flat):
        return
    # (a kicker handing over to the title with a dash takes no subtitle
    # under it: the line under the title is a crosshead when the text has
    # crossheads at all)
    handed = "".join(squash(li.raw) for li in draft.heads[0]).endswith("——")
    if not any(p.subhead and (handed or len(squash(p.text)) == len(flat)) for p in draft.paras):
        return
    draft.heads.pop()
    draft.paras.insert(0, Para(flat, [last.no], subhead=True, raw=last.raw))


def _stack_over_headless_top(blocks: list[Block], drafts: list[Draft]) -> None:
    """Headline lines opening the page that no story took (a column's label
    and a title), over text that opened a story with no headline: that
    story's stack, printed where a stack is, over its text."""
    top = 0
    while top < len(blocks) and blocks[top].owner < 0 and blocks[top].role == BlockRole.TEXT:
        top += 1
    if top == 0 or top >= len(blocks) or top > T.STACK_IN_CUT_LINES:
        return
    owner = blocks[top].owner
    if owner < 0 or drafts[owner].heads or drafts[owner].dateline or drafts[owner].byline:
        return
    if not all(_headline_like(b.text, direct=True) for b in blocks[:top]):
        return
    for block in blocks[:top]:
        block.role, block.owner = BlockRole.HEAD, owner
    drafts[owner].heads = [b.lines for b in blocks[:top]] + drafts[owner].heads


def _headlines_after_dated(drafts: list[Draft]) -> None:
    """A dated story printed with no headline, its headline printed after its
    text: the next story's stack, right under that text, opens on it. The
    stack's first piece goes back when it names what the headless story
    reports, and not what the story under the stack does."""
    for story in drafts:
        # (a column's label over its dateline is no headline: 凡人善举 / 湖南日报…讯)
        label = _lone_label(story)
        if (story.heads and not label) or not story.dateline or not story.paras:
            continue
        if story.kind in (ArticleKind.PHOTO, ArticleKind.CONTINUATION):
            continue
        if not label and _title_read_last(story):
            continue
        end = max(story.lines)
        under = min(
            (d for d in drafts if d.heads and d.kind != ArticleKind.PHOTO and d.first_line > end),
            key=lambda d: d.first_line,
            default=None,
        )
        if under is None or len(under.heads) < 2 or not under.paras:
            continue
        if any(d.first_line > end and d.first_line < under.first_line for d in drafts if d.lines):
            continue  # (something else printed between them)
        piece = "".join(line.raw for line in under.heads[0])
        rest = "".join(line.raw for unit in under.heads[1:] for line in unit)
        lead, below = story.body[: T.STRAY_HEAD_LEAD], under.body[: T.STRAY_HEAD_LEAD]
        if label:
            lead = story.body  # (a labelled story wants its title: any of its text names it)
        if (
            word_share(piece, lead) >= T.STRAY_HEAD_WORDS
            and word_share(piece, below) == 0.0
            # (the rest of the stack names the story under it)
            and word_share(rest, below) > word_share(rest, lead)
        ):
            if label:
                story.column = label
            story.heads = [under.heads.pop(0)]
            nos = {line.no for line in story.heads[0]}
            under.lines -= nos
            story.lines |= nos


def _notices_titled_after_text(drafts: list[Draft]) -> list[Draft]:
    """A notice printed before its title, which is bunched over the next
    story's stack (…特此通告。 / 某某局 / 2015年7月8日 / 关于…的通告 / title
    / 湖南日报…讯): its text went on the story under the bunch, as a rest
    printed above it. The notice's title and the text above it, closed on
    the day it was issued, are a notice of their own."""
    notices = []
    for story in drafts:
        if len(story.heads) < 2 or not NOTICE_TITLE.search(_unit_text(story.heads[0])):
            continue
        first = min(line.no for line in story.heads[0])
        above = [p for p in story.paras if max(p.lines) < first]
        if not above:
            continue
        # (its issuer and day, signed under it, may have gone on the story above)
        end = max(above[-1].lines)
        signed = [
            (d, p)
            for d in drafts
            for p in d.paras
            if end < min(p.lines) and max(p.lines) < first and len(squash(p.text)) <= T.ISSUER_MAX
        ]
        closing = squash(signed[-1][1].text if signed else above[-1].text)
        if not (FULL_DATE.match(closing) or _SO_NOTIFIED.search(closing)):
            continue  # (a notice closes on its formula or the day it was issued)
        for d, p in signed:
            d.paras.remove(p)
            d.lines -= set(p.lines)
        above += sorted((p for _d, p in signed), key=lambda p: min(p.lines))
        title = story.heads.pop(0)
        story.paras = [p for p in story.paras if max(p.lines) > first]
        lines = {no for p in above for no in p.lines} | {line.no for line in title}
        story.lines -= lines
        notices.append(
            Draft(
                kind=ArticleKind.OTHER,
                heads=[title],
                paras=above,
                lines=lines,
                starts_with=Opener.HEAD,
            )
        )
    return notices


#: A notice's closing formula (特此通告。).
_SO_NOTIFIED = re.compile(r"特此(?:通告|公告|通知|声明|公示)")


def _unit_text(unit: list[Line]) -> str:
    return squash("".join(line.raw for line in unit))


def _title_read_last(story: Draft) -> bool:
    """A headless dated story whose last paragraph is a lone headline line
    naming what its lead reports (its text, 消费扶贫让山货走出大山, then a box or
    the next story's stack): its headline, printed after its text. Moved
    there, it says so."""
    if len(story.paras) < 2 or not _title_after_text(story.paras[-1].text):
        return False
    last = story.paras[-1]
    if word_share(last.text, story.body) < T.STRAY_HEAD_WORDS:
        return False
    story.paras.pop()
    story.heads = [[Line(last.lines[0], last.raw or last.text, 0, False)]]
    return True


def _lone_label(story: Draft) -> str:
    """The story's one headline line when it is of a column label's shape."""
    if len(story.heads) != 1 or len(story.heads[0]) != 1:
        return ""
    text = squash(story.heads[0][0].raw)
    return text if label_shaped(text) else ""


def _photo_title_over_story(drafts: list[Draft]) -> None:
    """A photo printed with no title, a short line right under its caption,
    then a dated story whose last paragraph is a lone headline-shaped line:
    the story's headline was printed after its text, and the line under the
    caption is the photo's title (…太极拳选手在省运会上比赛。…摄 / 赛场雄姿 /
    湖南日报…讯 … / 湖南大剧院春季演出季启幕)."""
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.lines:
            continue
        end = max(photo.lines)
        story = next(
            (
                d
                for d in drafts
                if d.dateline
                and len(d.heads) == 1
                and len(d.heads[0]) == 1
                and end < d.heads[0][0].no <= end + 2  # (right under it)
                and len(d.paras) > 1
            ),
            None,
        )
        if story is None or not _title_after_text(story.paras[-1].text):
            continue
        photo.heads, last = story.heads, story.paras.pop()
        photo.lines |= {photo.heads[0][0].no}
        story.lines -= {photo.heads[0][0].no}
        story.heads = [[Line(last.lines[0], last.raw or last.text, 0, False)]]


def _photo_title_under_credit(drafts: list[Draft]) -> None:
    """A photo printed with no title, then right under its caption and
    credit a short line of no clause and no column's name: the photo's
    title, printed after its caption. The line was read as the first line
    of a dated story's stack that is whole without it, of words the story
    does not use (…龙舟队奋力划桨。/ …摄 / 龙舟竞渡 / 某赛落幕 湖南选手… /
    湖南日报…讯); no label closing the piece printed above the photo."""
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.lines:
            continue
        end = max(photo.lines)
        under = range(end + 1, end + T.PHOTO_TITLE_UNDER_GAP + 1)
        for story in drafts:
            if story is photo:
                continue
            group = bool(GROUP_CREDIT.search(squash(photo.byline)))
            if not _stack_topped_by_title(story, under, group, photo.body):
                continue
            line = story.heads.pop(0)[0]
            photo.heads = [[line]]
            photo.lines.add(line.no)
            story.lines.discard(line.no)
            break


def _photo_title_over_labelled_stack(drafts: list[Draft]) -> None:
    """A photo printed with no title, then right under its caption and
    credit a short line over a whole stack of kicker and title (…摄 /
    乐享晚年 / kicker / title / byline): the photo's title, printed after
    its caption, no column's name of the story under it. A line in the
    words of columns stays the story's."""
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.byline or not photo.lines:
            continue
        end = max(photo.lines)
        under = range(end + 1, end + T.PHOTO_TITLE_UNDER_GAP + 1)
        for story in drafts:
            if story is photo or len(story.heads) < 3 or len(story.heads[0]) != 1:
                continue
            line = story.heads[0][0]
            if line.no not in under or not label_shaped(squash(line.raw)):
                continue
            if looks_like_column(squash(line.raw)):
                continue
            story.heads.pop(0)
            photo.heads = [[line]]
            photo.lines.add(line.no)
            story.lines.discard(line.no)
            break


def _photo_title_after_captions(drafts: list[Draft], lines: list[Line]) -> None:
    """Photos printed with no title, their captions each a finished sentence,
    then a short line of no clause over the group's credit (…晾晒辣椒。 /
    湘村八月 / 以上图片均由…摄): that line is the group's title, printed
    after the captions, no caption of its own."""
    by_no = {line.no: line for line in lines}
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or len(photo.paras) < 2:
            continue
        *captions, last = photo.paras
        if ends_sentence(last.text) or not _title_alone(last.text):
            continue
        if not all(ends_sentence(para.text) for para in captions):
            continue
        photo.paras.pop()
        photo.heads = [[by_no[no] for no in last.lines]]


def _stack_topped_by_title(
    story: Draft, under: range, group: bool = False, caption: str = ""
) -> bool:
    """Is the first line of ``story``'s stack, at a line of ``under``, a
    photo's title over a stack whole without it (``_photo_title_under_credit``)?
    Under a ``group``'s credit, a short line over a one-line stack is no
    scene's title: a group is titled over its photos (代表建言 / title). The
    photo's ``caption`` may say what the title names."""
    if not (story.dateline and len(story.heads) >= 2 and len(story.heads[0]) == 1):
        return False
    if story.heads[0][0].no not in under:
        return False
    text = story.heads[0][0].raw
    rest = rejoin_broken(["".join(line.raw for line in unit).strip() for unit in story.heads[1:]])
    # (a scene's title: what the caption over it shows, and the stack under
    # it names nothing of: 港口繁忙 under …港区一派繁忙景象。)
    shown = (
        not group
        and len(squash(text)) <= T.SCENE_TITLE_MAX
        and word_share(text, caption) > 0
        and word_share(text, " ".join(rest)) == 0
        and word_share(text, caption) >= word_share(text, story.body)
    )
    # (two parts, or one set on one line in two phrases; a kicker over a
    # title, or a title's wrapped first words, leave it no whole stack)
    whole = not _opens_quote(rest[0]) and (
        len(rest) >= 2
        or bool(_TWO_PHRASES.search(rest[0]))
        or "——" in rest[0]
        # (a title of a phrase or two words, 港口繁忙, names a scene: no
        # report's kicker is so short and none of its words in the report)
        # (under a group's credit, a scene said, 初夏农事忙, not a series
        # named in nouns alone, 代表建言: that heads the report)
        or (
            len(squash(text)) <= T.SCENE_TITLE_MAX
            and not _WIRE_LINE.match(squash(text))
            and (word_share(text, story.body) == 0 or shown)
            and (not group or _says_a_scene(text))
        )
    )
    return (
        whole
        and _title_alone(text)
        and (word_share(text, story.body) < T.LABEL_WORDS_IN_BODY or shown)
    )


def _says_a_scene(text: str) -> bool:
    """A short line saying what goes on, or when (a verb, an adjective, an
    idiom or a time word among its words: 初夏农事忙, 丰收在望), not a name
    made of nouns alone (代表建言)."""
    return any(t.flag.startswith(("v", "a", "i", "l", "t", "d")) for t in pos_tags(text))


def _title_alone(text: str) -> bool:
    """A line a photo's title may be: short, of no clause, no column's or
    series' name."""
    flat = squash(text)
    return (
        0 < len(flat) <= T.PHOTO_TITLE_MAX
        and not _CLAUSE_MARKS.search(flat)
        and not looks_like_column(flat)
        and not series_name(flat)
    )


#: An agency's line over the reports it sent (新华社电): no photo's title.
_WIRE_LINE = re.compile(r"^(?:新华社|中新社)")
#: Two phrases set apart on one line (某赛落幕 湖南选手获两金).
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff”]{2}\s+[“\u4e00-\u9fff]{2}")
#: ... a figure on either side too (某某达2180万亩 今年…, …42万人次 2026湖南…): a
#: title line that holds its kicker.
_KICKER_ON_TITLE_LINE = re.compile(r"[\u4e00-\u9fff0-9%”》]\s+[\u4e00-\u9fff0-9“《]")


def _opens_quote(text: str) -> bool:
    """A line that opens a quote and does not close it: wrapped inside it."""
    return text.count("“") > text.count("”")


def _title_after_text(text: str) -> bool:
    """A paragraph that is a headline printed after its story's text: one
    short line, no clause or sentence in it."""
    flat = squash(text)
    return T.PARA_SUBHEAD_MIN <= len(flat) <= T.BRIEF_TITLE_MAX and not _CLAUSE_MARKS.search(flat)


def _top_text_over_signed_stack(drafts: list[Draft]) -> None:
    """The page's untitled, unsigned text printed first, right over a signed
    piece's title and writer (an editorial's title set across the middle of
    its columns: its first paragraphs, title / 本报评论员, the rest): that
    piece's opening, when it shares the piece's subject. Text continued from
    another page opens on its marker or mid-sentence, and is left alone."""
    ordered = sorted((d for d in drafts if d.lines), key=lambda d: d.first_line)
    if len(ordered) < 2:
        return
    top, piece = ordered[0], ordered[1]
    if top.heads or top.byline or top.dateline or top.jumps or top.markers or not top.paras:
        return
    if not piece.heads or not piece.byline or piece.dateline or not piece.paras:
        return
    if piece.kind == ArticleKind.PHOTO or not ends_sentence(top.paras[-1].text):
        return
    if start_of(top.paras[0].text) != Start.PLAIN:
        return  # (a text opening mid-sentence goes on from elsewhere)
    title = "".join(line.raw for unit in piece.heads for line in unit)
    if similarity(top.body, title + piece.body) >= T.TOPIC_LEAD:
        piece.take_text(top, before=True)


def _bodies_before_titles(drafts: list[Draft]) -> None:
    """A signed piece whose title and writer were printed after its text
    (the text, then 春运服务多些“人情味” 某某, then the next story) is left
    with no text: its text went on the story printed above it. The last
    paragraphs there that read as its title more than as that story's
    headline and lead are its own."""
    for piece in drafts:
        if not piece.heads or not piece.byline or piece.dateline:
            continue
        if piece.kind == ArticleKind.PHOTO or not piece.lines:
            continue
        first = min(line.no for unit in piece.heads for line in unit)
        under = [p for p in piece.paras if max(p.lines) > first]
        if len(under) == 1 and _label_para(under[0]) and not piece.column:
            # (its column's label printed under its title and writer)
            piece.column = squash(under[0].text)
            piece.paras.remove(under[0])
        elif under:
            continue  # (text under its title: its own)
        above = max(
            (d for d in drafts if d is not piece and d.paras and d.kind != ArticleKind.PHOTO),
            key=lambda d: max((no for p in d.paras for no in p.lines if no < first), default=-1),
            default=None,
        )
        if above is None:
            continue
        if not above.heads:
            if (
                WRITER_SIGN.match(squash(piece.byline))
                and not above.byline
                and not above.dateline
                and all(max(p.lines) < first for p in above.paras)
            ):
                # (the text above, untitled and unsigned, is the essay's own,
                # printed whole before its title and writer: 文丨某某)
                piece.paras = above.paras + piece.paras
                piece.lines |= above.lines
                above.paras, above.lines = [], set()
            continue
        run = [k for k, p in enumerate(above.paras) if max(p.lines) < first]
        if len(run) < 2 or run != list(range(len(run))):
            continue  # (its text above the title, all of it, and the story's lead before)
        title = "".join(line.raw for unit in piece.heads for line in unit)
        own = "".join(line.raw for unit in above.heads for line in unit) + above.paras[0].text
        leads = [
            similarity(p.text, title) - similarity(p.text, own) for p in above.paras[: len(run)]
        ]
        # (its text is a run of the story's paragraphs, most often its last
        # before the title; or printed inside it, the story's rest after it:
        # …提交建议 / its text / 136件，… / …)
        best, cut, end = 0.0, 0, len(run)
        for c in range(1, len(run)):
            if leads[c] <= 0 or _label_para(above.paras[c]):
                continue
            # (the run reaches the title, unless a line of the story's own
            # is printed inside that: then it ends before the first such)
            ends = [len(run)]
            if _printed_across(above.paras, c, len(run)):
                ends = [e for e in range(c + 1, len(run)) if not _printed_across(above.paras, c, e)]
            for e in ends:
                if sum(leads[c:e]) > best:
                    best, cut, end = sum(leads[c:e]), c, e
        if cut:
            if _label_para(above.paras[cut - 1]) and above.byline and not above.column:
                # (the story above is signed too: the label printed between
                # the two texts closes it, as this page prints labels after)
                above.column = squash(above.paras.pop(cut - 1).text)
                cut -= 1
            moved = above.paras[cut:end]
            del above.paras[cut:end]
            piece.paras = moved + piece.paras  # (before any read into it already)
            nos = {no for p in moved for no in p.lines}
            above.lines -= nos
            piece.lines |= nos


def _printed_across(paras: list[Para], c: int, e: int) -> bool:
    """A line of the paragraphs outside ``paras[c:e]`` is printed among
    theirs: the run is no text printed in one piece."""
    inside = [no for p in paras[c:e] for no in p.lines]
    low, high = min(inside), max(inside)
    return any(low < no < high for p in paras[:c] + paras[e:] for no in p.lines)


def _bunched_stacks_apart(drafts: list[Draft]) -> None:
    """Two stacks of one, two or three lines each printed together over two
    datelines printed together (…丰收 / 总产量… / …就业… / 就业形势… /
    湖南日报…讯 / 湖南日报…讯): the first dated story took all the lines. Each
    half heads the story whose text its words report, in print order unless
    the words say the other."""
    for first, second in pairwise(drafts):
        lines = [line for unit in first.heads for line in unit]
        half = len(lines) // 2
        if (
            len(lines) not in (2, 4, 6)
            or not first.dateline
            or not second.dateline
            or second.heads
            or not first.paras
            or not second.paras
            or ArticleKind.PHOTO in (first.kind, second.kind)
        ):
            continue
        dated = sorted(no for d in (first, second) for no in d.lines if no > lines[-1].no)
        if not dated or dated[0] - lines[-1].no > T.BUNCHED_DATELINES_WITHIN:
            continue
        pairs = ("".join(li.raw for li in lines[:half]), "".join(li.raw for li in lines[half:]))
        bodies = (first.body[: T.STRAY_HEAD_LEAD], second.body[: T.STRAY_HEAD_LEAD])
        kept = word_share(pairs[0], bodies[0]) + word_share(pairs[1], bodies[1])
        swapped = word_share(pairs[0], bodies[1]) + word_share(pairs[1], bodies[0])
        if max(kept, swapped) < T.STRAY_HEAD_WORDS:
            continue  # (neither pair reports either story: no two stacks)
        # (the leads alone too: the paragraphs after them may be dealt in turns)
        leads = (
            first.paras[0].text[: T.STRAY_HEAD_LEAD],
            second.paras[0].text[: T.STRAY_HEAD_LEAD],
        )
        if half == 1 and not (_each_its_own(pairs, bodies) or _each_its_own(pairs, leads)):
            continue  # (two lines: a kicker and title of one story, unless each names its own)
        halves = ([[li] for li in lines[:half]], [[li] for li in lines[half:]])
        first.heads, second.heads = halves if kept >= swapped else halves[::-1]
        moved = {li.no for unit in second.heads for li in unit}
        first.lines -= moved
        second.lines |= moved


def _each_its_own(heads: tuple[str, str], bodies: tuple[str, str]) -> bool:
    """Each headline reports one of the two stories more than the other, and
    not the same one."""
    leans = [word_share(head, bodies[0]) - word_share(head, bodies[1]) for head in heads]
    return leans[0] * leans[1] < 0


def _side_by_side(drafts: list[Draft]) -> None:
    """Two dated stories whose datelines were printed one under the other
    were set side by side: the extraction read their paragraphs in turns.
    Each whole paragraph after the two leads goes to the story whose
    headline and lead it reads as, where it reads as one more than the
    other; a cut paragraph's rest stays where the assignment joined it."""
    for first, second in pairwise(drafts):
        if not (first.dateline and second.dateline and first.heads and second.heads):
            continue
        if len(first.paras) + len(second.paras) < T.SIDE_PARAGRAPHS_MIN:
            continue  # (one may have taken all the text after the two leads)
        starts = [min(d.paras[0].lines) for d in (first, second)]
        if not 0 < starts[1] - starts[0] <= T.BUNCHED_DATELINES_WITHIN:
            continue  # (the second lead right under the first: no text of the first between)
        if max(li.no for unit in second.heads for li in unit) > starts[0]:
            continue  # (and both stacks printed over the two: no stack between them)
        refs = [
            "".join(li.raw for unit in d.heads for li in unit) + d.paras[0].text
            for d in (first, second)
        ]
        rest = sorted((p for d in (first, second) for p in d.paras[1:]), key=lambda p: min(p.lines))
        homes = [_side_home(para, refs, 0 if para in first.paras else 1) for para in rest]
        homes = _in_turns(homes) or [home for home, _ in homes]
        openers = [_opener_lines(d) for d in (first, second)]
        for k, d in enumerate((first, second)):
            d.paras[1:] = [p for p, home in zip(rest, homes, strict=True) if home == k]
            heads = {li.no for unit in d.heads for li in unit}
            d.lines = openers[k] | heads | {no for p in d.paras for no in p.lines}


def _paragraphs_back_above(drafts: list[Draft]) -> None:
    """A dated story's last whole paragraphs printed after the next story's
    stack and first paragraphs (the extraction went down one column and
    back): a paragraph of the story below that reads as the story above and
    names a place only that story names goes back up, with the paragraphs
    leaning up right before it. A photo printed between the two is no story
    of theirs; a story that goes on on another page (下转) takes none."""
    dated = [
        d for d in drafts if d.dateline and d.heads and d.paras and d.kind != ArticleKind.PHOTO
    ]
    for above, below in pairwise(dated):  # (a photo printed between them aside)
        if len(below.paras) < 2:
            continue
        if any(jump.direction == "to" for jump in above.jumps):
            continue  # (its text goes on on another page, not here)
        refs = [
            "".join(li.raw for unit in d.heads for li in unit) + d.paras[0].text
            for d in (above, below)
        ]
        places = [
            places_named(ref + d.dateline) for ref, d in zip(refs, (above, below), strict=True)
        ]
        own = places[0] - places[1]
        if not own:
            continue  # (no place the story above names alone)
        back: set[int] = set()
        # (set apart from the story above, another piece's text printed
        # between, a story keeps the paragraph right under its lead)
        first = 2 if _text_printed_between(drafts, above, below) else 1
        for k, para in enumerate(below.paras[first:], start=first):
            here = places_named(para.text)
            if not (here & own) or here & places[1] or not _leans_up(para, refs):
                continue  # (it names a place of the story above only, and reads so)
            back.add(k)
            # (and the paragraphs leaning up run on with it, unbroken, before it)
            while k - 1 >= first and k - 1 not in back and _leans_up(below.paras[k - 1], refs):
                k -= 1
                back.add(k)
        if not back:
            continue
        moved = [below.paras[k] for k in sorted(back)]
        below.paras = [p for k, p in enumerate(below.paras) if k not in back]
        above.paras.extend(moved)
        nos = {no for p in moved for no in p.lines}
        below.lines -= nos
        above.lines |= nos


def _text_printed_between(drafts: list[Draft], above: Draft, below: Draft) -> bool:
    """Another piece's text printed after ``above``'s last line and before
    ``below``'s stack (two reports set apart, in the cuts of an essay)."""
    top = min((li.no for unit in below.heads for li in unit), default=below.first_line)
    ends = [no for no in above.lines if no < top]
    if not ends:
        return False
    last = max(ends)
    return any(
        last < no < top
        for d in drafts
        if d is not above and d is not below
        for p in d.paras
        for no in p.lines
    )


def _leans_up(para: Para, refs: list[str]) -> bool:
    """``para`` opens a paragraph and reads as the first of two stories
    (headline and lead in ``refs``) by a clear lead of topic."""
    if start_of(para.text) != Start.PLAIN:
        return False
    near = [similarity(para.text, ref) for ref in refs]
    return near[0] - near[1] >= T.TOPIC_LEAD


def _side_home(para: Para, refs: list[str], mine: int) -> tuple[int, bool]:
    """The story of two set side by side (0 or 1) whose headline and lead
    ``para`` reads as, and whether it reads so (else where it was put). A
    paragraph opening mid-sentence is a cut one's rest, kept where the
    assignment joined it; one opening on a word jieba does not know reads
    so only on a clear lead of topic."""
    near = [similarity(para.text, ref) for ref in refs]
    lead = abs(near[0] - near[1])
    start = start_of(para.text)
    if start == Start.FRAGMENT and len(para.lines) == 1:
        needed = T.TOPIC_LEAD_UNKNOWN_WORD
    elif start == Start.PLAIN:
        needed = T.TOPIC_LEAD
    else:
        return mine, False
    if lead < needed:
        return mine, False
    return (0 if near[0] > near[1] else 1), True


def _in_turns(homes: list[tuple[int, bool]]) -> list[int] | None:
    """Paragraphs read in strict turns (A B A B …), as the extraction reads two
    columns set side by side: when every paragraph whose topic says its story
    fits one turn order, and at least ``SIDE_TURNS_MIN`` say so, the others
    follow the turns too."""
    said = [(k, home) for k, (home, sure) in enumerate(homes) if sure]
    if len(said) < T.SIDE_TURNS_MIN:
        return None
    offset = (said[0][1] - said[0][0]) % 2
    if any((k + offset) % 2 != home for k, home in said):
        return None
    return [(k + offset) % 2 for k in range(len(homes))]


def _opener_lines(draft: Draft) -> set[int]:
    """The lines of a draft that are neither its headline's nor its text's
    (its dateline, byline): kept when its text is dealt anew."""
    text = {no for p in draft.paras for no in p.lines}
    heads = {li.no for unit in draft.heads for li in unit}
    return draft.lines - text - heads


def _label_para(para: Para) -> bool:
    """A paragraph of a column label's shape and words (三湘观澜)."""
    return label_shaped(para.text) and looks_like_column(squash(para.text))


def _stack_over_dated_rest(drafts: list[Draft]) -> None:
    """A dated story's stack printed after its lead, over the last of its
    text (湖南日报…讯…已关停搬迁1200余个 / … / 湘潭县生猪养殖“退密进疏” /
    关停搬迁养殖场1200余个 / 不少退养户…): the stack opened a "story" of a
    paragraph or two and the dated one has none. When the stack reports the
    dated story's lead more than the text under it, both are the dated one's."""
    for piece in drafts:
        if piece.dateline or piece.byline or not piece.heads or not piece.paras:
            continue
        if piece.kind == ArticleKind.PHOTO or len(piece.paras) > T.STACK_OVER_REST_PARAS:
            continue
        head = "".join(line.raw for unit in piece.heads for line in unit)
        first = min(line.no for unit in piece.heads for line in unit)
        for story in drafts:
            if story is piece or story.heads or not story.dateline or not story.paras:
                continue
            if story.kind == ArticleKind.PHOTO or story.first_line > first:
                continue
            lead = story.body[: T.STRAY_HEAD_LEAD]
            share = word_share(head, lead)
            if share >= T.STRAY_HEAD_WORDS and word_share(head, piece.body) < share:
                story.heads, piece.heads = piece.heads, []
                story.take_text(piece)
                break


def _stacks_to_dated(drafts: list[Draft]) -> None:
    """A headline stack left with no text of its own (printed inside another
    story, its dated story further down than a cut reaches) heads the next
    dated story printed with none, when that story's lead reports what it
    names."""
    for k, stack in enumerate(drafts):
        if stack.paras or stack.dateline or stack.byline or not stack.heads:
            continue
        head = "".join(line.raw for unit in stack.heads for line in unit)
        for story in drafts[k + 1 :]:
            if story.heads or not story.dateline or story.kind == ArticleKind.PHOTO:
                continue
            if word_share(head, story.body[: T.STRAY_HEAD_LEAD]) >= T.STRAY_HEAD_WORDS:
                story.heads, stack.heads = stack.heads, []
            break


def _printed_without_label(block: Block) -> bool:
    """A continuation, or a reporter's story: an opinion column's label
    (…时评, …快评) above it is the commentary's printed before it."""
    if _starts_continuation(block):
        return True
    return block.role == BlockRole.BYLINE and "记者" in block.text


def _two_labels(block: Block, heads: list[Block]) -> bool:
    """Two labels over a byline: the first closes the undated story printed
    before (its label set after its body), the second is this story's. Sure
    over a headline; with none (a feature's headline comes later), when the
    first is an opinion column's (湘江评论) and the byline no commentator's
    (湘江夜读 over an essay)."""
    if block.role != BlockRole.BYLINE or len(heads) < 2:
        return False
    first, second = (h.text.strip() for h in heads[:2])
    # (over a headline, the second may be of two characters: 诗路 over a poem's
    # title; so may the first over a label's shape: 声音 / 湘江观澜 / title)
    shaped = (
        label_shaped(first)
        or column_of_two(first)
        or (len(heads) > 2 and two_character_label(first) and label_shaped(second))
    ) and (
        label_shaped(second)
        or column_of_two(second)
        or (len(heads) > 2 and two_character_label(second))
    )
    if not shaped or " " in first + second:
        return False
    if len(heads) > 2:
        # Two labels over a headline, one too many for it; unless the second
        # is the headline's first line, cut inside a word (…的柿 / 子树).
        return not joins_word(heads[1].text, heads[2].text)
    return bool(OPINION_COLUMN.search(first)) and "评论员" not in block.text


def _label_over_report(block: Block, heads: list[Block], drafts: list[Draft]) -> bool:
    """A label over a dated report's headline, right under a piece signed by
    its writer (a commentator, a bare name) that has none: the commentary's
    label, set after its body. A report runs under no opinion column."""
    if block.role != BlockRole.DATELINE or len(heads) < 2:
        return False
    label = squash(heads[0].text)
    # (a place or an agency over a report's title is its kicker: 株洲, 新华社)
    if not label_shaped(label) or len(label) < T.REPORT_LABEL_MIN or names_place(label):
        return False
    if word_share(label, block.text) >= T.LABEL_WORDS_IN_BODY:
        return False  # (the report's own words: its kicker, 株洲打造 / 中小航空…)
    above = [d for d in drafts if d.kind != ArticleKind.PHOTO]
    if not above:
        return False
    story = above[-1]
    return (
        story.starts_with == Opener.BYLINE
        and not story.dateline
        and not story.column
        and "记者" not in story.byline
    )


def _under_untitled_photo(blocks: list[Block], top: Block, drafts: list[Draft]) -> bool:
    """Is ``top`` printed right under the credit of a photo with no title?"""
    k = next(k for k, b in enumerate(blocks) if b is top)
    if k == 0 or blocks[k - 1].owner < 0:
        return False
    photo = drafts[blocks[k - 1].owner]
    return photo.kind == ArticleKind.PHOTO and not photo.heads


def _label_after_story(
    block: Block, heads: list[Block], drafts: list[Draft], sure: bool = False
) -> bool:
    """A continuation (紧接1版) prints no headline: a column label just above
    its marker closes the undated story printed before it (a commentary
    whose label the page set after its body)."""
    if len(heads) != 1:
        return False
    text = squash(heads[0].text)
    if _starts_continuation(block):
        if not (label_shaped(text) or looks_like_column(text) or len(text) == 2):
            return False
    elif not (sure or OPINION_COLUMN.search(text)):
        return False
    above = [k for k, d in enumerate(drafts) if d.kind != ArticleKind.PHOTO]
    if not above or drafts[above[-1]].column:
        return False
    if drafts[above[-1]].starts_with == Opener.DATELINE and not (sure and label_shaped(text)):
        return False  # (a dated report takes a label after it only when two stand here)
    heads[0].role, heads[0].owner = BlockRole.HEAD, above[-1]
    drafts[above[-1]].column = text
    return True


def _signs_off(blocks: list[Block], i: int, opened: int = -1) -> bool:
    """A reporter's line closing a story (湖南日报·新湖南客户端记者 某某 报道),
    or a reader's signing a letter (株洲读者 某某): under a finished
    paragraph, and with no body paragraph after it (the next story's headline
    or dateline follows, or the page ends). The paper's commentator signs
    no dated report (the story read above, opened at ``opened``): the line
    heads the commentary under it."""
    block = blocks[i]
    if block.role != BlockRole.BYLINE or i == 0:
        return False
    if _PAPERS_COMMENTATOR.match(squash(block.text)) and _titled_unsigned_above(blocks, i, opened):
        # (the paper's commentator under the finished text of a piece printed
        # under its own title inside the story read: the commentary signed at
        # its foot, whatever follows)
        return True
    if (
        opened >= 0
        and blocks[opened].role == BlockRole.DATELINE
        and _PAPERS_COMMENTATOR.match(squash(block.text))
    ):
        return False
    above = blocks[i - 1]
    if above.role != BlockRole.TEXT or not (
        ends_sentence(above.text) or LETTER_CLOSE.match(above.text)
    ):
        return False
    # (a photo printed under it, taken first, stands apart from the text)
    nxt = next((b for b in blocks[i + 1 :] if b.owner < 0), None)
    if nxt is not None and nxt.role == BlockRole.TEXT and NOTICE_TITLE.search(squash(nxt.text)):
        return True  # reporters sign no notice: they close the story above it
    if readers_signature(block.text):
        return True  # a reader signs a letter under it, whatever follows
    # (a writer's name alone closes a commentary or essay signed at its foot)
    if not (closing_byline(block.text) or is_name_line(block.text.strip())):
        return False
    if (
        nxt is not None
        and nxt.role == BlockRole.TEXT
        and squash(block.text).endswith("报道")
        and _reporters_dated(blocks, opened, i)
        and _headline_like(nxt.text, True)
        # (unless the text over the line is the tail of the story headed
        # below, its title repeating it: that story is signed there)
        and similarity(_last_paragraph(blocks, opened, i), nxt.text) < T.HEAD_REPEATS_STORY
        and not any(
            b.role in (BlockRole.BYLINE, BlockRole.DATELINE)
            for b in blocks[i + 1 : i + 1 + T.HEADS_ABOVE_MAX]
        )
    ):
        # (the report above names its reporters in its dateline: a
        # reporter's line under it heads the unsigned story whose stack
        # follows: 记者 某某 报道 / 某某演员—— / title / text)
        return False
    if (
        nxt is not None
        and nxt.role == BlockRole.TEXT
        and squash(block.text).endswith("报道")
        and start_of(nxt.text) in (Start.MID, Start.UNIT, Start.FRAGMENT, Start.FIGURE)
    ):
        # (a reporter's line closing a report, over the rest of another story
        # cut where no paragraph opens: …报道 / 40亿元，带动…)
        return True
    if (
        "评论员" in block.text
        and not _PAPERS_COMMENTATOR.match(squash(block.text))
        and _titled_in_cut_above(blocks, i, opened)
    ):
        # (a commentator, named, signing the commentary printed into a
        # report's cut paragraph, its title right under the cut: …古稻田 /
        # title / text / 湖南日报全媒体评论员 某某 / the report's rest)
        return True
    return nxt is None or nxt.role != BlockRole.TEXT or _headline_like(nxt.text, True)


def _last_paragraph(blocks: list[Block], opened: int, i: int) -> str:
    """The text of the paragraph closing over block ``i``: its blocks back to
    the one after a finished sentence, not above the story's opener."""
    k = i - 1
    while k - 1 > opened and not ends_sentence(blocks[k - 1].text):
        k -= 1
    return "".join(b.text for b in blocks[k:i])


def _reporters_dated(blocks: list[Block], opened: int, i: int) -> bool:
    """The story read, opened at ``opened``, is a report whose dateline names
    its reporters (湖南日报…讯（全媒体记者 某某）), read on to block ``i``
    with no headline's line among its text (a piece printed under its own
    title inside it may be signed at its foot)."""
    if opened < 0 or blocks[opened].role != BlockRole.DATELINE:
        return False
    if "记者" not in split_dateline(blocks[opened].text)[0]:
        return False
    return not any(
        _headline_like(b.text, True) and not ends_sentence(b.text) for b in blocks[opened + 1 : i]
    )


def _titled_unsigned_above(blocks: list[Block], i: int, opened: int) -> bool:
    """Between the opener of the story read (``opened``) and block ``i``
    stands only text, and a headline's line among it under a finished
    paragraph with at least two paragraphs under it, the last finished."""
    if opened < 0 or i - opened < T.SIGNED_TEXT_MIN + 2:
        return False
    between = blocks[opened + 1 : i]
    if any(b.role != BlockRole.TEXT for b in between) or not ends_sentence(blocks[i - 1].text):
        return False
    return any(
        _headline_like(blocks[k].text, True)
        and ends_sentence(blocks[k - 1].text)
        and not ends_sentence(blocks[k].text)
        for k in range(opened + 2, i - T.SIGNED_TEXT_MIN)
    )


def _titled_in_cut_above(blocks: list[Block], i: int, opened: int) -> bool:
    """The text right above block ``i`` runs up to a headline's line printed
    right under a paragraph left open (a story printed into another's cut)."""
    for k in range(i - 1, max(opened, 0), -1):
        if blocks[k].role != BlockRole.TEXT:
            return False
        if _headline_like(blocks[k].text, True) and ends_open(blocks[k - 1].text):
            # (the text under the title opens a paragraph, no rest of the cut:
            # …湖 / title / 712.3亿元，… is the report's, the title printed in it)
            under = next((b for b in blocks[k + 1 : i] if not _headline_like(b.text, True)), None)
            first = under.text if under is not None else ""
            return (
                start_of(first) == Start.PLAIN
                and (join_evidence(blocks[k - 1].text, first) or 0.0) < T.ASSIGN_FILL_MIN
            )
    return False


#: The paper's commentator, unnamed (湖南日报评论员, 本报评论员).
_PAPERS_COMMENTATOR = re.compile(r"^(?:湖南日报|本报)(?:全媒体)?评论员$")


def _commentary_opens_under(blocks: list[Block], j: int, drafts: list[Draft]) -> bool:
    """Block ``j``, right under the byline over it, is the paper's
    commentary's first paragraph opening on the words of a report's headline
    read above (半年拆除违建1300余处，… under 湖南日报评论员): the byline is
    its commentator's, and the block opens a sentence of its own, no rest of
    another story's. (Its words would give it to the report.)"""
    if j >= len(blocks) or not _PAPERS_COMMENTATOR.match(squash(blocks[j - 1].text)):
        return False
    block = blocks[j]
    if block.role != BlockRole.TEXT or block.owner >= 0 or start_of(block.text) != Start.PLAIN:
        return False
    opening = squash(block.text)[: T.QUOTED_HEADLINE_REACH]
    return any(
        len(phrase) >= T.QUOTED_HEADLINE_MIN and phrase in opening
        for draft in drafts
        for head in draft.heads
        for line in head
        for phrase in line.raw.split()
    )


def _name_under_commentator(blocks: list[Block], i: int) -> bool:
    """Block ``i`` is the name printed on the line right under the paper's
    commentator signing off (湖南日报全媒体评论员 / 某某): the signature's."""
    return (
        0 < i < len(blocks)
        and blocks[i].role == BlockRole.BYLINE
        and blocks[i].owner < 0
        and blocks[i].gap == 0
        and bool(_PAPERS_COMMENTATOR.match(squash(blocks[i - 1].text)))
        and is_name_line(blocks[i].text.strip())
    )


def _open_signed(blocks: list[Block], i: int, drafts: list[Draft]) -> None:
    """A story printed before any other opens, with its reporters' line at its
    end as its only furniture: its headline is the text it starts with. Under
    a story open above, it opens at a headline line among that story's text
    (``_signed_head``), or the line goes to that story once the assignment
    has given the text above it."""
    run = []
    for block in reversed(blocks[:i]):
        if block.owner >= 0 and block.role == BlockRole.CREDIT:
            break  # (the story above signed off: what follows its name is a story of its own)
        if block.owner >= 0 and drafts[block.owner].kind != ArticleKind.PHOTO:
            head = _signed_head(blocks, i, blocks.index(block), drafts)
            if head >= 0:
                # (a column label heads the title under it)
                labelled = label_shaped(blocks[head].text) and _stacked_under(blocks, head, i)
                stack = head + 2 if labelled else head + 1
                owner = len(drafts)
                drafts.append(
                    Draft(starts_with=Opener.HEAD, heads=[b.lines for b in blocks[head:stack]])
                )
                for b in blocks[head:stack]:
                    b.role = BlockRole.HEAD
                for b in blocks[head : i + 1]:
                    b.owner = owner
            return
        if block.owner < 0:
            run.insert(0, block)
    heads = []
    for block in run:
        if block.role != BlockRole.TEXT or not _headline_like(block.text, True):
            break
        heads.append(block)
    if not heads or len(heads) == len(run):
        return
    owner = len(drafts)
    drafts.append(Draft(starts_with=Opener.HEAD, heads=[h.lines for h in heads]))
    for block in run:
        block.owner = owner
    for block in heads:
        block.role = BlockRole.HEAD
    blocks[i].owner = owner


def _signed_head(blocks: list[Block], i: int, opened: int, drafts: list[Draft]) -> int:
    """Where a story closed by the reporters' line at ``i`` begins, inside the
    text of the story opened at ``opened``: a headline line after a finished
    paragraph that names the text under it and shares nothing with the story
    above. Under a dated story, whose reporters are in its dateline so that
    the line cannot close it, the headline line that names the text under it
    most against the text above. -1: none (the line closes that story)."""
    dated = blocks[opened].role == BlockRole.DATELINE
    # A story opened by its byline is signed already: a second signature
    # closes another story, begun at the last headline line in its text.
    signed = blocks[opened].role == BlockRole.BYLINE
    # (a byline under a title and label printed after the piece's text
    # closes that piece: a line right under it may open the next)
    after_stack = signed and opened > 0 and blocks[opened - 1].role == BlockRole.HEAD
    story = ""
    best, best_margin = -1, 0.0
    for k in range(opened, i - 1):
        block = blocks[k]
        story += block.text if block.role in (BlockRole.TEXT, BlockRole.DATELINE) else ""
        head = blocks[k + 1]
        # (under a finished paragraph, or under a photo printed into the text;
        # under a dated report, also under a paragraph cut there that it does
        # not finish: the next story's headline set into the report)
        closed = (
            ends_sentence(block.text)
            or (block.owner >= 0 and drafts[block.owner].kind == ArticleKind.PHOTO)
            or (k == opened and after_stack)
        )
        # (the report's lead itself may be cut there: …古稻田 / title / …)
        lead_cut = (
            dated
            and k == opened
            and block.role == BlockRole.DATELINE
            and "评论员" in blocks[i].text
        )
        if dated and not closed and (block.role == BlockRole.TEXT or lead_cut):
            closed = start_of(head.text) in (Start.PLAIN, Start.FRAGMENT) and (
                word_across(block.text, head.text) < T.HEAD_CUT_WORD
            )
        if not (
            (k > opened or after_stack or lead_cut)
            and head.role == BlockRole.TEXT
            and head.owner < 0
            and closed
            and _headline_like(head.text, direct=True)
            and len(squash(head.text)) <= T.UNTITLED_HEAD_MAX
        ):
            continue
        following = "".join(b.text for b in blocks[k + 2 : i])
        if (
            len(squash(story)) >= T.TOPIC_STORY_MIN
            and similarity(head.text, story) == 0.0
            and similarity(head.text, following) >= T.UNTITLED_HEAD_TITLES
            and similarity(following, story) < T.UNTITLED_TOPIC_SHIFT
        ):
            return k + 1
        if dated and not label_shaped(head.text):
            margin = similarity(head.text, following) - similarity(head.text, story)
            if margin > best_margin:
                best, best_margin = k + 1, margin
        elif signed and (not label_shaped(head.text) or _stacked_under(blocks, k + 1, i)):
            best = k + 1
    return best


def _stacked_under(blocks: list[Block], k: int, end: int) -> bool:
    """Is the block after ``k`` (before ``end``) a headline line, stacked
    under the one at ``k`` (a column label over its piece's title)?"""
    return (
        k + 1 < end
        and blocks[k + 1].role == BlockRole.TEXT
        and blocks[k + 1].owner < 0
        and _headline_like(blocks[k + 1].text, direct=True)
    )


def _own_sign_offs(blocks: list[Block]) -> None:
    """A closing reporter's line goes to the story that owns the text above it."""
    for i, block in enumerate(blocks):
        if block.role != BlockRole.CREDIT or block.owner >= 0:
            continue
        above = [b for b in blocks[:i] if b.owner >= 0 and b.role == BlockRole.TEXT]
        if above:
            block.owner = above[-1].owner


def _cut_before_markers(blocks: list[Block]) -> dict[int, Block]:
    """Each lone 下转 marker and the text block printed just above it: the
    text the marker interrupts (usually a paragraph cut mid-sentence)."""
    cuts: dict[int, Block] = {}
    for i, block in enumerate(blocks[1:], 1):
        prev = blocks[i - 1]
        if (
            block.role == BlockRole.MARKER
            and any(jump.direction == "to" for _m, jump in jumps_in(block.text))
            and prev.role == BlockRole.TEXT
        ):
            cuts[id(block)] = prev
    return cuts


def _own_markers(blocks: list[Block], drafts: list[Draft], cuts: dict[int, Block]) -> None:
    """Once the assignment has settled who owns each piece, give each 下转 marker
    to the story that owns the text it interrupts, printed after that story's
    last block (not to whichever story is printed next to it)."""
    for marker in [b for b in blocks if id(b) in cuts]:
        owner = cuts[id(marker)].owner
        if owner < 0 or owner == marker.owner or drafts[owner].kind == ArticleKind.PHOTO:
            continue
        blocks.remove(marker)
        marker.owner = owner
        last = max(k for k, b in enumerate(blocks) if b.owner == owner)
        blocks.insert(last + 1, marker)


#: A word or two closing a clause at once (架次，…, 万元；…).
_UNIT_CLAUSE = re.compile(r"^[\u4e00-\u9fff]{1,3}[，,；;、]")


def _headline_like(text: str, direct: bool) -> bool:
    flat = undouble(squash(text))  # (a line drawn twice for bold is read once)
    if LIST_TRAILING_OFF.match(flat):
        return True
    if not flat or ends_sentence(text) or "。" in flat or AUTHOR_NOTE.match(text):
        return False
    if EDITORS_NOTE.match(text) or SALUTATION.match(text) or QA_TURN.match(flat):
        return False
    if LETTER_CLOSE.match(flat):
        return False  # (此致 / 敬礼 over the writer's signature: the letter's)
    if starts_mid_sentence(text) and not flat.startswith("——"):  # ——记… is a subtitle
        return False
    if _UNIT_CLAUSE.match(flat) and start_of(flat) == Start.UNIT:
        return False  # (架次，完成…: a figure's unit closing a clause, cut from its figure)
    if _cut_paragraph(flat):
        return False
    if SPOKEN.search(flat):
        return False  # who speaks, then the words spoken (会议透露，…): a paragraph's
    if REPORTED.match(flat):
        return False  # (据介绍，我省目前有各类博物馆: a paragraph's first words, cut)
    if MEMBER_VOICE.match(flat):
        return False  # who speaks, over the words spoken (某某（全国人大代表，…）)
    if FULL_DATE.match(flat) or ISSUED_ON.match(flat) or CONTACT_LINE.match(flat):
        return False  # (a notice's closing lines: 联系电话：… / 2023年6月20日)
    if direct:
        return len(flat) <= T.HEAD_DIRECT_MAX
    return len(flat) <= T.HEAD_STACKED_MAX and not any(c in flat for c in "，,；;")


def _asks_alone(flat: str) -> bool:
    """One short question, no clause before it and no other stop, as a
    kicker asks (某某变某某？)."""
    return (
        flat[-1:] in "？?"
        and len(flat) <= T.HEAD_QUESTION_MAX
        and not any(c in flat[:-1] for c in "，,；;：:。！？!?")
    )


def _questions_alone(flat: str) -> bool:
    """Two or three short questions and nothing else (某某怎么改？钱从哪里来？)."""
    asked = re.split(r"[？?]", flat)
    return (
        flat[-1:] in "？?"
        and 2 <= len(asked) - 1 <= T.TITLE_QUESTIONS_MAX
        and all(0 < len(q) <= T.HEAD_QUESTION_MAX for q in asked[:-1])
        and not any(c in flat for c in "，,。；;：:！!")
    )


#: A feature's part named on a line of its own, over its crosshead (上篇, 之二).
_SECTION_MARK = re.compile(r"^(?:[上中下]篇|之[一二三四五六七八九十])$")


def _cut_paragraph(flat: str) -> bool:
    """A paragraph's first line, cut by the page (…两头微微上翘，中间被 /
    …下雨天屋里漏水， / 有朋友问我，…熬夜读书？我想了想说，…): a headline
    ends on a word, and holds no question closed inside its clauses."""
    clauses = any(c in flat for c in "，,；;")
    return (
        flat[-1] in "，,、；;"
        or (clauses and flat[-1] in DANGLING_END)
        or (clauses and any(c in flat[:-1] for c in "？！?!"))
        # (no headline stops on a time's 的 before what it qualifies:
        # …增加到2019年的 / 787亿元)
        or bool(_TIME_OF.search(flat))
        # (nor on a post and a surname, the name cut: …省文物局副局长江 / …)
        or stops_in_name(flat)
        # (nor sets a sentence in its time: 活动期间，各地组织集中执行 / 318次，…)
        or bool(TIME_THEN_PAUSE.match(flat))
        # (nor opens a clause on the whole it counts: …贫困村，全村 / 386户…)
        or bool(_WHOLE_COUNTED.search(flat))
        # (nor stops on the verb that says what its subject is: …稳中有增是 /
        # 今年粮食丰收的一大亮点)
        or stops_on_copula(flat)
        # (nor opens on a turn of the argument and stops on a word wanting
        # more: 然而不少地方的某某正面临失传的 / …危险)
        or (flat.startswith(_ARGUMENT_TURNS) and flat[-1] in DANGLING_END)
    )


#: Words turning an argument, which open a paragraph's sentence, no headline.
_ARGUMENT_TURNS = ("然而", "但是", "可是", "因此", "所以", "而且", "此外", "与此同时")


#: A clause of only the whole a figure counts next, or of the word that
#: brings its parts in (…，全村 / 386户, …，其中 / 12个…).
_WHOLE_COUNTED = re.compile(r"[，,](?:全[村县市省镇乡区州组队]|其中|共有)$")


#: A time and the 的 that qualifies what follows (2019年的, 去年同期的).
_TIME_OF = re.compile(r"(?:[0-9０-９]年|[月日]|同期|以来)的$")


def _open_articles(blocks: list[Block]) -> list[Draft]:
    """Open an article at every dateline, byline, continuation marker and box,
    taking the headline blocks printed just before it."""
    drafts: list[Draft] = []
    _open_briefs(blocks, drafts)
    _photos(blocks, drafts)
    _poems_signed_below(blocks, drafts)
    _signed_series(blocks, drafts)
    opened = 0  # where the story now being read began
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.owner >= 0 and block.role != BlockRole.DATELINE:
            i += 1
            continue
        if _signs_off(blocks, i, opened):
            block.role = BlockRole.CREDIT  # owned once the assignment has settled the story above
            _open_signed(blocks, i, drafts)
            i += 1
            if _name_under_commentator(blocks, i):
                blocks[i].role = BlockRole.CREDIT
                i += 1
            continue
        start = block.role in (BlockRole.DATELINE, BlockRole.BYLINE) or _starts_continuation(block)
        before = opened  # (the story read up to this opener)
        if start:
            opened = i
        elif block.owner < 0 and not block.crosshead and _untitled_start(blocks, i, opened):
            # A headline over a story with no dateline or byline (a short
            # commentary, a sidebar): the text after it is about something else.
            size = _stack_size(blocks, i, opened)
            draft = Draft(starts_with=Opener.HEAD, heads=[block.lines])
            block.role, block.owner = BlockRole.HEAD, len(drafts)
            label = blocks[i - 1] if i > 0 else None
            if (
                label is not None
                and label.owner < 0
                and (
                    (_asks_over_salutation(blocks, i) and label_shaped(squash(label.text)))
                    or (_titles_figures(blocks, i) and _box_label(squash(label.text)))
                )
            ):
                # (the letters' column over the letter's title: 读者来信; a
                # box's over its title and figures: 数读)
                label.role, label.owner = BlockRole.HEAD, len(drafts)
                draft.heads.insert(0, label.lines)
            for _ in range(size - 1):
                i += 1
                blocks[i].role, blocks[i].owner = BlockRole.HEAD, len(drafts)
                draft.heads.append(blocks[i].lines)
            drafts.append(draft)
            opened = i
            i += 1
            continue
        is_box = (
            block.role == BlockRole.TEXT
            and (
                # A box stands apart by blank lines; a caption ends with its credit.
                (
                    block.gap >= T.BOX_GAP
                    and i > 0
                    # (not the rest of a sentence left open above the gap)
                    and ends_sentence(blocks[i - 1].text)
                    # (one short sentence, as a caption; a paragraph is longer)
                    and len(squash(block.text)) <= T.BOX_TEXT_MAX
                    and sum(block.text.count(c) for c in "。！？") <= 1
                    and not starts_mid_sentence(block.text)
                    # (and finished: a line stopped where its sentence goes
                    # on, …湘江干流18, is a paragraph's start)
                    and ends_sentence(block.text)
                    and not any(
                        b.role in (BlockRole.DATELINE, BlockRole.BYLINE)
                        for b in blocks[i + 1 : i + 1 + T.HEADS_ABOVE_MAX]
                    )
                )
                or _ends_with_credit(block.text)
            )
        )
        if start and block.owner < 0:
            draft = Draft(starts_with=_opener(block))
            heads = _heads_before(blocks, i)
            if not heads and block.role == BlockRole.DATELINE:
                heads = _headline_in_cut(blocks, before, i) or _bunched_over(
                    blocks, drafts, before, i
                )
            elif not heads and block.role == BlockRole.BYLINE:
                heads = _labelled_stack_in_cut(blocks, before, i) or _headline_in_cut(
                    blocks, before, i, T.SIGNED_HEAD_IN_CUT_WORDS
                )
            elif heads and block.role == BlockRole.BYLINE:
                # (its first lines printed higher up, the last handing over to
                # the title over the byline: 从…到…—— / … / 数字农业…)
                heads = _labelled_stack_in_cut(blocks, before, i - len(heads), handing=True) + heads
            if heads and _starts_continuation(block):
                heads = []  # a continuation prints no headline: the text above is another story's
            if heads and _under_untitled_photo(blocks, heads[0], drafts):
                pass  # (the photo's title printed under it: ``_photo_title_under_credit``)
            elif _printed_without_label(block) and _label_after_story(block, heads, drafts):
                heads = []
            elif (
                _two_labels(block, heads) and _label_after_story(block, heads[:1], drafts, True)
            ) or (
                _label_over_report(block, heads, drafts)
                and _label_after_story(block, heads[:1], drafts, True)
            ):
                heads = heads[1:]
            for h in heads:
                h.role, h.owner = BlockRole.HEAD, len(drafts)
            draft.heads = [h.lines for h in heads]
            block.owner = len(drafts)
            j = i + 1
            while (
                block.role == BlockRole.BYLINE
                and j < len(blocks)
                and blocks[j].role == BlockRole.BYLINE
            ):
                blocks[j].owner = len(drafts)
                j += 1
            if (
                block.role == BlockRole.BYLINE
                and heads
                and j < len(blocks)
                and blocks[j].role == BlockRole.DATELINE
                and blocks[j].owner < 0
            ):
                # A commentator's byline over the dateline its piece opens on
                # (title / 新华社评论员 / 新华社北京3月30日电…): one story.
                blocks[j].owner = len(drafts)
            elif (
                block.role == BlockRole.BYLINE
                and heads
                and _commentary_opens_under(blocks, j, drafts)
            ):
                # The paper's commentator signs over the commentary's first
                # paragraph, which may open on the words of the report it
                # speaks of (半年拆除违建1300余处，… under 湖南日报评论员): its own.
                blocks[j].owner = len(drafts)
            elif _rest_under_marker(blocks, i, j):
                # The jumped text resumes right under its marker, its cut
                # sentence's last words first (上接1版 / 1000亿元。…): the
                # continuation's, whichever open sentence here they would fit.
                blocks[j].owner = len(drafts)
            if (
                block.role == BlockRole.BYLINE
                and not heads
                and ("记者" in block.text or _PAPERS_COMMENTATOR.match(squash(block.text)))
            ):
                for h in _stack_under_byline(blocks, j):
                    h.role, h.owner = BlockRole.HEAD, len(drafts)
                    draft.heads.append(h.lines)
                    j += 1
            if block.role == BlockRole.BYLINE:
                for verse in _verse_after(blocks, j):
                    verse.owner, verse.verse = len(drafts), True
            drafts.append(draft)
            i = j
            continue
        if is_box:
            draft = Draft(kind=ArticleKind.PHOTO, starts_with=Opener.PHOTO)
            owner = len(drafts)
            block.owner = owner
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if (
                _headline_like(block.text, True)
                and len(squash(block.text)) <= T.PHOTO_TITLE_MAX
                and nxt
            ):
                block.role = BlockRole.HEAD
                draft.heads = [block.lines]
                nxt.owner = owner
                i += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt and nxt.role == BlockRole.CREDIT:
                nxt.owner = owner
                i += 1
            drafts.append(draft)
        i += 1
    return drafts


def _writers_text_back(blocks: list[Block], drafts: list[Draft]) -> None:
    """A piece headed by its label and title and signed by a bare name over
    its text (洞庭观澜 / title / 某某 / text): the paragraphs right under the
    name are its own, though the assignment gave them to another story left
    open above for the words they share, when they finish none of its
    sentences."""
    for b, block in enumerate(blocks[:-1]):
        k = block.owner
        if (
            block.role != BlockRole.BYLINE
            or k < 0
            or drafts[k].starts_with != Opener.BYLINE
            or len(drafts[k].heads) < 2
            or not is_name_line(block.text)
        ):
            continue
        other = blocks[b + 1].owner
        if other in (-1, k) or not _opens_under_writer(blocks[b + 1]):
            continue
        tail = next(
            (x.text for x in reversed(blocks[:b]) if x.owner == other and x.role == BlockRole.TEXT),
            "",
        )
        j = b + 1
        while (
            j < len(blocks)
            and blocks[j].owner == other
            and blocks[j].role == BlockRole.TEXT
            # (up to the paragraph that finishes the other story's sentence)
            and not (tail and (join_evidence(tail, blocks[j].text) or 0.0) >= T.REJOIN_FINISHES_MIN)
        ):
            blocks[j].owner = k
            j += 1
        if not tail or j == b + 1:
            continue
        # (the sentence the other story left open goes on further down, where
        # the assignment, reading that story closed, had read this piece on)
        rest = next(
            (
                m
                for m in range(j, len(blocks))
                if blocks[m].owner == k
                and blocks[m].role == BlockRole.TEXT
                and (join_evidence(tail, blocks[m].text) or 0.0) >= T.REJOIN_FINISHES_MIN
            ),
            None,
        )
        while rest is not None and rest < len(blocks) and blocks[rest].owner == k:
            blocks[rest].owner = other
            rest += 1


def _opens_under_writer(block: Block) -> bool:
    """Running text that starts as a paragraph does."""
    return (
        block.role == BlockRole.TEXT
        and not block.verse
        and start_of(block.text) in (Start.PLAIN, Start.FIGURE)
        and any(c in block.text for c in "，。,")
    )


def _stack_under_byline(blocks: list[Block], j: int) -> list[Block]:
    """A feature's reporters printed over its headline (湖南日报记者 某某 /
    脱贫攻坚一线见闻 / 一口山泉水的“旅程” / ——…): the headline lines from
    ``j`` on, when running text follows them."""
    stack: list[Block] = []
    for block in blocks[j : j + T.HEADS_ABOVE_MAX + 1]:
        if block.owner >= 0 or block.role != BlockRole.TEXT or block.crosshead:
            break
        if not _headline_like(block.text, False) or EDITORS_NOTE.match(block.text):
            break
        stack.append(block)
    k = j + len(stack)
    if not stack or len(stack) > T.HEADS_ABOVE_MAX or k >= len(blocks):
        return []
    after = blocks[k]
    runs_on = after.role == BlockRole.TEXT and len(squash(after.text)) > T.HEAD_STACKED_MAX
    return stack if runs_on else []


def _verse_after(blocks: list[Block], j: int) -> list[Block]:
    """The lines of a poem printed under its byline from ``j`` on: a run of
    short lines no stop closes, each a line of verse (the page prints one
    paragraph a line, and a poem one verse a line). The run stops before the
    title (and label) of the next piece, right above its byline."""
    run: list[Block] = []
    for block in blocks[j:]:
        flat = squash(block.text)
        if (
            block.owner >= 0
            or block.role != BlockRole.TEXT
            or not flat
            or (len(flat) > T.VERSE_LINE_MAX and not _stanza(flat) and not _tight_stanza(block))
            or jumps_in(block.text)
            or ends_sentence(flat)  # (verse runs on without stops; prose ends on them)
        ):
            break
        run.append(block)
    k = j + len(run)
    if run and k < len(blocks) and blocks[k].role in (BlockRole.BYLINE, BlockRole.DATELINE):
        if len(run) > 1 and DASH_LED.match(squash(run[-1].text)):
            run.pop()  # the next piece's dash-led subtitle (——读…)
        run.pop()  # the next piece's title
        label = run and (label_shaped(run[-1].text) or two_character_label(run[-1].text))
        if label and _label_of_page(run[-1], blocks):
            run.pop()  # and its column's label
        elif len(run) > 1 and not _verse_block(run[-1]) and _verse_block(run[-2]):
            # and its kicker: a line alone under the poem's stanzas heads no
            # stanza of its own (…/留下一城的安宁 / 读《某书》 / title / 文丨某某)
            run.pop()
    verses = sum(len(block.lines) if _tight_stanza(block) else 1 for block in run)
    return run if verses >= T.VERSE_MIN_LINES else []


def _poems_signed_below(blocks: list[Block], drafts: list[Draft]) -> None:
    """A poem signed at its foot by the poet's bare name, its title (and its
    column's label) over its lines, under a finished paragraph, another
    poem's poet or the page's top (诗韵 / 春到洞庭 / verse… / 某某): an item
    of its own, a verse a paragraph, the name its byline."""
    for i, name in enumerate(blocks):
        if name.role != BlockRole.BYLINE or name.owner >= 0 or not is_name_line(name.text.strip()):
            continue
        if name.gap == 0:
            continue  # (a poet set tight under a title signs the poem under them)
        k = _short_lines_above(blocks, i)
        above = blocks[k - 1] if k > 0 else None
        if (
            above is not None
            and above.owner < 0
            and above.role == BlockRole.TEXT
            and not ends_sentence(above.text)
        ):
            continue  # (the lines go on a paragraph left open: no poem's top)
        if above is not None and above.owner < 0 and above.role == BlockRole.BYLINE:
            continue  # (a poet over the lines: they are that poem's, the name the next one's)
        labelled = i - k > 2 and (
            label_shaped(blocks[k].text) or two_character_label(blocks[k].text)
        )
        heads = blocks[k : k + 2] if labelled else blocks[k : k + 1]
        verse = blocks[k + len(heads) : i]
        if len(verse) < T.VERSE_MIN_LINES or not all(_headline_like(h.text, True) for h in heads):
            continue
        owner = len(drafts)
        for h in heads:
            h.role, h.owner = BlockRole.HEAD, owner
        for block in verse:
            block.owner, block.verse = owner, True
        name.role, name.owner = BlockRole.CREDIT, owner
        poem = Draft(starts_with=Opener.HEAD, heads=[heads[-1].lines])
        if labelled:
            poem.column = squash(heads[0].text)  # (the label's name, however short the title)
        drafts.append(poem)


def _short_lines_above(blocks: list[Block], i: int) -> int:
    """Where the run of short unowned lines no stop closes, right above block
    ``i``, begins (a poem's label, title and verse): ``i`` when none."""
    k = i
    while k > 0:
        above = blocks[k - 1]
        flat = squash(above.text)
        if (
            above.role != BlockRole.TEXT
            or above.owner >= 0
            or ends_sentence(above.text)
            or (len(flat) > T.VERSE_LINE_MAX and not _stanza(flat))
        ):
            break
        k -= 1
    return k


def _verse_block(block: Block) -> bool:
    """A stanza, run onto one line or printed tight (see the two below)."""
    return _stanza(squash(block.text)) or _tight_stanza(block)


def _tight_stanza(block: Block) -> bool:
    """A stanza printed a verse a line with no blank between (灶膛里的火还没熄
    / 外婆把最后一碗汤圆 / 端上桌): short lines, none closed by a stop."""
    return len(block.lines) > 2 and all(
        0 < len(squash(line.raw)) <= T.VERSE_LINE_MAX and not ends_sentence(line.raw.strip())
        for line in block.lines
    )


def _label_of_page(block: Block, blocks: list[Block]) -> bool:
    """A line of a label's shape in the words of columns, or printed again
    elsewhere on the page (湖湘风物 over two essays): a column's name."""
    flat = squash(block.text)
    return looks_like_column(flat) or any(
        other is not block and squash(other.text) == flat for other in blocks
    )


def _stanza(flat: str) -> bool:
    """A stanza run onto one line, its lines parted by slashes (半截身子在岸上/
    半截身子探进沱江/…): each part a line of verse's length."""
    parts = flat.split("/")
    return len(parts) > 2 and all(0 < len(part) <= T.VERSE_LINE_MAX for part in parts)


def _open_briefs(blocks: list[Block], drafts: list[Draft]) -> None:
    """A run of briefs under its section's name (简讯 / a title / its text /
    a title / its text …): each title over its paragraph is an item of its
    own under that name. Short and with no clause, the titles read like a
    feature's crossheads, and a brief's dated first sentence like a
    caption; the name over them says what they are."""
    for i, block in enumerate(blocks):
        flat = squash(block.text)
        if block.owner >= 0 or len(block.lines) != 1 or not BRIEFS_COLUMN.search(flat):
            continue
        if not (label_shaped(flat) or BRIEFS_COLUMN.fullmatch(flat)):
            continue  # (the name alone, 简讯, or a label's few characters)
        items = []
        k = i + 1
        while k + 1 < len(blocks) and _brief_title(blocks[k]) and _brief_text(blocks[k + 1]):
            items.append(k)
            k += 2
        if len(items) < T.BRIEFS_MIN:
            continue
        block.role, block.owner = BlockRole.HEAD, len(drafts)
        for k in items:
            blocks[k].role = BlockRole.HEAD
            blocks[k].owner = blocks[k + 1].owner = len(drafts)
            drafts.append(Draft(starts_with=Opener.HEAD, heads=[blocks[k].lines], column=flat))


def _signed_series(blocks: list[Block], drafts: list[Draft]) -> None:
    """A column of short pieces, each a paragraph signed at its foot by its
    writer's name, under the column's name (微言 / text / 某某 / text / 某某 /
    next headline): each piece an item of its own under that name. Read
    otherwise, each name would open the piece under it, and the last would
    sign the one above."""
    for i, block in enumerate(blocks):
        flat = squash(block.text)
        if block.owner >= 0 or block.role != BlockRole.TEXT or len(block.lines) != 1:
            continue
        if not (label_shaped(flat) or two_character_label(flat)) or ends_sentence(block.text):
            continue
        items = []
        k = i + 1
        while k + 1 < len(blocks) and _signed_piece(blocks[k], blocks[k + 1]):
            items.append(k)
            k += 2
        after = blocks[k] if k < len(blocks) else None
        if len(items) < T.BRIEFS_MIN or (
            after is not None
            and after.role == BlockRole.TEXT
            and not _headline_like(after.text, True)
        ):
            continue  # (the last name must sign off: no text of a piece under it)
        block.role, block.owner = BlockRole.HEAD, len(drafts)
        for k in items:
            blocks[k].owner = len(drafts)
            blocks[k + 1].role, blocks[k + 1].owner = BlockRole.CREDIT, len(drafts)
            drafts.append(Draft(starts_with=Opener.BODY, column=flat))


def _signed_piece(text: Block, name: Block) -> bool:
    """A finished paragraph of a short piece, and its writer's name alone under it."""
    return (
        text.owner < 0
        and text.role == BlockRole.TEXT
        and ends_sentence(text.text)
        and len(squash(text.text)) <= T.BRIEF_TEXT_MAX
        and name.owner < 0
        and name.role == BlockRole.BYLINE
        and is_name_line(name.text.strip())
    )


def _closed_by_source(blocks: list[Block], drafts: list[Draft]) -> None:
    """A brief ends on its source in brackets (…。（记者 某某）): text the
    assignment gave it after that is a story's read before it, printed on
    under it; of two such stories (alternating), the one whose words it
    shares most, the nearer on a tie."""
    closed: set[int] = set()
    told: dict[int, str] = {}
    for block in blocks:
        if block.role not in (BlockRole.TEXT, BlockRole.DATELINE) or block.owner < 0:
            continue
        if block.owner in closed and block.role == BlockRole.TEXT:
            # (``told`` keeps the story read last at its end: the nearer wins a tie)
            open_ = [k for k in told if k not in closed]
            if open_:
                block.owner = max(reversed(open_), key=lambda k: word_share(block.text, told[k]))
        elif SOURCE_AFTER.search(squash(block.text)):
            closed.add(block.owner)
        if drafts[block.owner].kind != ArticleKind.PHOTO:  # (a caption goes on into nothing)
            told[block.owner] = told.pop(block.owner, "") + block.text


def _brief_title(block: Block) -> bool:
    flat = squash(block.text)
    return (
        block.owner < 0
        and block.role == BlockRole.TEXT
        and len(block.lines) == 1
        and T.PARA_SUBHEAD_MIN <= len(flat) <= T.BRIEF_TITLE_MAX
        and not _CLAUSE_MARKS.search(flat)
    )


def _brief_text(block: Block) -> bool:
    return (
        block.owner < 0
        and block.role == BlockRole.TEXT
        and (ends_sentence(block.text) or bool(SOURCE_AFTER.search(squash(block.text))))
        and T.BRIEF_TEXT_MIN <= len(squash(block.text)) <= T.BRIEF_TEXT_MAX
    )


#: A cartoon's title, opening on the word (漫画：“打卡式”调研, 漫画·…).
_CARTOON_TITLE = re.compile(r"^漫画\s*(?:[·・:：丨|]|(?=[“《]))")

#: Marks of a clause or a sentence: no brief's title holds one.
_CLAUSE_MARKS = re.compile("[，,。；;：:！？!?]")


def _photos(blocks: list[Block], drafts: list[Draft]) -> None:
    """Photo items: a caption closed by its credit (on its line or on a line
    of its own), the caption maybe cut across blocks, a group credit
    (以上图片均由…) under several captions, and a short title above. Taken
    first, so that a credit never becomes the byline of the story next to it."""
    orphans: list[Block] = []  # credits alone with no caption over them
    for i, block in enumerate(blocks):
        if block.owner >= 0:
            continue
        match = credit_match(block.text)
        if not match or squash(block.text[match.end() :]):
            continue
        alone = _credit_alone(block.text)
        if not alone and not ends_sentence(block.text[: match.start()]):
            continue  # a credit closes a finished caption sentence
        group = "均由" in match.group(0) or "以上" in match.group(0)
        # A credit broken over two lines: its first part, right above it, read
        # as a byline or text (湖南日报全媒体记者 某某 / 通讯员 某某 摄影报道;
        # 通讯员 / 某某 摄; 以上图片均由…记者 / 某某 摄).
        head = blocks[i - 1] if alone and i > 0 else None
        if not (
            head is not None
            and head.role in (BlockRole.BYLINE, BlockRole.TEXT)
            and head.owner < 0
            and block.gap <= 1
            and not ends_sentence(head.text)
            and _credit_alone(f"{head.text} {block.text}")
            and not _title_over_signed_credit(head, block)
        ):
            head = None
        elif GROUP_CREDIT.match(squash(head.text)):
            group = True
        if alone and not group and _caption_under_credit(blocks, i):
            # (the credit drawn on the picture's foot, between title and caption)
            captions, k = [blocks[i + 1]], i - 1
        else:
            captions, k = _captions_above(blocks, i - 1 if head else i, alone, group)
        if not captions:
            if alone and not group:
                orphans.append(block)
            continue
        if alone:
            block.role = BlockRole.CREDIT
        credit = [block]
        if head is not None:
            head.role = BlockRole.CREDIT
            credit.insert(0, head)
        # A group credit closes one photo item: its title, every caption, the credit.
        first = len(drafts)
        for b in [*captions, *credit]:
            b.owner = first
        drafts.append(Draft(kind=ArticleKind.PHOTO, starts_with=Opener.PHOTO))
        title = blocks[k] if k >= 0 else None
        if (
            title is not None
            and title.owner < 0
            and _photo_title(title)
            and not _titles_story_above(blocks, k, captions)
        ):
            title.role, title.owner = BlockRole.HEAD, first
            drafts[first].heads = [title.lines]
            if _couplet_over_title(blocks, k):
                # The first phrase of a title of two like phrases, on a line
                # of its own (麦浪翻金 / 抢收正忙): one title.
                blocks[k - 1].role, blocks[k - 1].owner = BlockRole.HEAD, first
                both = f"{squash(blocks[k - 1].text)} {squash(title.text)}"
                drafts[first].heads = [[dataclasses.replace(title.lines[0], raw=both)]]
            elif _title_wrapped_over(blocks, k) or _short_title_wrapped(blocks, k):
                # The title's first words on a line of their own, stopped where
                # no phrase can (湘江畔的 / “夜经济”): one title.
                blocks[k - 1].role, blocks[k - 1].owner = BlockRole.HEAD, first
                drafts[first].heads = [blocks[k - 1].lines + title.lines]
            elif _kicker_over_title(blocks, k):
                # A series' name or kicker over the title (新春走基层 / 雪中送电暖万家).
                blocks[k - 1].role, blocks[k - 1].owner = BlockRole.HEAD, first
                drafts[first].heads.insert(0, blocks[k - 1].lines)
            elif group:
                _titled_photos_above(blocks, k, drafts)
        else:
            _title_under(blocks, i, captions, drafts, first)
    top = _report_line_on_top(blocks)
    if top is not None:
        orphans.insert(0, top)
    uncredited = _uncredited_photos(blocks, drafts)
    # A credit printed apart from its photo (at the page's top, drawn before
    # the picture) credits the photos printed with none, in print order.
    for credit, photo in zip(orphans, uncredited, strict=False):
        credit.role, credit.owner = BlockRole.CREDIT, photo


#: The rest of a dateline cut inside its writers' parenthesis: roles and
#: names, then the closing mark (通讯员 某某 某某）…).
_DATELINE_REST = re.compile(
    r"^\s*(?:(?:全媒体记者|记者|通讯员|实习生)?\s*[\u4e00-\u9fff·]{2,4}\s+)*"
    r"(?:全媒体记者|记者|通讯员|实习生)?\s*[\u4e00-\u9fff·]{2,4}\s*[）)]"
)


def _writers_left_open(text: str) -> bool:
    """The writers' parenthesis is opened and not closed."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _dateline_rest_joined(blocks: list[Block]) -> list[Block]:
    """A dateline cut inside its writers' parenthesis (湖南日报4月12日讯
    （全媒体记者 某某), printed inside another story when two stories
    alternate in pieces, and its rest opening a later block (通讯员 某某
    某某）今天，…): one dateline, printed where its rest is, under its
    story's title. The cut piece's text goes into that dateline (where the
    page's sweep finds its lines)."""
    k = 0
    while k < len(blocks):
        cut = blocks[k]
        if cut.role != BlockRole.DATELINE or not _writers_left_open(cut.text):
            k += 1
            continue
        names = k + 1 if k + 1 < len(blocks) and blocks[k + 1].role == BlockRole.BYLINE else k
        rest = next(
            (
                j
                for j in range(names + 1, min(len(blocks), names + 1 + T.DATELINE_REST_REACH))
                if blocks[j].role == BlockRole.TEXT and _DATELINE_REST.match(blocks[j].text)
            ),
            None,
        )
        if rest is None:
            k += 1
            continue
        joined = " ".join(b.text.strip() for b in blocks[k : names + 1]) + " " + blocks[rest].text
        blocks[rest] = dataclasses.replace(blocks[rest], text=joined, role=BlockRole.DATELINE)
        del blocks[k : names + 1]
    return blocks


def _titles_printed_in_text(blocks: list[Block]) -> list[Block]:
    """A photo's title the extraction printed inside a sentence (…日均收听量 /
    湘江夜色 / 40万人次。…), the sentence going on under it, and a caption a
    few blocks further down that names its words: moved over that caption,
    where the photo takes it."""
    k = 1
    while k + 1 < len(blocks):
        title, before, after = blocks[k], blocks[k - 1], blocks[k + 1]
        if (
            title.role == before.role == after.role == BlockRole.TEXT
            and len(squash(title.text)) <= T.PHOTO_TITLE_MAX  # (cheap tests first)
            and not ends_sentence(before.text)
            and _photo_title(title)
            and _goes_on_under(before.text, after.text)
        ):
            caption = next(
                (
                    j
                    for j in range(k + 2, min(len(blocks), k + 2 + T.TITLE_IN_TEXT_REACH))
                    if credit_match(blocks[j].text) and ends_sentence(blocks[j - 1].text)
                ),
                None,
            )
            if caption is not None and word_share(squash(title.text), blocks[caption].text) > 0:
                blocks.insert(caption - 1, blocks.pop(k))
                continue
        k += 1
    return blocks


def _goes_on_under(before: str, after: str) -> bool:
    """``after`` goes on the sentence ``before`` leaves open: it opens no
    paragraph (a figure, a unit, a mark, a function word) and the two can
    meet, or a word runs across the cut."""
    evidence = join_evidence(before, after)
    if evidence is None:
        return False
    opens_none = start_of(after) in (Start.MID, Start.UNIT, Start.CLAUSE, Start.FIGURE)
    return opens_none or evidence >= T.WAITING_REST_EVIDENCE


def _report_line_on_top(blocks: list[Block]) -> Block | None:
    """A reporters' line closing in 报道 printed first on the page, over a
    dated story's headline: it signs no story there (a dated story names its
    reporters in its dateline), so it is a photo's credit printed apart."""
    if not blocks or not _reports_photo(blocks[0]):
        return None
    for block in blocks[1 : 1 + T.TOP_REPORT_HEAD_LINES + 1]:
        if block.role == BlockRole.DATELINE:
            return blocks[0]
        if block.role != BlockRole.TEXT or ends_sentence(squash(block.text)):
            return None
    return None


def _caption_under_credit(blocks: list[Block], i: int) -> bool:
    """A credit alone at ``i`` between a photo's title and a scene caption
    (夜游湘江 / 某某 摄 / 9月5日晚，长沙市…，…。): the credit of that caption.
    So under a story's paragraph that is no scene's caption: the credit set
    over its caption, the story's text above it."""
    if i < 1 or i + 1 >= len(blocks):
        return False
    title, caption = blocks[i - 1], blocks[i + 1]
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    flat = squash(caption.text)
    if caption.owner >= 0 or caption.role != BlockRole.TEXT or not ends_sentence(flat):
        return False
    if title.owner < 0 and _photo_title(title):
        return bool(SCENE_CAPTION.match(flat))
    # (under a story's text the caption need only open on its day: 5月21日，…)
    return (
        title.role == BlockRole.TEXT
        and ends_sentence(title.text)
        and not CAPTION_START.match(squash(title.text))
        and bool(CAPTION_START.match(flat))
        # (nor does a credit close that caption: the credit above is another's)
        and not (after is not None and credit_match(after.text))
    )


def _uncredited_photos(blocks: list[Block], drafts: list[Draft]) -> list[int]:
    """Photo items printed with no credit beside them: a caption's day and
    place opening a sentence or two (9月17日，某县某镇，…。), set apart under an
    image's gap or under a photo's title over a finished paragraph, and
    followed by no paragraph of its own (a story's lead opening so goes on).
    Returns the drafts opened."""
    opened = []
    for i, block in enumerate(blocks):
        if block.owner >= 0 or block.role != BlockRole.TEXT:
            continue
        text = squash(block.text)
        title = blocks[i - 1] if i > 0 else None
        # (under a title under a credit printed alone, the page's top, any
        # scene is the caption: 某某 摄 / 秋满梯田 / 秋日的…，…。)
        under_credit = (
            i >= 2
            and title is not None
            and title.owner < 0
            and _photo_title(title)
            and blocks[i - 2].owner < 0
            and _credit_alone(blocks[i - 2].text)
        )
        if not ends_sentence(text) or not (CAPTION_START.match(block.text) or under_credit):
            continue
        titled = (
            title is not None
            and title.owner < 0
            and _photo_title(title)
            and (
                i < 2
                or ends_sentence(blocks[i - 2].text)
                or blocks[i - 2].owner >= 0
                # (or a credit printed apart, over the title: the page's top)
                or _credit_alone(blocks[i - 2].text)
            )
        )
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # (a reporter's line and a photo's title under the caption, over the
        # next item: a photo report printed with its title under it)
        title_under = (
            not titled
            and nxt is not None
            and _reports_photo(nxt)
            and i + 2 < len(blocks)
            and blocks[i + 2].owner < 0
            and _photo_title(blocks[i + 2])
            and (i + 3 >= len(blocks) or _opens_item(blocks[i + 3]))
        )
        # (a title over a scene, its day and then its place alone, sets it
        # apart: it may run as long as a credited caption)
        longest, sentences = (
            (T.TITLED_CAPTION_MAX, T.TITLED_CAPTION_SENTENCES)
            if (titled and SCENE_CAPTION.match(text)) or title_under
            else (T.UNCREDITED_CAPTION_MAX, T.UNCREDITED_CAPTION_SENTENCES)
        )
        if len(text) > longest or text.count("。") > sentences:
            continue
        # A titled scene's reporter, signing it (…记者 某某 报道): its credit.
        reported = title_under or (titled and nxt is not None and _reports_photo(nxt))
        if nxt is not None and not reported and (not _opens_item(nxt) or _signs_text_above(nxt)):
            continue
        # (or right under a credit printed alone, over the picture: 某某 摄)
        credited = i > 0 and blocks[i - 1].owner < 0 and _credit_alone(blocks[i - 1].text)
        if not titled and not credited and not title_under and block.gap < T.BOX_GAP:
            continue
        draft = Draft(kind=ArticleKind.PHOTO, starts_with=Opener.PHOTO)
        block.owner = len(drafts)
        if reported:
            nxt.role, nxt.owner = BlockRole.CREDIT, len(drafts)
        if titled:
            title.role, title.owner = BlockRole.HEAD, len(drafts)
            draft.heads = [title.lines]
        elif nxt is not None and i + 2 == len(blocks) and nxt.owner < 0 and _photo_title(nxt):
            # (a photo's title under its caption, the page's last line: no
            # story below to take it)
            nxt.role, nxt.owner = BlockRole.HEAD, len(drafts)
            draft.heads = [nxt.lines]
        elif title_under and not (
            _stack_over_opener(blocks, i + 2)
            and not _TWO_PHRASES.search(blocks[i + 3].text)
            and not _names_photo_not_story(blocks, i + 2, [block])
        ):
            # (not a line over one headline line of one phrase over a
            # dateline, that line no stack without it: that story's title)
            under = blocks[i + 2]
            under.role, under.owner = BlockRole.HEAD, len(drafts)
            draft.heads = [under.lines]
        opened.append(len(drafts))
        drafts.append(draft)
    return opened


def _reports_photo(block: Block) -> bool:
    """A reporters' line closing in 报道, unowned: under a photo's titled
    caption it credits the photo, as 摄 would."""
    return (
        block.owner < 0 and block.role == BlockRole.BYLINE and squash(block.text).endswith("报道")
    )


#: A word that names who made a picture, in a credit's first part.
_CREDIT_ROLE = re.compile(r"记者|通讯员|摄影|图片|均由")


def _title_over_signed_credit(head: Block, credit: Block) -> bool:
    """A line of no role over a credit that names its photographer's role
    whole (花海迎客 / 记者 某某 摄): the photo's title printed under its
    caption, not the credit's first part."""
    return (
        head.role == BlockRole.TEXT
        and not _CREDIT_ROLE.search(head.text)
        and bool(_CREDIT_ROLE.search(credit.text))
    )


def _credit_alone(text: str) -> bool:
    """A photo's credit on a line of its own (湖南日报全媒体记者 某某 摄)."""
    match = credit_match(text)
    return bool(match) and not squash(text[: match.start()])


def _signs_text_above(block: Block) -> bool:
    """A reporter's or writer's line that is no photo's credit (…记者 某某
    报道): the text above it is a story they signed."""
    return block.role in (BlockRole.BYLINE, BlockRole.CREDIT) and not credit_match(block.text)


def _opens_item(block: Block) -> bool:
    """The block opens another item: a story's opener or headline, a photo's
    caption or credit, a marker, or anything set apart by an image's gap."""
    return (
        block.owner >= 0
        or block.role != BlockRole.TEXT
        or block.gap >= T.BOX_GAP
        or bool(CAPTION_START.match(block.text))
        or _headline_like(block.text, direct=True)
    )


def _couplet_over_title(blocks: list[Block], k: int) -> bool:
    """The line over a photo's title at ``k`` is a phrase as long as the
    title, both a few characters and nothing else, a finished paragraph or
    the page's top above it: the two phrases of one title."""
    if k < 1:
        return False
    line, title = blocks[k - 1], blocks[k]
    above = blocks[k - 2] if k >= 2 else None
    first, second = squash(line.text), squash(title.text)
    return (
        line.owner < 0
        and line.role == BlockRole.TEXT
        and len(first) == len(second) <= T.COUPLET_PHRASE_MAX
        and all(is_cjk(c) for c in first + second)
        and (above is None or (above.role != BlockRole.HEAD and ends_sentence(above.text)))
        and title.gap <= 1
    )


def _title_wrapped_over(blocks: list[Block], k: int) -> bool:
    """The line over a photo's title at ``k`` is a few words stopped on a
    particle or preposition (湘江畔的, …之), or a bare subject over a word
    quoted as its predicate (机器人 / “上岗”), no paragraph's piece under a
    cut sentence: the title's first words, wrapped."""
    if k < 1:
        return False
    line = blocks[k - 1]
    above = blocks[k - 2] if k >= 2 else None
    flat, title = squash(line.text), squash(blocks[k].text)
    subject = (
        len(flat) <= T.LONE_SUBJECT_MAX
        and bool(_QUOTED_WORD.fullmatch(title))
        and not says_something(flat)
        and not _GENRE_OVER.fullmatch(flat)  # (漫画 / “刷单”: the genre, then the title)
    )
    return (
        line.owner < 0
        and line.role == BlockRole.TEXT
        and 1 < len(flat) + len(title) <= T.PHOTO_TITLE_MAX
        and (flat[-1:] in DANGLING_END or subject)
        and all(is_cjk(c) for c in flat)
        and (above is None or above.role != BlockRole.TEXT or ends_sentence(above.text))
        and blocks[k].gap <= 1
    )


def _short_title_wrapped(blocks: list[Block], k: int) -> bool:
    """The line over a photo's title at ``k`` and the title are a few
    characters each, a short title wrapped in the picture's narrow frame
    (扶贫车间 / 赶订单, 新车 / 待发运), under a finished paragraph, a column's
    name closing the piece above, another photo's caption or the page's top."""
    if k < 1:
        return False
    line, title = blocks[k - 1], blocks[k]
    above = blocks[k - 2] if k >= 2 else None
    first, second = squash(line.text), squash(title.text)
    return (
        line.owner < 0
        and line.role == BlockRole.TEXT
        and len(first) <= T.WRAPPED_TITLE_PIECE_MAX
        # (a word of two under a line is as often a title under its column's
        # name: 画里有话 / 空壳)
        and T.WRAPPED_TITLE_TAIL_MIN <= len(second) <= T.WRAPPED_TITLE_PIECE_MAX
        and len(first + second) <= T.PHOTO_TITLE_SHORT
        and all(is_cjk(c) for c in first + second)
        and not looks_like_column(first)
        and not OPINION_COLUMN.search(first)
        and (
            above is None
            or above.owner >= 0
            or above.role != BlockRole.TEXT
            or ends_sentence(above.text)
            or looks_like_column(squash(above.text))
        )
        and title.gap <= 1
    )


#: What a picture is, printed over its title (漫画, 图片新闻).
_GENRE_OVER = re.compile(r"漫画|图片(?:新闻)?|图说|摄影|组图|国画|书法")
#: A word or two in quotes and nothing else (“上岗”, “夜经济”).
_QUOTED_WORD = re.compile(r"“[\u4e00-\u9fff]{1,4}”")


def _kicker_over_title(blocks: list[Block], k: int) -> bool:
    """The line over a photo's title at ``k`` is a short headline line of
    its own, a finished paragraph or the page's top above it: the photo's
    kicker or series, no line of the story printed before."""
    if k < 1:
        return False
    line = blocks[k - 1]
    above = blocks[k - 2] if k >= 2 else None
    return (
        line.owner < 0
        and line.role == BlockRole.TEXT
        and _headline_like(line.text, direct=False)
        and bool(_WORDED.search(line.text))  # (no figure alone: 243.5)
        and 2 < len(squash(line.text)) <= T.PHOTO_TITLE_MAX
        and not any(c in line.text for c in "，,。；;：:")
        # (a label of a column's shape, or of two characters, names the
        # column of the piece above or a section; only a series' name is a
        # photo's kicker)
        and (not label_shaped(line.text) or looks_like_column(squash(line.text)))
        and not OPINION_COLUMN.search(squash(line.text))
        and (above is None or (above.role != BlockRole.HEAD and ends_sentence(above.text)))
        and not _photo_title_of_caption_above(blocks, k - 1)
        # (set tight over the title: a line with the picture's gap under it
        # is the text's above, a crosshead of the story the photo stands in)
        and blocks[k].gap <= 1
    )


def _photo_title_of_caption_above(blocks: list[Block], j: int) -> bool:
    """The line at ``j`` sits right under another photo's caption (its title
    printed under it)."""
    return j >= 1 and bool(
        credit_match(blocks[j - 1].text) or CAPTION_START.match(blocks[j - 1].text)
    )


def _titled_photos_above(blocks: list[Block], k: int, drafts: list[Draft]) -> None:
    """Over a group credit's last photo, each caption under a title of its own
    (连夜加固堤防 / 7月5日凌晨，… / 转移安置群众 / 7月5日，…) is a photo of the
    group printed with its own title: an item of its own."""
    j = k - 1
    while j >= 1:
        caption, title = blocks[j], blocks[j - 1]
        if not (
            caption.owner < 0
            and caption.role == BlockRole.TEXT
            and CAPTION_START.match(caption.text)
            and ends_sentence(caption.text)
            and title.owner < 0
            and _photo_title(title)
        ):
            return
        owner = len(drafts)
        drafts.append(Draft(kind=ArticleKind.PHOTO, starts_with=Opener.PHOTO, heads=[title.lines]))
        title.role, title.owner = BlockRole.HEAD, owner
        caption.owner = owner
        j -= 2


def _title_under(
    blocks: list[Block], i: int, captions: list[Block], drafts: list[Draft], owner: int
) -> None:
    """A photo's title printed under its credit (drawn twice for bold, it
    may be printed twice): a short line that speaks of the caption."""
    k = i + 1
    if k >= len(blocks) or blocks[k].owner >= 0 or not _photo_title(blocks[k]):
        return
    if _asks_over_salutation(blocks, k + 1):
        return  # (the letters' column over a letter's title: 读者来信 / …？ / 编辑同志：)
    title = blocks[k]
    flat = squash(title.text)
    cartoon = bool(_CARTOON_TITLE.match(flat))  # (漫画：… titles a cartoon whatever follows)
    if (
        not cartoon
        and undouble(flat) == flat
        and _stack_over_opener(blocks, k)
        and not _names_photo_not_story(blocks, k, captions)
    ):
        return  # the label or kicker of the story whose headline and dateline follow
    # Drawn twice on one line (秋日稻香秋日稻香), a line is a title; a story's
    # own headline would stand right over its dateline, with another line here.
    doubled = (
        undouble(flat) != flat and k + 1 < len(blocks) and blocks[k + 1].role == BlockRole.TEXT
    )
    if (
        not doubled
        and not cartoon
        and k + 1 < len(blocks)  # (the page's last line: no story below to take it)
        and not _short_title_under_group(blocks, i, captions)
        and not _short_title_over_rest(blocks, k)
        and word_share(title.text, " ".join(c.text for c in captions)) < T.PHOTO_TITLE_WORDS
        # (some of the caption's words and none of the story's under it:
        # 春光里的“智慧农场” under a smart nursery's caption, over a commentary)
        and not _names_photo_not_story(blocks, k, captions, T.STORY_BELOW_BLOCKS)
    ):
        return
    title.role, title.owner = BlockRole.HEAD, owner
    drafts[owner].heads = [title.lines]
    twin = blocks[k + 1] if k + 1 < len(blocks) else None
    if twin is not None and twin.owner < 0 and squash(twin.text) == squash(title.text):
        twin.role, twin.owner = BlockRole.HEAD, owner  # read once: _headline drops the copy
        drafts[owner].heads.append(twin.lines)


def _titles_story_above(blocks: list[Block], k: int, captions: list[Block]) -> bool:
    """The line at ``k``, longer than a photo's title and over captions it
    shares no word with, names the story finished right above it: that
    story's headline, printed after its body (…合理选择。 / 一碗“药膳粥”背后的
    中医药新业态 / 8月14日，…湿地…)."""
    if k == 0 or blocks[k - 1].role != BlockRole.TEXT or not ends_sentence(blocks[k - 1].text):
        return False
    title = blocks[k].text
    if len(squash(title)) <= T.PHOTO_TITLE_SHORT:
        return False  # (a photo's title is short, and may name the story beside it: 聆听报告)
    if word_share(title, " ".join(c.text for c in captions)) > 0:
        return False
    story = " ".join(b.text for b in blocks[max(0, k - T.STORY_ABOVE_BLOCKS) : k])
    return word_share(title, story) >= T.PHOTO_TITLE_WORDS


def _names_photo_not_story(
    blocks: list[Block], k: int, captions: list[Block], reach: int = 3
) -> bool:
    """The line at ``k``, over a headline line and its opener, speaks of the
    captions above it and not of the story under it (龙舟竞渡迎端午 under a
    dragon-boat caption, over an athletics report): the photo's title, not
    that story's kicker. ``reach``: the blocks of the story read."""
    title = blocks[k].text
    story = " ".join(b.text for b in blocks[k + 1 : k + 1 + reach])
    about_photo = word_share(title, " ".join(c.text for c in captions))
    return about_photo > 0 and word_share(title, story) == 0


def _stack_over_opener(blocks: list[Block], k: int) -> bool:
    """The line at ``k`` tops a headline stack: a different headline line
    follows it, right over a dateline or byline."""
    if k + 2 >= len(blocks):
        return False
    nxt, opener = blocks[k + 1], blocks[k + 2]
    return (
        nxt.role == BlockRole.TEXT
        and squash(nxt.text) != squash(blocks[k].text)
        and _headline_like(nxt.text, True)
        and opener.role in (BlockRole.DATELINE, BlockRole.BYLINE)
    )


def _short_title_over_rest(blocks: list[Block], k: int) -> bool:
    """A line of a photo title's few characters under the credit of a photo
    printed with no title over it, over running text (no headline line, no
    dateline or byline, no caption): a story's headline stands over its
    opener, so the line is the photo's title (考场外的守候 under a caption of
    waiting parents, though it names none of the caption's words)."""
    if len(squash(blocks[k].text)) > T.PHOTO_TITLE_SHORT or k + 1 >= len(blocks):
        return False
    after = blocks[k + 1]
    return (
        after.role == BlockRole.TEXT
        and not _headline_like(after.text, True)
        and not CAPTION_START.match(after.text)  # (over the next photo's caption)
    )


def _short_title_under_group(blocks: list[Block], i: int, captions: list[Block]) -> bool:
    """A line of a photo title's few characters under the credit of a group
    of photos (以上图片均由…), over running text rather than a dateline or a
    byline: the group's title, whatever words it shares with the captions
    (橘乡丰收忙 over photos of orange picking)."""
    credit = credit_match(blocks[i].text)
    if (
        len(captions) < 2
        or credit is None
        or not ("均由" in credit.group(0) or "以上" in credit.group(0))
    ):
        return False
    if len(squash(blocks[i + 1].text)) > T.PHOTO_TITLE_SHORT:
        return False
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    return after is None or (after.role == BlockRole.TEXT and not _headline_like(after.text, True))


def _captions_above(
    blocks: list[Block], i: int, alone: bool, group: bool
) -> tuple[list[Block], int]:
    """The caption blocks a credit at ``i`` closes, and where the walk up stopped."""
    captions = [] if alone else [blocks[i]]
    k = i - 1
    while k >= 0 and len(captions) < T.PHOTO_MAX_CAPTIONS:
        prev = blocks[k]
        if prev.owner >= 0 or prev.role != BlockRole.TEXT:
            break
        if captions:
            if _photo_title(prev) and _CARTOON_TITLE.match(squash(prev.text)):
                break  # (a cartoon's title says so: 漫画 “打卡” over its caption)
            if _photo_title(prev) and not _goes_on(prev, captions[0]):
                break  # a short line over a caption's sentence: the photo's title
            if CAPTION_START.match(captions[0].text):
                # Above a caption's start: another caption of the group, the
                # title, or the group's lead right under its title.
                if _photo_title(prev):
                    break
                if not group:
                    # (one credit under two captions, each of its day and
                    # place, a photo's title over them: one photo item)
                    if not (
                        CAPTION_START.match(prev.text)
                        and len(captions) == 1
                        and k > 0
                        and _photo_title(blocks[k - 1])
                        and ends_sentence(prev.text)
                    ):
                        break
                    captions.insert(0, prev)
                    k -= 1
                    break
                if not _group_caption(prev.text) and not (
                    k > 0
                    and _photo_title(blocks[k - 1])
                    and not _storys_own(blocks, k, captions, i)
                ):
                    break
            elif (
                ends_sentence(prev.text)
                and not (group and CAPTION_START.match(prev.text))
                and not _caption_opens_under_title(blocks, k)
                and not _caption_cut_under_title(blocks, k)
            ):
                run = _caption_under_gap(blocks, k, captions) or _caption_from_its_day(
                    blocks, k, captions
                )
                return run + captions, k - len(run)
        captions.insert(0, prev)
        k -= 1
    return captions, k


def _caption_under_gap(blocks: list[Block], k: int, captions: list[Block]) -> list[Block]:
    """A caption of a few finished paragraphs, its credit closing the last,
    opens under the image's gap (a box's blank lines, under a finished
    paragraph): the paragraphs from ``k`` up to that gap are the caption's,
    not the rest of the story printed over the picture. Nothing when the
    walk meets no such gap first."""
    if captions[0].gap >= T.BOX_GAP:
        return []
    run: list[Block] = []
    for j in range(k, max(0, k - T.PHOTO_MAX_CAPTIONS + len(captions)), -1):
        block = blocks[j]
        if (
            block.owner >= 0
            or block.role != BlockRole.TEXT
            or not ends_sentence(block.text)
            or starts_mid_sentence(block.text)
            or credit_match(block.text)
        ):
            return []
        run.insert(0, block)
        if block.gap >= T.BOX_GAP:
            return run if ends_sentence(blocks[j - 1].text) else []
    return []


def _caption_from_its_day(blocks: list[Block], k: int, captions: list[Block]) -> list[Block]:
    """A caption of a few short finished paragraphs, its credit closing the
    last, opening on the picture's day and place (6月9日，某会展中心，…。 /
    本届博览会共设6个展馆…。 / …。某某 摄): the paragraphs from ``k`` up to
    that opening are the caption's, set apart from the story the picture
    stands in (a group's under their title too: one item, as the group's
    credit closes). Nothing when a paragraph on the way is a story's length."""
    if any(len(squash(c.text)) > T.CAPTION_PARAGRAPH_MAX for c in captions):
        return []
    run: list[Block] = []
    for j in range(k, max(-1, k - T.PHOTO_MAX_CAPTIONS + len(captions)), -1):
        block = blocks[j]
        if (
            block.owner >= 0
            or block.role != BlockRole.TEXT
            or not ends_sentence(block.text)
            or starts_mid_sentence(block.text)
            or credit_match(block.text)
            or len(squash(block.text)) > T.CAPTION_PARAGRAPH_MAX
        ):
            return []
        run.insert(0, block)
        if CAPTION_START.match(block.text):
            return run
    return []


def _caption_opens_under_title(blocks: list[Block], k: int) -> bool:
    """Block ``k`` opens a caption of two paragraphs on its day and place
    under the photo's title (禁毒知识进校园 / 6月19日，长沙市…。 / 今年以来，…。
    某某 摄): the paragraph the credit closes is the caption's second."""
    return bool(CAPTION_START.match(blocks[k].text)) and k > 0 and _photo_title(blocks[k - 1])


def _caption_cut_under_title(blocks: list[Block], k: int) -> bool:
    """Block ``k`` is the rest of a caption's first paragraph, cut at its
    figure (…吞吐量16.2 / 万标箱，…。), that paragraph opening on its day
    and place under the photo's title: the credit closes a caption of two."""
    if k < 2:
        return False
    start = blocks[k - 1]
    return (
        start.role == BlockRole.TEXT
        and start.owner < 0
        and bool(CAPTION_START.match(start.text))
        and ends_with_number(start.text)
        and start_of(blocks[k].text) == Start.UNIT
        and _photo_title(blocks[k - 2])
    )


def _group_caption(text: str) -> bool:
    """A caption of a group of photos: it opens on its day (2月19日晚，…), or
    on the day of the caption before it (当晚，…)."""
    return bool(CAPTION_START.match(text) or _SAME_DAY.match(text))


#: A caption opening on the day of the one before it, in a group of photos.
_SAME_DAY = re.compile(r"^\s*(?:当[天日晚]|同[日天]|次日|当天[上下]午)\s*[，,]")


def _storys_own(blocks: list[Block], k: int, captions: list[Block], credit: int) -> bool:
    """Block ``k``, over a group's captions under a short line, talks of the
    story printed around the group (above that line and after the credit)
    more than of the photos: a paragraph of the story under its crosshead,
    the photos printed into it, not the group's lead."""
    text = blocks[k].text
    reach = T.CAPTION_LEAD_CONTEXT
    above = "".join(b.text for b in blocks[max(0, k - 1 - reach) : k - 1])
    below = "".join(b.text for b in blocks[credit + 1 : credit + 1 + reach])
    photos = word_share(text, "".join(b.text for b in captions))
    return min(word_share(text, above), word_share(text, below)) > photos


def _goes_on(block: Block, nxt: Block) -> bool:
    """``nxt`` finishes the sentence ``block`` leaves open: a word runs over
    the cut, or ``nxt`` cannot open a sentence."""
    if opens_on_quarter(squash(nxt.text)):
        return False  # (晨曦中的南洞庭 / 南洞庭湖湿地，…: a title over its caption)
    last = squash(block.text)[-2:]
    if len(last) == 2 and is_cjk(last[0]) and squash(nxt.text).startswith(last):
        return False  # (“挂名”河长 / 河长公示牌…: the title's last word opens the caption)
    across = word_across(block.text, nxt.text)
    start = start_of(nxt.text)
    if start == Start.FRAGMENT:
        # (a word's second half reads on only when some word runs over the
        # cut: 安居 / 新钥匙交到…, no word of 居新, is a title over its caption)
        return across > 0.0
    return start != Start.PLAIN or across >= T.HEAD_CUT_WORD


def _photo_title(block: Block) -> bool:
    """A photo's title: a short headline-like line, no clause in it (as on
    column pages: a line with a comma over a photo is a cut paragraph's start,
    …共派出监测车 / 86台，…)."""
    flat = squash(block.text)
    return (
        block.role == BlockRole.TEXT
        and bool(_WORDED.search(flat))  # (a figure alone, 243.5: a sentence's piece)
        and not wants_quantity(flat)  # (…面积达到: a stack's line, its figure under it)
        and (_headline_like(block.text, True) or _exclaimed(flat) or _trails_off(flat))
        # (a cartoon's title says so, however long: 漫画·别让…)
        and (len(flat) <= T.PHOTO_TITLE_MAX or bool(_CARTOON_TITLE.match(flat)))
        and not any(mark in flat for mark in "，。,；;")
    )


def _exclaimed(flat: str) -> bool:
    """A photo's title of a word or two and an exclamation (加油！, 冲刺！)."""
    return (
        len(flat) <= T.EXCLAIMED_TITLE_MAX
        and flat[-1:] in "！!"
        and not any(mark in flat for mark in "，,。；;：:")
    )


def _trails_off(flat: str) -> bool:
    """A photo's title left trailing on its dots, a phrase of no clause
    (“躺”在路边的共享……): the sentence it would be has none of its marks."""
    words = flat.rstrip("….")  # (the dots come folded to full stops)
    return (
        len(words) <= T.TRAILING_TITLE_MAX
        and len(words) < len(flat)
        and not any(mark in words for mark in "，,。；;：:.")
    )


def _opener(block: Block) -> Opener:
    if _starts_continuation(block):
        return Opener.JUMP
    return Opener.DATELINE if block.role == BlockRole.DATELINE else Opener.BYLINE


def _notice_apart(blocks: list[Block], i: int) -> bool:
    """A notice's title set apart by a frame's gap (关于做好…的提示), its text
    under it, finished or handing over to its items (…公告如下：): an item
    of its own, no box or caption."""
    after = blocks[i + 1]
    return (
        bool(NOTICE_TITLE.search(squash(blocks[i].text)))
        and after.role == BlockRole.TEXT
        and (ends_sentence(after.text) or squash(after.text).endswith(COLONS))
        and not CAPTION_START.match(after.text)
    )


def _list_under(blocks: list[Block], i: int) -> bool:
    """Under the line at ``i``, a list of like items, each a short line closed
    by a semicolon and the last by a full stop, all opening alike (凡是…；
    凡是…；凡是…。) or numbered: a box's list under its title. A line handing
    over (会议要求：) is a paragraph's, its list the story's."""
    if squash(blocks[i].text).endswith(HANDS_OVER):
        return False
    items: list[str] = []
    for block in blocks[i + 1 : i + 1 + T.LIST_ITEMS_MAX]:
        flat = squash(block.text)
        if block.role != BlockRole.TEXT or block.owner >= 0 or len(flat) > T.LIST_ITEM_MAX:
            break
        items.append(flat)
        if flat[-1] not in "；;":
            break
    if len(items) < T.LIST_ITEMS_MIN or items[-1][-1] != "。":
        return False
    return len({item[:2] for item in items}) == 1 or all(_NUMBERED.match(item) for item in items)


def _next_item(para: str, raw: str) -> bool:
    """``raw`` is the next item of the list whose item ``para`` is: that one
    closed by a semicolon, both opening alike or both numbered."""
    para, raw = squash(para), squash(raw)
    return (
        para[-1:] in ("；", ";")
        and len(para) <= T.LIST_ITEM_MAX
        and (para[:2] == raw[:2] or bool(_NUMBERED.match(para) and _NUMBERED.match(raw)))
    )


#: An item numbered as lists number them: 1. / 1、/ （一）/ 一是 / ①.
_NUMBERED = re.compile(
    r"^(?:[0-9０-９]{1,2}[.、．]|[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]是|[①-⑳])"
)


def _asks_over_salutation(blocks: list[Block], i: int) -> bool:
    return i + 1 < len(blocks) and asks_over_salutation(
        blocks[i].text, blocks[i + 1].text, marked=False
    )


def _box_label(flat: str) -> bool:
    """A box's name over its title: a column label, or a word of two
    characters (数读, 图说)."""
    return label_shaped(flat) or (len(flat) == T.BOX_LABEL_CHARS and all(is_cjk(c) for c in flat))


def _titles_figures(blocks: list[Block], i: int) -> bool:
    """Block ``i`` stands over a box's first figure under its label
    (某某投资 812.6亿元): the box's title."""
    return i + 1 < len(blocks) and box_entry(blocks[i + 1])


def _label_over_signature(blocks: list[Block], k: int) -> bool:
    """A column's label (某某快评) right over a signature, the last line of a
    signed piece's stack printed title first."""
    flat = squash(blocks[k].text)
    return (
        k + 1 < len(blocks)
        and blocks[k].role == BlockRole.TEXT
        and blocks[k].owner < 0
        and label_shaped(flat)
        and looks_like_column(flat)
        and blocks[k + 1].role == BlockRole.BYLINE
        and blocks[k + 1].owner < 0
    )


def _dashed_subtitle(text: str) -> bool:
    """A short headline line led by a dash (——江华三代传承人的故事)."""
    return bool(DASH_LED.match(squash(text))) and _headline_like(text, direct=True)


def _untitled_start(blocks: list[Block], i: int, opened: int) -> bool:
    """A headline-like line between finished paragraphs, where the text after
    it shares next to nothing with the story above."""
    block = blocks[i]
    if i == 0:
        return _page_opens_on_headline(blocks)
    if block.role != BlockRole.TEXT or i + 1 >= len(blocks):
        return False
    if block.gap >= T.BOX_GAP and not _notice_apart(blocks, i):
        return False
    if block.verse:
        return False  # (an entry of a list: see blocks._name_lists)
    if _asks_over_salutation(blocks, i):
        return True  # a letter's title asking its question (…谁来修？ / 编辑同志：)
    if not _headline_like(block.text, direct=True) or len(squash(block.text)) > T.UNTITLED_HEAD_MAX:
        return False
    if _word_cut_elsewhere(blocks, i):
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    if _label_over_signature(blocks, i + 1):
        return False  # (its column's label under it, over its writer: the byline takes the stack)
    if figure_goes_on(before.text, block.text):
        return False  # (…累计出动抢修人员 / 4200余人、抢修车辆: the cut sentence's rest)
    if MEMBER_VOICE.match(squash(after.text)) and after.owner < 0:
        return True  # a voice's title, over who speaks (某某（全国人大代表，…）)
    if _quote_left_open(block.text, after.text) and any(c in block.text for c in "，,；;"):
        return False  # (a quotation's clauses cut by the page: “以前只在课本上读过‘…，于斯)
    asked = bool(QA_TURN.match(squash(after.text)))  # (问：… opens on a character and a colon)
    if after.role != BlockRole.TEXT or after.owner >= 0:
        return False
    # (a dash-led subtitle under it, ——记…, opens no sentence: a stack's second line)
    if starts_mid_sentence(after.text) and not asked and not _dashed_subtitle(after.text):
        return False
    if after.verse and LIST_TITLE.search(squash(block.text)):
        return True  # a list's title over its entries (…获奖名单 / 一等奖 / 某某)
    if ends_sentence(before.text) and _list_under(blocks, i):
        return True  # a box's list of like items under its title (…提示：… / 凡是…；)
    if _titles_figures(blocks, i):
        # a box's figures under its title (…主要数据 / 某某投资 812.6亿元),
        # printed into a cut paragraph as well as after a finished one
        return True
    if asked and not any(QA_TURN.match(squash(b.text)) for b in blocks[opened:i]):
        # questions and answers under their title (政策问答 / 问：…) after
        # prose, finished or cut to go on further down
        return True
    if (
        ends_sentence(before.text)
        and blocks[opened].role == BlockRole.DATELINE
        and not CONTACT_LINE.match(squash(after.text))
        and ends_sentence(after.text)
        and any(CONTACT_LINE.match(squash(b.text)) for b in blocks[i + 2 : i + 1 + T.CONTACT_REACH])
        and not any(CONTACT_LINE.match(squash(b.text)) for b in blocks[opened:i])
    ):
        # A notice or an advertisement under its title, its text and then
        # whom to call, after a dated report (whose text closes on no contact;
        # a contact right under a line is under the report's crosshead).
        return True
    if (
        NOTICE_TITLE.search(squash(block.text))
        and (
            ends_sentence(before.text)
            or before.role == BlockRole.CREDIT
            or _ends_with_credit(before.text)  # (a caption closed by its credit)
            or _label_para(before)  # (the label closing a signed piece above)
            or bool(FULL_DATE.match(squash(before.text)))  # (the notice above, dated)
            # (a story's title printed after its finished text: …。 / 某地某事 / …通告)
            or (
                i >= 2
                and ends_sentence(blocks[i - 2].text)
                and _headline_like(before.text, direct=True)
            )
            # (a commentary's stack closed by its writer's name, printed under
            # its text: 热点快评 / 某题 / 某某 / …征文启事)
            or (before.role == BlockRole.BYLINE and is_name_line(before.text.strip()))
        )
        # (我省发布…通告 over its title and a dateline heads a report of the notice)
        and not _stack_over_opener(blocks, i)
    ):
        return True  # a notice (…候选人公示) is an item of its own, whatever it shares
    if (
        before.role == BlockRole.CREDIT
        and squash(before.text).endswith("报道")
        and not credit_match(before.text)  # (摄影报道 credits a photo)
    ):
        # Under a story's closing reporters' line, over a paragraph: the next story.
        return not _headline_like(after.text, direct=True)
    size = _stack_size(blocks, i, opened)
    if (
        size
        and (
            _dated_below(blocks, i, size)
            or _signed_headless_below(blocks, i + size)
            # (a stack closed on a dash heads nothing here: its title is elsewhere)
            or squash(blocks[i + size - 1].text).endswith(HANDS_OVER)
        )
        and (
            _printed_in_cut(blocks, i, i + size)
            or (
                i + size < len(blocks)
                and _open_around(blocks[i - 1], blocks[i + size])
                # (the cut goes on further down, 300 / … / 余名…: the text under
                # the stack is not its rest but the stack's own first paragraph)
                and _resumed_at(blocks, i - 1, i + size + 1) < 0
            )
        )
    ):
        return False  # a dated story's headline, printed into this one's cut
    if _SECTION_MARK.match(squash(block.text)):
        return False  # (上篇 over a crosshead: a feature's part, printed in it)
    if size >= 2:
        return True
    if (
        _two_decks(block.text)
        and ends_sentence(before.text)
        and not _headline_like(after.text, direct=True)
        and _opens_paragraph(after.text)
        and not _headless_dated_above(blocks, i)
    ):
        # A title and its subtitle printed on one line, over its text (unless
        # a dated story above still lacks its headline: it may be that one's).
        return True
    if (
        _opens_sections(blocks, i, opened)
        or _later_section(blocks, i, opened)
        or _section_of_feature_above(blocks, i, opened)
    ):
        return False
    if (
        blocks[opened].role == BlockRole.BYLINE
        and names_reader(blocks[opened].text)
        and ends_sentence(before.text)
    ):
        return True  # a reader's letter runs in no sections: what follows it is another piece
    if ends_sentence(before.text) and _listing(blocks, i + 1) and not _listing(blocks, opened + 1):
        return True  # a list under its title (results, a roll) after a story's prose
    resumed = -1 if ends_sentence(before.text) else _resumed_at(blocks, i - 1, i + 2)
    if not ends_sentence(before.text) and resumed < 0:
        return False
    story = "".join(
        b.text for b in blocks[opened:i] if b.role in (BlockRole.TEXT, BlockRole.DATELINE)
    )
    if resumed >= 0:  # the story above goes on there
        story += "".join(b.text for b in blocks[resumed : resumed + 2])
    upto = min(i + 3, resumed) if resumed >= 0 else i + 3
    following = "".join(b.text for b in blocks[i + 1 : upto] if b.role == BlockRole.TEXT)
    if len(squash(story)) < T.TOPIC_STORY_MIN or len(squash(following)) < T.TOPIC_FOLLOWING_MIN:
        return False
    if similarity(topic_text(block.text), story) >= T.UNTITLED_HEAD_UNRELATED:
        return False  # (its words, not its figures: a year names no topic)
    # The text after talks about something else; or, a little like the story
    # above as it may be, the line names what follows and not what precedes
    # and is longer than a crosshead (unless the story above is a feature in
    # sections: then it is the next section's crosshead).
    shift = similarity(following, story)
    if shift < T.TOPIC_SHIFT:
        return True
    sections = any(_is_subhead_text(b.text) for b in blocks[opened + 1 : i])
    # (not where a piece of another story, opening mid-sentence, is printed
    # into the report: a crosshead of that story's may follow it)
    pieces = any(
        start_of(b.text) not in (Start.PLAIN, Start.FIGURE) for b in blocks[opened + 1 : i]
    )
    if (
        blocks[opened].role == BlockRole.DATELINE
        and not sections
        and not pieces
        and not label_shaped(block.text)  # (a column's label: see take_column)
        and similarity(topic_text(block.text), story) == 0.0
        and similarity(block.text, following) >= T.UNTITLED_HEAD_TITLES
        and shift < T.UNTITLED_NEWS_SHIFT
    ):
        # Under a dated report, which seldom runs in sections: a line that
        # names the text under it and nothing above heads another story.
        return True
    titles = (
        similarity(block.text, following) >= T.UNTITLED_HEAD_TITLES
        and len(squash(block.text)) > T.SUBHEAD_TITLE_MAX
    )
    # (a line that shares not a pair of characters with the story above names
    # no section of it, whatever common words the two texts share)
    apart = shift < T.UNTITLED_TOPIC_SHIFT or similarity(topic_text(block.text), story) == 0.0
    return titles and apart and not sections


def _two_decks(text: str) -> bool:
    """A title and its subtitle on one line, parted by a space (油茶林里鸡鸭欢
    某县发展林下经济带动农户增收): longer than a crosshead, and each phrase a
    headline's words (a crosshead of two short phrases, 一户一策 因户施建, is
    shorter)."""
    parts = text.split()
    return (
        len(parts) == 2
        and all(len(p) >= T.DECK_PHRASE_MIN for p in parts)
        and len(squash(text)) > T.SUBHEAD_TITLE_MAX
        and not any(c in text for c in "，,；;：:、“”")
    )


def _opens_paragraph(text: str) -> bool:
    """A text that opens a paragraph on a word or on a day (5月6日，…), not on
    a figure left from a sentence cut above (8.9%，稳居…)."""
    return start_of(text) == Start.PLAIN or bool(_DAY_OPENING.match(squash(text)))


#: A paragraph's first words, a day (5月6日，) or a year (2018年，).
_DAY_OPENING = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{4}年)")


def _headless_dated_above(blocks: list[Block], i: int) -> bool:
    """A story opened on a dateline above ``i`` has no headline yet."""
    headed = {b.owner for b in blocks[:i] if b.role == BlockRole.HEAD}
    return any(
        b.role == BlockRole.DATELINE and b.owner >= 0 and b.owner not in headed for b in blocks[:i]
    )


def _listing(blocks: list[Block], k: int) -> bool:
    """Blocks from ``k`` on are a list's entries, each opening on its heading
    and a colon (男子甲组100米自由泳：1.某某…; 一等奖：…), no paragraphs."""
    run = blocks[k : k + T.LIST_ENTRIES_MIN]
    return len(run) == T.LIST_ENTRIES_MIN and all(_entry(b) for b in run)


def _entry(block: Block) -> bool:
    return block.role == BlockRole.TEXT and bool(_ENTRY.match(squash(block.text)))


#: A list entry's heading: a short phrase, then a colon.
_ENTRY = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z]{2,16}[：:]")


def _opens_sections(blocks: list[Block], i: int, opened: int) -> bool:
    """Line ``i`` is the first crosshead of a feature opened by its byline:
    another line of a crosshead's shape, between finished paragraphs, follows
    within the feature's text (a feature runs in sections; a story whose
    headline is lost runs in none before its first)."""
    if blocks[opened].role != BlockRole.BYLINE or names_reader(blocks[opened].text):
        return False
    if not _is_subhead_text(blocks[i].text) or not ends_sentence(blocks[i - 1].text):
        return False
    for j in range(i + 2, min(len(blocks) - 1, i + 2 + T.SECTION_SERIES_REACH)):
        if blocks[j].role != BlockRole.TEXT or blocks[j].owner >= 0:
            return False
        if (
            _is_subhead_text(blocks[j].text)
            and ends_sentence(blocks[j - 1].text)
            and blocks[j + 1].role == BlockRole.TEXT
        ):
            return True
    return False


def _later_section(blocks: list[Block], i: int, opened: int) -> bool:
    """Line ``i`` is a later crosshead of a feature opened by its byline: a
    line of a crosshead's shape between finished paragraphs stands in the
    feature's text above it (two phrases parted by a comma, 十六岁学绣，一坐就是
    四十年, as well: its sections' crossheads are built alike or not)."""

    def shaped(text: str) -> bool:
        return _is_subhead_text(text) or comma_crosshead(text)

    if blocks[opened].role != BlockRole.BYLINE or names_reader(blocks[opened].text):
        return False
    if not shaped(blocks[i].text) or not ends_sentence(blocks[i - 1].text):
        return False
    return any(
        blocks[j].role == BlockRole.TEXT
        and shaped(blocks[j].text)
        and ends_sentence(blocks[j - 1].text)
        and blocks[j + 1].role == BlockRole.TEXT
        for j in range(opened + 2, i - 1)
    )


def _section_of_feature_above(blocks: list[Block], i: int, opened: int) -> bool:
    """Line ``i`` is the next crosshead of a feature in sections opened above
    the story read last (the two printed in pieces among each other): a
    feature opened by its byline holds a crosshead between its finished
    paragraphs, and the text under line ``i`` talks of that feature."""
    if not _is_subhead_text(blocks[i].text) or not ends_sentence(blocks[i - 1].text):
        return False
    following = "".join(b.text for b in blocks[i + 1 : i + 3] if b.role == BlockRole.TEXT)
    for k in range(opened - 1, -1, -1):
        if blocks[k].role != BlockRole.BYLINE or names_reader(blocks[k].text):
            continue
        sections = [
            j
            for j in range(k + 2, opened)
            if blocks[j].role == BlockRole.TEXT
            and _is_subhead_text(blocks[j].text)
            and ends_sentence(blocks[j - 1].text)
        ]
        if not sections:
            return False
        feature = "".join(b.text for b in blocks[k + 1 : opened] if b.role == BlockRole.TEXT)
        return similarity(following, feature) >= T.UNTITLED_TOPIC_SHIFT
    return False


def _page_opens_on_headline(blocks: list[Block]) -> bool:
    """The page's first text is a headline line over a paragraph that opens
    plainly: a story printed from the top of the page, with no dateline or
    byline (a commentary, a feature set under its title). A piece of a story
    from another page opens mid-sentence, or reads as running text."""
    if len(blocks) < 2 or blocks[0].role != BlockRole.TEXT or blocks[1].role != BlockRole.TEXT:
        return False
    head, lead = blocks[0].text, blocks[1].text
    return (
        _headline_like(head, direct=True)
        and len(squash(head)) <= T.UNTITLED_HEAD_MAX
        and start_of(head) == Start.PLAIN
        and start_of(lead) in (Start.PLAIN, Start.FIGURE)
        and not _headline_like(lead, direct=True)
    )


def _unlabelled_commentary(blocks: list[Block], i: int) -> bool:
    """A commentary printed above with no label over its headline (signed
    by a commentator or a bare name): a label below may be its, set after
    its body."""
    owners = {b.owner for b in blocks[:i] if b.role == BlockRole.HEAD and b.owner >= 0}
    for owner in owners:
        mine = [b for b in blocks[:i] if b.owner == owner]
        heads = [b for b in mine if b.role == BlockRole.HEAD]
        signed = [b for b in mine if b.role == BlockRole.BYLINE]
        if not signed or "记者" in signed[0].text:
            continue
        if not (len(heads) >= 2 and label_shaped(heads[0].text)):
            return True
    return False


def _stack_size(blocks: list[Block], i: int, opened: int) -> int:
    """How many headline lines stand from ``i`` over a paragraph: two or more
    are a story's stack (a label and title, a title and subtitle), whatever
    the text above, unless the story being read is still looking for its own
    headline (a feature prints it a few paragraphs in), or the first is the
    label of a commentary above set after its body. 0 or 1: no stack."""
    n = 0
    while (
        i + n < len(blocks)
        and n < T.HEADS_ABOVE_MAX
        and blocks[i + n].role == BlockRole.TEXT
        and blocks[i + n].owner < 0
        and not blocks[i + n].verse
        # (the first line holds no clause; none stops on a clause mark, as a
        # paragraph cut at a comma does)
        and _headline_like(blocks[i + n].text, direct=n > 0)
        and squash(blocks[i + n].text)[-1:] not in "，,、；;：:"
        and len(squash(blocks[i + n].text)) <= T.UNTITLED_HEAD_MAX
        and not _clause_runs_on(blocks, i + n)
        and not (
            i + n + 1 < len(blocks)
            and _quote_closed_in_sentence(blocks[i + n].text, blocks[i + n + 1].text)
        )
    ):
        n += 1
    lead = blocks[i + n] if i + n < len(blocks) else None
    # (a line drawn twice for bold, a crosshead's as well as a title's, is one line)
    copies = sum(squash(blocks[i + m].text) == squash(blocks[i + m - 1].text) for m in range(1, n))
    if n - copies < 2 or lead is None or lead.role != BlockRole.TEXT or lead.owner >= 0:
        return 0
    if starts_mid_sentence(lead.text) or start_of(lead.text) in _NO_OPENING:
        return 0  # (the rest of a cut paragraph under the lines: no story's first)
    story = blocks[opened] if 0 <= opened < i else None
    if (
        story is not None
        and story.role == BlockRole.BYLINE
        and story.owner >= 0
        and not any(b.owner == story.owner and b.role == BlockRole.HEAD for b in blocks)
    ):
        return 0  # the feature's own headline, printed inside it
    first = blocks[i].text
    labelled = label_shaped(first) and looks_like_column(squash(first))
    return 0 if labelled and _unlabelled_commentary(blocks, i) else n


def _clause_runs_on(blocks: list[Block], j: int) -> bool:
    """Block ``j`` holds clauses and its last word runs on into the next
    block (…过去全靠手感和经验，现 / 在每台设备…): a paragraph cut across a
    word, not a headline line."""
    text = blocks[j].text
    return (
        j + 1 < len(blocks)
        and any(c in text for c in "，,；;")
        and word_across(text, blocks[j + 1].text) >= T.HEAD_CUT_WORD
    )


#: How a piece starts that opens no paragraph (``continuation.Start``).
_NO_OPENING = (Start.MID, Start.UNIT, Start.CLAUSE)


def _resumed_at(blocks: list[Block], t: int, after: int) -> int:
    """Where the open block ``t`` goes on, in a piece printed from ``after``
    on that cannot open a paragraph (日，全省… after …2月2): what stands
    between is another story printed into the cut. -1: nowhere near."""
    for k in range(after, min(len(blocks), after + T.RESUMED_WITHIN)):
        b = blocks[k]
        if (
            b.role == BlockRole.TEXT
            and (
                start_of(b.text) in (Start.MID, Start.UNIT, Start.FRAGMENT)
                or (end_of(blocks[t].text) == End.FIGURE and b.text[:1].isdigit())
            )
            and (join_evidence(blocks[t].text, b.text) or 0.0) >= T.RESUMED_LATER
        ):
            return k
    return -1


def _ends_with_credit(text: str) -> bool:
    match = credit_match(text)
    return bool(match) and match.start() > 0 and ends_sentence(text[: match.start()])


#: A kicker's build: a scene or a time in a few characters, a comma, what
#: happens there (寒假刚过，某地迎来…; 入夏以来，某某…).
_SCENE_THEN_EVENT = re.compile(r"^[\u4e00-\u9fff]{2,6}[，,][^，,。；;：:！!？?]{6,20}$")


def _scene_then_event(text: str) -> bool:
    return bool(_SCENE_THEN_EVENT.match(squash(text)))


def _facts_kicker(blocks: list[Block], j: int, heads: list[Block]) -> bool:
    """Block ``j``, under a finished paragraph, is two short clauses of facts
    over a short title (总投资120亿元，规划年产能30万辆 / 某项目落户湘潭), the
    stack over a dated report: the title's kicker, when no piece printed
    elsewhere finishes it."""
    flat = squash(blocks[j].text)
    clauses = re.split(r"[，,]", flat)
    return (
        1 <= len(heads) <= 2
        and sum(len(squash(h.text)) for h in heads) <= T.TITLE_UNDER_FACTS_MAX
        and j > 0
        and blocks[j - 1].role == BlockRole.TEXT
        and ends_sentence(blocks[j - 1].text)
        and len(flat) <= T.FACTS_KICKER_MAX
        and len(clauses) == 2
        and min(len(c) for c in clauses) >= T.FACTS_CLAUSE_MIN
        and not _SAYS.search(clauses[0])  # (…也表示，报告: a paragraph's words, cut)
        and not flat.startswith(("但", "而", "并", "同时", "其中"))
        and not _finished_elsewhere(blocks, j)
        and not _stops_open(blocks[j].text)
    )


#: A clause that reports speech (…表示, …说): running text, never a kicker.
_SAYS = re.compile(r"(?:说|表示|介绍|指出|强调|认为|告诉记者)$")


def _rest_under_marker(blocks: list[Block], i: int, j: int) -> bool:
    """Block ``i`` is a 上接 marker alone, block ``j`` right under it a text
    block opening mid-sentence (a cut's rest)."""
    if blocks[i].role != BlockRole.MARKER or not _starts_continuation(blocks[i]):
        return False
    if j >= len(blocks):
        return False
    nxt = blocks[j]
    return (
        nxt.role == BlockRole.TEXT
        and nxt.owner < 0
        and start_of(nxt.text) in (Start.MID, Start.UNIT, Start.FIGURE, Start.FRAGMENT)
    )


def _starts_continuation(block: Block) -> bool:
    jumps = jumps_in(block.text)
    return bool(jumps) and jumps[0][1].direction == "from" and jumps[0][0].start() <= 4


def _heads_before(blocks: list[Block], i: int) -> list[Block]:
    heads: list[Block] = []
    j = i - 1
    if blocks[i].role in (BlockRole.DATELINE, BlockRole.BYLINE):
        j = _above_rest_between(blocks, i)  # (left to the story it finishes)
    while j >= 0 and len(heads) < T.HEADS_ABOVE_MAX:
        block = blocks[j]
        if block.role != BlockRole.TEXT or block.owner >= 0 or block.verse:
            break
        # Right above the opener, or above a headline's last word left alone
        # (…同比增长18. / 2%), a headline line may be long and hold clauses.
        # So may the title over a dash-led subtitle (七十年，一条老街的变迁 / ——探访…).
        # So may the title over a "某某出席" foot.
        direct = not heads or (
            len(heads) == 1
            and (
                len(squash(heads[0].text)) <= T.HEAD_LONE_TAIL_MAX
                or bool(DASH_LED.match(squash(heads[0].text)))
                or is_attendance(heads[0].text)
            )
        )
        # The kicker over a title and its dash-led subtitle may hold a
        # clause too (驻村三年，他把村子当成了家 / “第一书记”的账本 / ——记…).
        kicker = (
            len(heads) == 2
            and bool(DASH_LED.match(squash(heads[1].text)))
            and len(squash(block.text)) <= T.CLAUSED_KICKER_MAX
        ) or (len(heads) == 1 and _quoted_kicker(blocks, i, block.text))
        # So may a long kicker of clauses over a short title (某实验室历时8年攻关，
        # 研制出… / “耐火金刚”问世), at the page's top or under a story's
        # furniture (a credit, a byline), when no piece printed elsewhere
        # finishes it: under text, such a line is a paragraph's, cut. The
        # short title may have its dash-led subtitle under it.
        long_kicker = (
            (len(heads) == 1 or (len(heads) == 2 and bool(DASH_LED.match(squash(heads[1].text)))))
            and len(squash(heads[0].text)) <= T.TITLE_UNDER_LONG_KICKER
            and (
                j == 0
                or blocks[j - 1].role not in (BlockRole.TEXT, BlockRole.DATELINE)
                or (j == 1 and _section_banner(blocks, 0))
            )
            and not _finished_elsewhere(blocks, j)
            and not _stops_open(block.text)
        ) or (blocks[i].role == BlockRole.DATELINE and _facts_kicker(blocks, j, heads))
        # So may a kicker setting the scene in a short phrase, then saying
        # what happens (寒假刚过，某地迎来一批批研学学生 / title / dateline),
        # under a finished paragraph, when no piece printed elsewhere finishes
        # it and the lead under the title tells of the same.
        long_kicker = long_kicker or (
            len(heads) == 1
            and blocks[i].role == BlockRole.DATELINE
            and _scene_then_event(block.text)
            and (j == 0 or ends_sentence(blocks[j - 1].text))
            # (its words the lead's: a paragraph cut there is another story's)
            and word_share(block.text, blocks[i].text) >= T.SCENE_KICKER_WORDS
            and not _finished_elsewhere(blocks, j)
        )
        # (an interview's kicker may ask: 春节假期景区如何“接得住”客流？ / title / ——访…;
        # so may a short title right over the opener: 课后服务怎么收费? 劳动课怎么上?)
        asks = (
            (kicker and squash(block.text)[-1:] in "？?" and "。" not in block.text)
            # (a short question over the title over the opener is its kicker:
            # “入园难”变“招生难”？ / title / dateline)
            or (len(heads) == 1 and _asks_alone(squash(block.text)))
            # (a title of questions over its dash-led subtitle: 某某怎么改？
            # 钱从哪里来？ / ——某某答记者问)
            or (
                len(heads) == 1
                and bool(DASH_LED.match(squash(heads[0].text)))
                and _questions_alone(squash(block.text))
            )
            or (
                # (right over the opener, or over a column's label under it:
                # 网购遇到假货，该如何维权？ / 法官说法 / 记者 某某)
                (not heads or (len(heads) == 1 and label_shaped(heads[0].text)))
                and _asks_briefly(block.lines[-1].raw)
                # (under a kicker handing over to it: 新学期新变化，…答案—— / 课后服务怎么收费?)
                and all(_headline_like(line.raw, direct=True) for line in block.lines[:-1])
            )
        )
        # (a kicker handing over to its title with a dash may hold a clause:
        # 新学期新变化，家长关心的问题有了答案—— / 课后服务怎么收费?)
        hands = bool(heads) and squash(block.text).endswith("——")
        direct = direct or hands
        if not asks and not _headline_like(block.text, direct=direct or kicker or long_kicker):
            break
        if _notice_signed(blocks, j):
            break  # (the issuer signing the notice above: 公告 / … / 某某人民法院)
        if _name_goes_on_elsewhere(blocks, j, i):
            break  # (…长沙市住房和城乡 / 建设委员会有关负责人…: a paragraph cut in a name)
        # A cut paragraph just above the dateline, or above a headline when
        # its last character is no word alone (…设置警 + 示标识，…) or its
        # list's last item was cut (…责任人落实、应 + 急预案…): not a headline.
        if (
            (
                not heads
                or end_of(block.text) == End.LONE
                or _item_cut(block.text)
                or list_awaits_count(block.text)
                or (ends_with_number(block.text) and not _CIRCLED_LAST.search(block.text))
                or stops_on_magnitude(block.text)
            )
            and not kicker
            and _finished_elsewhere(blocks, j, over_head=bool(heads))
            and not _under_label(blocks, j)
            and not (not heads and _subtitle_under_title(blocks, j))
        ):
            break
        if heads and _continued_elsewhere(blocks, j):
            break  # a paragraph cut after its subject (…有关负责人 / 表示，…)
        if _quote_left_open(block.text, heads[0].text if heads else ""):
            break
        heads.insert(0, block)
        if block.gap >= T.BOX_GAP and not _never_alone(block.text) and not _speaker_over(blocks, j):
            break
        j -= 1
    if (
        # (a banner of two parts over a dated report's one-line title:
        # 经济·要闻 / 某某会闭幕 某某成交额…)
        (
            len(heads) > 2
            or (
                len(heads) == 2
                and blocks[i].role == BlockRole.DATELINE
                # (or over a title line that holds its kicker already: 乡村振兴 /
                # 某某达2180万亩 某某有望突破30万吨)
                and ("·" in heads[0].text or _KICKER_ON_TITLE_LINE.search(heads[1].text.strip()))
            )
        )
        # (a series' banner heads a feature too; a short label over a
        # byline's story is its column, unless a series' name is under it:
        # 经济 / 某某·某某 / 某某观察之一 / title, the series the column)
        and (
            blocks[i].role == BlockRole.DATELINE
            or "·" in heads[0].text
            or (len(heads) > 3 and series_name(heads[1].text))
        )
        and _section_banner(blocks, next(k for k in range(i) if blocks[k] is heads[0]))
    ):
        # (the page's section name over its first report: furniture; a
        # special's banner may take two lines, its name under the event's)
        k = next(k for k in range(i) if blocks[k] is heads[0])
        if (
            len(heads) > 3
            and blocks[k + 1] is heads[1]
            and _section_banner(blocks, k + 1, k)
            and (blocks[i].role == BlockRole.DATELINE or "·" in heads[0].text)
        ):
            return heads[2:]
        return heads[1:]
    return heads


#: An instalment's number in a circle closing a series' name (某某行①): no
#: figure cut from its unit.
_CIRCLED_LAST = re.compile(r"[\u2460-\u2473\u2776-\u277f]\s*$")


def _quoted_kicker(blocks: list[Block], i: int, text: str) -> bool:
    """A quotation whole, clauses and all, over a title (“小区的事，就是我自己
    家的事” / “90后”网格员的一天): the kicker quoting someone the story
    quotes again, its words in the text under the opener ``i``."""
    flat = squash(text)
    if not (QUOTED_WHOLE.fullmatch(flat) and len(flat) <= T.QUOTED_KICKER_MAX):
        return False
    words_only = _PUNCTUATION.sub("", flat)
    below = (
        _PUNCTUATION.sub("", squash(b.text))
        for b in blocks[i + 1 : i + 1 + T.QUOTED_KICKER_BLOCKS]
        if b.role == BlockRole.TEXT
    )
    return any(words_only in b for b in below)


_PUNCTUATION = re.compile(r"[^\w]")


def _notice_signed(blocks: list[Block], j: int) -> bool:
    """Block ``j`` is an issuer's name (…人民法院, …管理局) right under the
    finished text of a notice whose title is printed a few blocks above:
    the notice's signature, not a headline line of the story under it."""
    flat = squash(blocks[j].text)
    if j == 0 or len(flat) > T.ISSUER_MAX or not names_issuer(flat):
        return False
    if not ends_sentence(blocks[j - 1].text):
        return False
    return any(
        NOTICE_TITLE.search(squash(b.text))
        for b in blocks[max(0, j - T.NOTICE_TEXT_BLOCKS - 1) : j - 1]
    )


def _name_goes_on_elsewhere(blocks: list[Block], j: int, opener: int) -> bool:
    """Block ``j`` stops inside a department's name or a standing formula
    that a paragraph printed elsewhere, not in the stack under it up to the
    ``opener``, finishes (…长沙市住房和城乡 + 建设委员会有关负责人介绍，…): a
    paragraph cut, no headline line (a title may wrap inside one, its
    rest the stack's next line)."""
    text = blocks[j].text
    if not stops_in_formula(text):
        return False
    return any(
        not j <= k <= opener
        and b.role == BlockRole.TEXT
        and b.owner < 0
        and any(c in b.text for c in "，。")
        and formula_across(text, b.text)
        for k, b in enumerate(blocks)
    )


def _asks_briefly(text: str) -> bool:
    """A title of one or two short questions (课后服务怎么收费? 劳动课怎么上?,
    网购遇到假货，该如何维权？): no more than one clause before the question,
    no sentence of running text besides."""
    flat = squash(text)
    questions = [q for q in re.split(r"[？?]", flat) if q]
    return (
        flat[-1:] in "？?"
        and len(flat) <= T.QUESTION_TITLE_MAX
        and 1 <= len(questions) <= 2
        and len(re.findall("[，,]", flat)) <= (1 if len(questions) == 1 else 0)
        and not any(c in flat for c in "。；;：:")
    )


def _stops_open(text: str) -> bool:
    """The text stops on half a word or on a word that wants what follows (a
    preposition, conjunction or particle: …比书包、比文具、比): a cut
    paragraph's words, no headline's."""
    return end_of(text) == End.LONE or stops_on_open_word(squash(text))


def _quote_left_open(text: str, below: str) -> bool:
    """``text`` opens a quotation that neither it nor the headline line under
    it closes (“每年这个时候我们都会 / 某地召开…会, 这是某地破解“执行 /
    某某来湘…): a paragraph's words cut by the page. A quoted headline
    wrapped closes on its next line (“山里的日子一天比一天 / 红火”)."""
    flat = squash(text)
    if flat.count("“") + flat.count("「") <= flat.count("”") + flat.count("」"):
        return False
    marks = [c for c in squash(below) if c in "“”「」"]
    return not marks or marks[0] in "“「"


def _quote_closed_in_sentence(text: str, below: str) -> bool:
    """``text`` leaves a quotation open that the line under it closes after
    finishing a sentence (“以前…，现在用 / 无人机播种…。”王鹏说): one
    paragraph's speech, cut. A quoted headline finishes no sentence."""
    flat, under = squash(text), squash(below)
    if flat.count("“") + flat.count("「") <= flat.count("”") + flat.count("」"):
        return False
    close = next((k for k, c in enumerate(under) if c in "”」"), -1)
    return (
        close > 0 and under[close - 1] in "。！？!?" and not any(c in "“「" for c in under[:close])
    )


#: A line opening a quotation it never closes.


#: Blocks that are text of the page (a section's name is printed over all of them).
_OPENING_ROLES = (BlockRole.TEXT, BlockRole.DATELINE, BlockRole.BYLINE)


def _section_banner(blocks: list[Block], j: int, top: int | None = None) -> bool:
    """Block ``j`` is the page's section name (体育, 财经, 乡村振兴) printed at
    its top, over the first story's stack: a short label's shape with no
    text before it (before ``top``, when the banner's first line is there).
    A column's label heads commentary, never a dated report. A special's
    banner may lead with its year (2022全国两会)."""
    text = _YEAR_LED.sub("", squash(blocks[j].text))
    # (a series' banner names two parts: 创新湖南·科技强省)
    parts = text.split("·")
    return (
        len(parts) <= 2
        and all(
            2 <= len(part) <= (T.SECTION_NAME_MAX if len(parts) == 1 else T.BANNER_PART_MAX)
            and all(is_cjk(c) for c in part)
            for part in parts
        )
        and not names_place(text)
        and not any(b.role in _OPENING_ROLES for b in blocks[: j if top is None else top])
    )


#: The year a special's banner leads with (2022全国两会).
_YEAR_LED = re.compile(r"^(?:19|20)[0-9]{2}(?=[\u4e00-\u9fff])")


def _headline_in_cut(
    blocks: list[Block], lo: int, i: int, least: float = T.HEAD_IN_CUT_WORDS
) -> list[Block]:
    """The headline of the dated story at ``i``, printed inside the cut of a
    paragraph of the story above it (…张家界主会场涉及的 / 省气象台发布高温预警 /
    36个重点项目中，… / … / 湖南日报…讯…今天，省气象台发布高温预警…): a
    stack of headline lines with an open piece before it and its rest after
    it, naming what this story's lead says more than what the cut says."""
    lead = _lead(blocks, i)
    for h in range(i - 1, max(lo, i - T.HEAD_IN_CUT_REACH - 1), -1):
        stack = _stack_from(blocks, h, i)
        k = h + len(stack)
        if not stack or k >= i or h == 0:
            continue
        cut, rest = blocks[h - 1], blocks[k]
        head = "".join(b.text for b in stack)
        mine, theirs = word_share(head, lead), word_share(head, cut.text + rest.text)
        if theirs >= mine * T.STRAY_HEAD_RIVAL:
            continue
        if _printed_in_cut(blocks, h, k):
            # (a word or a figure's unit runs over the cut: the stack is surely
            # printed in it, and names less of its story's lead than a stray one)
            if mine >= least:
                return _kicker_over(blocks, lo, h) + stack
        elif mine >= T.STRAY_HEAD_WORDS and _open_around(cut, rest):
            return _kicker_over(blocks, lo, h) + stack
    return []


def _bunched_over(blocks: list[Block], drafts: list[Draft], lo: int, i: int) -> list[Block]:
    """The headline of the dated story at ``i``, printed last in the stack
    over the dated story above it (全省晚稻进入灌浆成熟期 / 2600万亩… / 国庆中秋
    假期临近 全省机场… / 湖南日报…讯… / … / 湖南日报…讯…机场…): of three
    lines or more, the last naming some of this story's lead and nothing of
    that story's stack or lead is this story's, taken from that stack."""
    if not 0 < lo < i or blocks[lo].role != BlockRole.DATELINE or blocks[lo].owner < 0:
        return []
    owner = blocks[lo].owner
    stack = []
    for k in range(lo - 1, -1, -1):
        if blocks[k].role != BlockRole.HEAD or blocks[k].owner != owner:
            break
        stack.insert(0, blocks[k])
    if len(stack) < T.BUNCHED_STACK_MIN:
        return []
    last = stack[-1]
    # (the leads here are cut short by the pieces printed between, so any
    # word of this lead against none of that story's stack or lead)
    around = "".join(b.text for b in stack[:-1]) + _lead(blocks, lo)
    if word_share(last.text, around) > 0.0 or word_share(last.text, _lead(blocks, i)) == 0.0:
        return []
    drafts[owner].heads = [h for h in drafts[owner].heads if h is not last.lines]
    return [last]


def _kicker_over(blocks: list[Block], lo: int, h: int) -> list[Block]:
    """The stack's line above the one found in a cut, when the cut is above
    that line (…株洲是…老 / 省生态环境厅通报… / 下塞湖矮围… / DP增长…)."""
    if h - 1 <= lo or h - 2 < 0:
        return []
    above = blocks[h - 1]
    if (
        above.role == BlockRole.TEXT
        and above.owner < 0
        and _headline_like(above.text, direct=True)
        and not ends_sentence(above.text)
        and ends_open(blocks[h - 2].text)
        and blocks[h - 2].role in (BlockRole.TEXT, BlockRole.DATELINE)
        and any(c in blocks[h - 2].text for c in "，,、；;：:。")
    ):
        return [above]
    return []


def _open_around(cut: Block, rest: Block) -> bool:
    """A stack between a piece left open (…不少爱心企业和) and a piece that
    is no headline: the cut of a paragraph, though no word runs over it (和 /
    个人向灾区…), when a dated story below talks of the stack (the caller's)."""
    return (
        cut.role in (BlockRole.TEXT, BlockRole.DATELINE)
        and rest.role == BlockRole.TEXT
        and rest.owner < 0
        and ends_open(cut.text)
        and end_of(cut.text) != End.COMMA
        and not _headline_like(rest.text, direct=True)
    )


def _lead(blocks: list[Block], i: int) -> str:
    return "".join(
        b.text for b in blocks[i : i + 2] if b.role in (BlockRole.TEXT, BlockRole.DATELINE)
    )


def _dated_below(blocks: list[Block], i: int, size: int) -> bool:
    """The next dated story below the stack at ``i`` reports what it names."""
    head = "".join(b.text for b in blocks[i : i + size])
    for j in range(i + size, min(len(blocks), i + size + T.HEAD_IN_CUT_REACH)):
        if blocks[j].role == BlockRole.DATELINE:
            return word_share(head, _lead(blocks, j)) >= T.STRAY_HEAD_WORDS
    return False


def _stack_from(blocks: list[Block], h: int, i: int) -> list[Block]:
    """The headline lines no story owns from ``h`` on, before ``i``: at most
    ``HEAD_IN_CUT_LINES``, none finishing a sentence."""
    stack: list[Block] = []
    for block in blocks[h:i]:
        if (
            len(stack) == T.HEAD_IN_CUT_LINES
            or block.role != BlockRole.TEXT
            or block.owner >= 0
            or not _headline_like(block.text, direct=True)
            or ends_sentence(block.text)
            # (under a headline line, the rest of the sentence cut above it)
            or (stack and start_of(block.text) != Start.PLAIN)
        ):
            break
        stack.append(block)
    return stack


def _labelled_stack_in_cut(
    blocks: list[Block], lo: int, i: int, *, handing: bool = False
) -> list[Block]:
    """The headline of the story signed at ``i`` (a commentary), printed in
    the cut of a paragraph of the story above it: a column label and a title
    (三湘新论 / 以钉钉子的劲头… ) between a piece left open and its rest. With
    ``handing``, a label and the first lines of a stack whose last line hands
    over (…——) to the lines printed right above ``i``."""
    for h in range(i - 1, max(lo, i - T.HEAD_IN_CUT_REACH - 1), -1):
        size = len(_stack_from(blocks, h, i))
        if (
            size >= 2
            and h > 0
            and (label_shaped(blocks[h].text) or looks_like_column(squash(blocks[h].text)))
            and (not handing or squash(blocks[h + size - 1].text).endswith(HANDS_OVER))
            and _printed_in_cut(blocks, h, h + size)
        ):
            return blocks[h : h + size]
    return []


def _signed_headless_below(blocks: list[Block], j: int) -> bool:
    """The next story opened below ``j`` is signed over its body (湖南日报评论员
    / 全国两会…) with running text, no headline, right above its byline: its
    headline is printed elsewhere (a commentary's title seldom repeats its
    lead's words, so the words are no test here)."""
    for k in range(j, min(len(blocks), j + T.HEAD_IN_CUT_REACH)):
        if blocks[k].role == BlockRole.DATELINE:
            return False
        if blocks[k].role == BlockRole.BYLINE:
            if _signs_off(blocks, k):
                return False  # (a line closing the story above: nothing opens there)
            above = blocks[k - 1]
            return above.role == BlockRole.TEXT and not _headline_like(above.text, direct=True)
    return False


def _printed_in_cut(blocks: list[Block], h: int, k: int) -> bool:
    """Blocks ``h``..``k-1`` stand between a paragraph cut open and its rest
    (…省教育厅组织1200 / … / 余名骨干教师…): the rest cannot open a paragraph
    of its own and reads on from the cut."""
    if h == 0 or k >= len(blocks):
        return False
    cut, rest = blocks[h - 1], blocks[k]
    return (
        cut.role in (BlockRole.TEXT, BlockRole.DATELINE)
        and rest.role == BlockRole.TEXT
        and rest.owner < 0
        and ends_open(cut.text)
        and (any(c in cut.text for c in "，,、；;：:") or not _headline_like(cut.text, direct=True))
        and (start_of(rest.text) != Start.PLAIN or end_of(cut.text) == End.FIGURE)
        and (join_evidence(cut.text, rest.text) or 0.0) >= T.ASSIGN_FILL_MIN
    )


def _above_rest_between(blocks: list[Block], i: int) -> int:
    """The block above the rest of another story's cut paragraph, with the
    paragraphs that follow it there, printed between a headline and the
    opener at ``i`` (全省晚稻… 预计… / 8.9%，稳居… / “新三样”产品…。 / 湖南日报…讯):
    the paper goes on with the cut story's paragraphs after its rest, so
    whole paragraphs may stand under the rest too; else ``i - 1``."""
    for j in range(i - 1, max(0, i - 1 - T.REST_RUN_MAX), -1):
        if _rest_between(blocks, j) and (j == i - 1 or not _printed_in_cut(blocks, j - 1, j)):
            # (past whole paragraphs, not a headline printed in its own
            # story's cut, right under the piece the rest finishes)
            return j - 1
        block = blocks[j]
        if not (
            block.role == BlockRole.TEXT
            and block.owner < 0
            and ends_sentence(block.text)
            and not _headline_like(block.text, direct=True)
        ):
            break
    return i - 1


def _rest_between(blocks: list[Block], j: int) -> bool:
    """The rest of a paragraph cut above, printed between a headline and its
    dateline or byline (湘菜文化节在长沙开幕 / 月上旬我省将进入… / 湖南日报6月29日讯): it
    cannot open a paragraph, a word runs over its cut from a piece left open
    above, and a headline's line stands right above it."""
    rest, above = blocks[j], blocks[j - 1]
    if not (
        rest.role == BlockRole.TEXT
        and rest.owner < 0
        and (starts_mid_sentence(rest.text) or start_of(rest.text) != Start.PLAIN)
        and not _headline_like(rest.text, direct=True)  # (a dash-led subtitle: ——首批…)
        and above.role == BlockRole.TEXT
        and above.owner < 0
        and _headline_like(above.text, direct=True)
    ):
        return False
    return any(
        ends_open(tail.text) and (join_evidence(tail.text, rest.text) or 0.0) >= T.ASSIGN_FILL_MIN
        for tail in blocks[: j - 1]
        if tail.role in (BlockRole.TEXT, BlockRole.DATELINE)
    )


def _never_alone(text: str) -> bool:
    """A headline line that is never a stack of its own (a dash-led subtitle,
    "某某出席", a word or two left by a wrapped line): its stack goes on above
    it, whatever room the page leaves there."""
    return (
        bool(DASH_LED.match(text))
        or is_attendance(text)
        or (len(squash(text)) <= T.HEAD_LONE_TAIL_MAX)
    )


def _speaker_over(blocks: list[Block], j: int) -> bool:
    """The line over the block at ``j``, however far above, is a kicker that
    reports who speaks or what a meeting set out (省政府常务会议研究部署 /
    what it set out): it wants the title under it, which says what."""
    if j == 0 or blocks[j - 1].role != BlockRole.TEXT or blocks[j - 1].owner >= 0:
        return False
    above = squash(blocks[j - 1].text)
    return (
        len(above) <= T.HEAD_STACKED_MAX
        and not any(c in above for c in "，,；;。")
        and speaks(above)
        and _headline_like(above, direct=False)
    )


def _subtitle_under_title(blocks: list[Block], j: int) -> bool:
    """Block ``j``, right over a dateline, opens on a plain word and sits
    under a title line of no clause (…覆盖面继续扩大 / 今年新增…，惠及…万人 /
    湖南日报…讯): the stack's subtitle, not a paragraph's first words cut."""
    if j == 0 or blocks[j - 1].role != BlockRole.TEXT or blocks[j - 1].owner >= 0:
        return False
    above = blocks[j - 1].text
    return (
        start_of(blocks[j].text) == Start.PLAIN
        and not starts_mid_sentence(blocks[j].text)
        and _headline_like(above, direct=False)
        and not _stops_open(above)
        and not _finished_elsewhere(blocks, j - 1)
    )


def _under_label(blocks: list[Block], j: int) -> bool:
    """A column's label stands right above the block at ``j``: a title."""
    if j == 0 or blocks[j - 1].role != BlockRole.TEXT:
        return False
    above = squash(blocks[j - 1].text)
    return label_shaped(above) and looks_like_column(above)


def _number_goes_on(text: str, below: str) -> bool:
    """Is ``below`` a headline's last word alone that goes on with the
    figure ``text`` stops on, cut between its digits (…预计超过180 / 0万亩)?"""
    flat = squash(below)
    return (
        text.rstrip()[-1:].isdigit()
        and flat[:1].isdigit()
        and len(flat) <= T.HEAD_LONE_TAIL_MAX
        and not ends_sentence(flat)
    )


def _finished_elsewhere(blocks: list[Block], j: int, over_head: bool = False) -> bool:
    """A block with a clause break whose last word a piece printed elsewhere
    completes (…建成后年吞吐 + 能力将提升至…, …现场服 + 务两次。) is a cut
    paragraph, not a headline. ``over_head``: the block stands over a
    headline, where a figure and its magnitude alone (…面积约8.6万) end no
    line of the stack; a title over its dateline may end so (…突破1800万)."""
    text = blocks[j].text
    rest = (
        Start.FIGURE
        # (…的产值突破 + 260亿元，…: a clause stopped on the verb its figure follows)
        if list_awaits_count(text) or (_CLAUSED.search(text) and BEFORE_FIGURE.search(text))
        else Start.UNIT
        if ends_with_number(text) or (over_head and stops_on_magnitude(text))
        else None
    )
    if rest is not None:
        # (…内分泌科、心血管内科等 + 18个科室，…: the list's count opens the
        # rest; …额度为680 + 亿元，…: the figure's unit does, unless printed
        # right under it, a headline's last word alone: …达125 / 家)
        if j + 1 < len(blocks) and (
            start_of(blocks[j + 1].text) == rest or _number_goes_on(text, blocks[j + 1].text)
        ):
            return False
        bare = rest != Start.UNIT or ends_with_number(text)
        return any(
            k != j + 1
            and b.role == BlockRole.TEXT
            and start_of(b.text) == rest
            and (join_evidence(text, b.text) or 0.0) >= T.ASSIGN_FILL_MIN
            # (a figure with its magnitude may end a headline, 突破5000万: its
            # unit's piece must fit the measure it names)
            and (bare or magnitude_takes_unit(text, b.text))
            for k, b in enumerate(blocks)
        )
    clauses = any(c in text for c in "，,；;")
    if _COUNTED_AT_END.search(squash(text)):
        return False  # (…整治穿堤建筑物146处: a count closed; 处 + 在… reads 处在 by chance)
    if not clauses and ("、" not in text or not (end_of(text) == End.LONE or _item_cut(text))):
        # (a list's mark alone: a headline may list, 新增浏阳、通道两地; a cut
        # paragraph's last character is half a word, …设置警 + 示标识)
        return False
    # The rest is running text (a label's or headline's line is no paragraph's
    # rest: 居中部第一 + 产业观察 reads a word by chance); after a list's mark
    # alone it is a piece that cannot open a paragraph, as a headline may list
    # (文化强省、旅游强省) where a cut paragraph goes on (…设置警 + 示标识).
    return any(
        k != j + 1
        and b.role == BlockRole.TEXT
        and (clauses or start_of(b.text) != Start.PLAIN)
        and (ends_sentence(b.text) or any(c in b.text for c in "，,、；;：:"))
        and word_across(text, b.text) >= T.HEAD_CUT_WORD
        and not breaks_last_word(text, b.text)
        for k, b in enumerate(blocks)
    )


#: A clause break inside a line.
_CLAUSED = re.compile(r"[，,；;]")
#: A line closed on a figure and the measure word counting it (146处, 3.2万个).
_COUNTED_AT_END = re.compile(rf"[0-9０-９][多余]?[万亿千百]?[多余]?[{COUNTERS}]$")


def _item_cut(text: str) -> bool:
    """A list whose last item is one character after items of several
    (…隐患排查整改、防汛责任人落实、应): the item was cut by the page. A
    headline's list is of like items (人、财、物; 浏阳、通道)."""
    items = squash(text).split("、")
    return len(items) >= 2 and len(items[-1]) == 1 and len(items[-2]) >= T.LIST_ITEM_CUT_AFTER


def _continued_elsewhere(blocks: list[Block], j: int) -> bool:
    """A short block naming a speaker whose words a piece printed elsewhere
    goes on with (国网湖南电力有关负责人 + 表示，…): a paragraph cut after its
    subject, not a headline line."""
    text = squash(blocks[j].text)
    if ends_sentence(text):
        return False
    speaker = _SPEAKER_END.search(text)
    if not speaker:
        return False
    # (…物流处负责人欧阳 + 文杰介绍，…: the speaker's name cut, its rest
    # before the verb; a name of two to four characters, a surname first)
    named = speaker.group(1)
    if named and not (named[:1] in ANY_SURNAME or named[:2] in COMPOUND_SURNAMES):
        return False
    for k, b in enumerate(blocks):
        opening = (
            _SAYS_OPENING.match(squash(b.text)) if k != j + 1 and b.role == BlockRole.TEXT else None
        )
        if opening and (
            not opening.group(1)
            if not named
            else T.SPEAKER_NAME_MIN <= len(named) + len(opening.group(1)) <= T.SPEAKER_NAME_MAX
        ):
            return True
    return False


#: Who speaks in a report: an official, a head, a person in charge; perhaps
#: the first characters of the name after the role (…负责人欧阳).
_SPEAKER_END = re.compile(
    r".*(?:负责人|主任|局长|厅长|书记|经理|专家|院长|所长|代表|委员|人士)([\u4e00-\u9fff]{0,3})$"
)
#: A piece opening on a report's verb of saying, perhaps after the rest of
#: the speaker's name: the rest of its sentence.
_SAYS_OPENING = re.compile(r"^([\u4e00-\u9fff]{0,2}?)(?:表示|介绍|指出|认为|强调|透露|说)[，,：:]")


def _word_cut_elsewhere(blocks: list[Block], j: int) -> bool:
    """A short line whose last word is completed by a piece that cannot open
    a paragraph (…运送的货 + 物主要为…): a paragraph cut after a few words."""
    text = blocks[j].text
    if end_of(text) != End.LONE:
        return False  # (its last character is a word alone: nothing to complete)
    if sum(b.text == text for b in blocks) > 1:
        return False  # (a column's name the page prints over several pieces: 湘论)
    return any(
        k != j + 1
        and b.role == BlockRole.TEXT
        and start_of(b.text) == Start.FRAGMENT
        and word_across(text, b.text) >= T.HEAD_CUT_WORD
        for k, b in enumerate(blocks)
    )


def _drop_doubled_crossheads(blocks: list[Block], duplicates: list[str]) -> list[Block]:
    """A crosshead drawn twice for bold (活化利用 / 活化利用) is read once; the
    copy goes to the page's duplicates."""
    kept: list[Block] = []
    for block in blocks:
        once = undouble(block.text)
        if (
            block.owner >= 0
            and block.role == BlockRole.TEXT
            and once != block.text
            and _short_line(once)
        ):
            duplicates.append(once)  # (the two copies read as one block: 活化利用活化利用)
            block.text = once
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and block.owner >= 0
            and block.owner == prev.owner
            and block.role == prev.role == BlockRole.TEXT
            and squash(block.text) == squash(prev.text)
            and _short_line(block.text)
        ):
            duplicates.append(block.text)
            continue
        kept.append(block)
    return kept


def _short_line(text: str) -> bool:
    """A line of a crosshead's length that finishes no sentence."""
    flat = squash(text)
    return 0 < len(flat) <= T.PARA_SUBHEAD_MAX and not ends_sentence(flat) and "。" not in flat


def _fill(blocks: list[Block], drafts: list[Draft]) -> None:
    """Turn each draft's blocks into dateline, byline, paragraphs and markers."""
    current_para: dict[int, Para | None] = {}
    for block in blocks:
        if block.owner < 0:
            continue
        draft = drafts[block.owner]
        draft.lines.update(block.nos)
        if block.role == BlockRole.HEAD:
            continue
        if block.role == BlockRole.BYLINE:
            draft.byline = (draft.byline + " " + squeeze_names(block.text)).strip()
            continue
        if block.role == BlockRole.CREDIT:
            # (a credit broken over two lines is read in two blocks)
            draft.byline = (draft.byline + " " + squeeze_names(block.text)).strip()
            continue
        text = block.text
        jumps = jumps_in(text)
        for match, jump in reversed(jumps):
            draft.markers.append(match.group(0).strip())
            draft.jumps.insert(0, jump)
            text = text[: match.start()] + text[match.end() :]
        if jumps:
            current_para[block.owner] = None
        if block.role == BlockRole.DATELINE and not draft.dateline:
            draft.dateline, text = split_dateline(text)
        if draft.kind == ArticleKind.PHOTO and not draft.byline:
            match = credit_match(text)
            if match and match.start() > 0:
                draft.byline = squeeze_names(match.group(0))
                text = text[: match.start()]
        raw = text.strip()
        text = squeeze(text)
        if not text:
            continue
        para = current_para.get(block.owner)
        # A piece completing the last word of the one before it (…运送的货 +
        # 物主要为…), counting the list it closed (…心血管内科等 + 18个科室) or
        # giving its figure's unit (…额度为680 + 亿元，…) goes on it, however
        # like a crosshead that one is.
        goes_on = para is not None and (
            completes_word(para.text, raw)
            or (list_awaits_count(para.raw) and start_of(raw) == Start.FIGURE)
            or (ends_with_number(para.raw) and start_of(raw) == Start.UNIT)
            or stops_in_name(squash(para.raw))  # (…副局长江 + 文辉介绍，…)
            or stops_on_copula(squash(para.raw))  # (…稳中有增是 + 今年…)
            or formula_across(para.raw, raw)  # (…住房和城乡 + 建设委员会…)
            or _cut_paragraph(squash(para.raw))  # (然而…面临失传的 + 危险。…)
        )
        serial = block.crosshead and not block.verse
        if (
            para is not None
            and not block.verse
            and not para.verse
            and not serial
            and not para.subhead
            # (the extraction repeats a paragraph's last characters over a
            # cut, 任务。 / 务。…: the piece goes on that paragraph)
            and (not ends_sentence(para.text) or overlaps(para.text, raw))
            and not SALUTATION.match(para.raw)  # (编辑同志： stands alone over a letter)
            and not LETTER_CLOSE.match(para.raw)  # (此致 / 敬礼: a line each)
            and not SOURCE_AFTER.search(squash(para.text))  # (…。（记者 某某） closes a brief)
            and not _next_item(para.raw, raw)  # (a list's items: 凡是…； / 凡是…；)
            and not ENUMERATED.match(squash(raw))  # (…如下： / 一、…: each item its own)
            # (who speaks stands alone over the words spoken)
            and not (MEMBER_VOICE.match(squash(para.raw)) and para.text.endswith(("）", ")")))
            and not _is_subhead_text(raw)
            and not _heads_a_part(para.text)
            and not (_label_para(para) and not goes_on)  # (a label goes on into no text)
            and (goes_on or not (_is_subhead_text(para.raw) and _follows_sentence(draft, para)))
            # (a crosshead under the byline, then a sentence opening on its
            # words or on its day: 6月6日深夜，…)
            and not (
                _first_crosshead(draft, para)
                and (start_of(raw) == Start.PLAIN or CAPTION_START.match(raw))
            )
        ):
            para.text += text
            para.raw += raw
            para.lines.extend(block.nos)
        else:
            para = Para(text, block.nos, raw=raw, verse=block.verse, subhead=serial)
            draft.paras.append(para)
        current_para[block.owner] = para
    for draft in drafts:
        _mark_subheads(draft)


def _heads_a_part(text: str) -> bool:
    """编者按 or 上篇 alone on its line heads what follows: no text goes on it."""
    flat = squash(text)
    return bool(EDITORS_NOTE.fullmatch(flat) or _SECTION_MARK.match(flat))


def _headlines_inside(blocks: list[Block], drafts: list[Draft]) -> None:
    """A feature opened by its byline may print its headline a few paragraphs
    into the body (seed pages show it). Of the blocks there that read as a
    headline, a whole stack (phrases set apart, a dash-led subtitle) or a
    long single statement is it; a crosshead is short, or asks, or announces
    a section with a colon. A column label alone above the byline is no
    headline and leaves the search open."""
    for owner, draft in enumerate(drafts):
        if draft.starts_with != Opener.BYLINE or not _headless(draft):
            continue
        mine = [b for b in blocks if b.owner == owner and b.role == BlockRole.TEXT]
        if any(b.verse for b in mine):
            continue  # a poem's lines are short, and none is its title
        if _kicker_first(mine):
            # (the stack printed under the byline: a kicker handing over with
            # a dash, the title, maybe its dash-led subtitle)
            size = 3 if len(mine) > 3 and DASH_LED.match(squash(mine[2].text)) else 2
            for block in mine[:size]:
                block.role = BlockRole.HEAD
                draft.heads.append(block.lines)
            continue
        # A short line is the headline only when it is the story's one such
        # line: a feature's crossheads come in a series.
        short = [b for b in mine[1:] if _headline_like(b.text, direct=False)]
        best: tuple[int, Block] | None = None  # (strength, block)
        for at, block in enumerate(mine[1 : T.INNER_HEAD_WITHIN], 1):
            # (right under the first paragraph or two, a short line is the
            # headline whatever crossheads come later)
            early = at <= T.INNER_HEAD_EARLY
            strength = _inner_head_strength(block.text, alone=len(short) == 1 or early)
            if (
                looks_like_column(squash(block.text))
                and at + 1 < len(mine)
                and _headline_like(mine[at + 1].text, direct=True)
            ):
                strength = 2  # a series' name over its title: a whole stack
            if strength and (best is None or strength > best[0]):
                best = (strength, block)
        if best is not None:
            at = mine.index(best[1])
            above = mine[at - 1] if at > 0 else None
            if (
                above is not None
                and DASH_LED.match(squash(best[1].text))
                and _headline_like(above.text, direct=True)
            ):
                # A dash-led subtitle (——探访…) under its title.
                above.role = BlockRole.HEAD
                draft.heads.append(above.lines)
            best[1].role = BlockRole.HEAD
            draft.heads.append(best[1].lines)
            if at + 1 < len(mine) and _lone_tail(mine[at + 1].text):
                # The headline's last word wrapped alone (…醴陵瓷器老街的 / “新三宝”).
                mine[at + 1].role = BlockRole.HEAD
                draft.heads.append(mine[at + 1].lines)
                continue
            # A kicker closed by a dash (…方兴未艾——), or a series' name
            # (复工复产一线观察), leads into the title on the next line: the
            # stack is both.
            if (
                (squash(best[1].text).endswith("——") or looks_like_column(squash(best[1].text)))
                and at + 1 < len(mine)
                and _headline_like(mine[at + 1].text, direct=True)
            ):
                mine[at + 1].role = BlockRole.HEAD
                draft.heads.append(mine[at + 1].lines)
                if at + 2 < len(mine) and DASH_LED.match(squash(mine[at + 2].text)):
                    mine[at + 2].role = BlockRole.HEAD  # (and the title's dash-led subtitle)
                    draft.heads.append(mine[at + 2].lines)


def _kicker_first(mine: list[Block]) -> bool:
    """The first line under a feature's byline is a kicker handing over with
    a dash (某地一名社区民警的日常——) to a headline line under it."""
    return (
        len(mine) > 2
        and squash(mine[0].text).endswith("——")
        and _headline_like(mine[0].text, direct=True)
        and _headline_like(mine[1].text, direct=True)
    )


def _lone_tail(text: str) -> bool:
    """A headline's last word or two alone on a line, quoted or not."""
    core = squash(text).strip('“”"‘’《》「」')
    return 0 < len(core) <= T.HEAD_LONE_TAIL_MAX and all(c.isalnum() for c in core)


def _headline_after_lead(blocks: list[Block], drafts: list[Draft]) -> None:
    """A feature opened by its byline, under a column label or nothing, may
    print its headline after its first paragraph or two (seed pages show
    it): a stack read there as opening a story of its own, with no dateline
    or byline, goes on the feature instead."""
    for k, draft in enumerate(drafts):
        if draft.starts_with != Opener.BYLINE or not _headless(draft):
            continue
        at = max((i for i, b in enumerate(blocks) if b.owner == k), default=-1)
        j = at + 1
        while j < len(blocks) and blocks[j].owner < 0 and blocks[j].role == BlockRole.TEXT:
            j += 1  # its text, not yet owned (the assignment gives it)
        if at < 0 or not 0 < j - at - 1 < T.INNER_HEAD_WITHIN or j >= len(blocks):
            continue
        nxt = blocks[j]
        other = nxt.owner
        if other < 0 or nxt.role != BlockRole.HEAD or drafts[other].starts_with != Opener.HEAD:
            continue
        if _signed_below(blocks, j):
            continue  # closed by its own reporters' line: a story of its own
        if NOTICE_TITLE.search(squash(nxt.text)):
            continue  # a notice's title (征稿启事) heads the notice under it
        stack = [b for b in blocks if b.owner == other and b.role == BlockRole.HEAD]
        for b in blocks:
            if b.owner == other:
                b.owner = k
        # Its first line heads the feature, with a dash-led subtitle under it or
        # the title a kicker closed by a dash hands over to; the other lines
        # are crossheads of the text.
        for n, b in enumerate(stack):
            whole = (
                n == 0 or DASH_LED.match(squash(b.text)) or squash(stack[n - 1].text).endswith("——")
            )
            if whole and all(s.role == BlockRole.HEAD for s in stack[:n]):
                draft.heads.append(b.lines)
            else:
                b.role = BlockRole.TEXT
        drafts[other].heads = []


def _dated_headline_after_lead(blocks: list[Block], drafts: list[Draft]) -> None:
    """A dated report printed with no headline over it may print it after its
    first paragraph or two, among text: a line of no clause there that names
    what the lead reports, and not what the text under it does, is its
    headline (湖南日报…讯…假期全省接待游客… / …红色景区最受欢迎。假期，全省
    红色 / “五一”假期全省接待游客增长15.2% 红色景区最受欢迎 / another
    story's text). Another story's text may come between the lead and the
    line: the line names the lead all the same."""
    for k, draft in enumerate(drafts):
        if draft.starts_with != Opener.DATELINE or draft.heads:
            continue
        at = max((i for i, b in enumerate(blocks) if b.owner == k), default=-1)
        if at < 0:
            continue
        crossed = -1  # (the first block of another story's, passed on the way)
        for j in range(at + 1, min(len(blocks), at + 1 + T.INNER_HEAD_WITHIN)):
            block = blocks[j]
            if crossed < 0 and _stray_head_of(blocks, drafts, j, k):
                # (read as the headline of a report dated further down, over
                # text of neither: it names this report's lead, not that one's)
                other = drafts[block.owner]
                other.heads = [u for u in other.heads if u is not block.lines]
                block.owner = k
                draft.heads = [block.lines]
                break
            if block.owner >= 0 or block.role != BlockRole.TEXT:
                crossed = j if crossed < 0 else crossed
                continue
            if not _headline_like(block.text, direct=False):
                continue
            own = "".join(b.text for b in blocks if b.owner == k)
            if crossed >= 0:
                # Past a story headed and dated between (…lead / 标题 / 湖南日报…讯 /
                # its text / the line / the report's rest): the line is the
                # report's when it names the report more than anything around it.
                if _names_report_over_others(blocks, crossed, j, own):
                    block.role, block.owner = BlockRole.HEAD, k
                    draft.heads = [block.lines]
                break
            # What the line names: the report's own lead, or what runs on from
            # it down to the line (another story's text may come between).
            tail = "".join(b.text for b in blocks[at:j])[-T.STRAY_HEAD_LEAD :]
            under = "".join(
                b.text
                for b in blocks[j + 1 : j + 1 + T.INNER_HEAD_WITHIN]
                if b.role == BlockRole.TEXT
            )[: T.STRAY_HEAD_LEAD]
            named = max(word_share(block.text, own), word_share(block.text, tail))
            if (named >= T.STRAY_HEAD_WORDS and named > word_share(block.text, under)) or (
                _over_lead_rest(blocks, at, j)
                and word_share(block.text, own + under) >= T.STRAY_HEAD_WORDS
            ):
                block.role, block.owner = BlockRole.HEAD, k
                draft.heads = [block.lines]
            break


def _stray_head_of(blocks: list[Block], drafts: list[Draft], j: int, k: int) -> bool:
    """Block ``j`` is a one-line headline another dated report took from
    over text of no story's (its stack reached up over its cut lead's
    rest), which names report ``k``'s own text and not that report's."""
    block = blocks[j]
    other = block.owner
    if other < 0 or other == k or block.role != BlockRole.HEAD:
        return False
    if drafts[other].starts_with != Opener.DATELINE or len(drafts[other].heads) != 1:
        return False
    below = next((i for i in range(j + 1, len(blocks)) if blocks[i].owner >= 0), len(blocks))
    if below == j + 1 or blocks[below].owner != other:
        return False  # (right over its dateline: its own)
    own = "".join(b.text for b in blocks if b.owner == k)
    theirs = "".join(b.text for b in blocks[below:] if b.owner == other)
    named = word_share(block.text, own)
    return named >= T.STRAY_HEAD_WORDS and named > word_share(block.text, theirs)


def _names_report_over_others(blocks: list[Block], crossed: int, j: int, own: str) -> bool:
    """Line ``j`` names a report's text (``own``) more than the story printed
    between from block ``crossed`` and the text under the line."""
    between = "".join(b.text for b in blocks[crossed:j])
    under = "".join(
        b.text for b in blocks[j + 1 : j + 1 + T.INNER_HEAD_WITHIN] if b.role == BlockRole.TEXT
    )[: T.STRAY_HEAD_LEAD]
    named = word_share(blocks[j].text, own)
    return named >= T.STRAY_HEAD_WORDS and named > max(
        word_share(blocks[j].text, between), word_share(blocks[j].text, under)
    )


def _over_lead_rest(blocks: list[Block], at: int, j: int) -> bool:
    """The text right under line ``j`` goes on the sentence the lead at
    ``at`` left open (…报名工作日前结束， / another story's text / the line /
    3.5万个参赛名额…): the lead's rest, under its headline, names what the
    line does."""
    lead = blocks[at].text
    nxt = blocks[j + 1] if j + 1 < len(blocks) else None
    if nxt is None or nxt.role != BlockRole.TEXT or nxt.owner >= 0 or not ends_open(lead):
        return False
    evidence = join_evidence(lead, nxt.text)
    return evidence is not None and evidence > 0


def _stack_in_own_cut(blocks: list[Block], drafts: list[Draft]) -> None:
    """A dated report with no headline over it whose lead is cut open may
    print its stack further on, over the rest of that sentence, another
    story's text between (…产值突破 / … / 湘潭高新区引育并举… / 一条产业链…
    / 400亿元。…): read there as opening a story of its own, the stack and
    what it heads are the report's, when the text under the stack goes on
    the open lead and the stack names some of it."""
    last = {b.owner: i for i, b in enumerate(blocks)}  # (each draft's last block, read once)
    for k, draft in enumerate(drafts):
        if draft.starts_with != Opener.DATELINE or draft.heads:
            continue
        at = last.get(k, -1)
        if at < 0 or not ends_open(blocks[at].text):
            continue
        for j in range(at + 1, min(len(blocks), at + 1 + T.HEAD_IN_CUT_REACH)):
            if blocks[j].role == BlockRole.DATELINE:
                break
            if _stack_line_over_rest(blocks, at, j):
                # (a stack of phrases set apart, read as a line of text, right
                # over the rest of the lead's cut sentence: the report's own)
                blocks[j].role, blocks[j].owner, blocks[j + 1].owner = BlockRole.HEAD, k, k
                draft.heads = [blocks[j].lines]
                break
            other = blocks[j].owner
            if blocks[j].role != BlockRole.HEAD or other < 0:
                continue
            if drafts[other].starts_with != Opener.HEAD:
                break
            stack = []
            while j < len(blocks) and blocks[j].owner == other and blocks[j].role == BlockRole.HEAD:
                stack.append(blocks[j])
                j += 1
            if j >= len(blocks) or blocks[j].role != BlockRole.TEXT:
                break
            evidence = join_evidence(blocks[at].text, blocks[j].text) or 0.0
            head = "".join(b.text for b in stack)
            if evidence >= T.JOIN_FIGURE_UNIT and word_share(head, blocks[at].text) >= (
                T.HEAD_IN_CUT_WORDS
            ):
                for block in blocks:
                    if block.owner == other:
                        block.owner = k
                draft.heads = [b.lines for b in stack]
                drafts[other].heads = []
            break


def _stack_line_over_rest(blocks: list[Block], at: int, j: int) -> bool:
    """Block ``j``, a line of no story, is a headline's phrases set apart
    (某某推进某某 一田双收 亩增效益…), and the block under it, of no story
    either, finishes the sentence the lead at ``at`` left open: a word or a
    name across the cut, a figure's unit; or the line holds a whole stack
    (…种养大户郭 / 三个短语 / 志强告诉记者，…)."""
    if j + 1 >= len(blocks) or blocks[j].owner >= 0 or blocks[j + 1].owner >= 0:
        return False
    head, rest = blocks[j], blocks[j + 1]
    if head.role != BlockRole.TEXT or rest.role != BlockRole.TEXT:
        return False
    if len(phrases(head.text)) < 2 or not _headline_like(head.text, direct=True):
        return False
    if any(c in head.text for c in "，,；;：:"):
        return False
    lead = blocks[at].text
    return (
        stops_in_name(squash(lead))
        or completes_word(lead, rest.text)
        or (join_evidence(lead, rest.text) or 0.0) >= T.JOIN_FIGURE_UNIT
        # (or the line is a whole stack, kicker, title and subtitle set apart:
        # no line of text is printed so)
        or len(phrases(head.text)) >= T.STACK_PHRASES_ALONE
    )


def _signed_below(blocks: list[Block], j: int) -> bool:
    """The stack at ``j`` heads text closed by a reporters' line (…记者 某某
    报道) before any other story opens."""
    for block in blocks[j + 1 :]:
        if block.role == BlockRole.CREDIT:
            return squash(block.text).endswith("报道")
        if block.owner >= 0 and block.owner != blocks[j].owner:
            return False
    return False


def _headless(draft: Draft) -> bool:
    """No headline yet, or only a column label above the byline."""
    if not draft.heads:
        return True
    if len(draft.heads) != 1:
        return False
    label = "".join(line.raw for line in draft.heads[0])
    return label_shaped(label) and " " not in label.strip()


def _inner_head_strength(text: str, alone: bool) -> int:
    """2: a whole headline stack on one line; 1: a single statement, long, or
    the story's only short line (``alone``); 0: no headline (a paragraph, a
    crosshead)."""
    raw = text.strip()
    if not _headline_like(raw, direct=True):
        return 0
    flat, phrases = squash(raw), raw.split()
    if "——" in flat or (len(phrases) >= 2 and len(flat) >= T.INNER_HEAD_STACK_MIN):
        return 2
    if len(phrases) > 1 or any(c in raw for c in "：:？?"):
        return 0
    return 1 if len(flat) >= T.INNER_HEAD_TITLE_MIN or alone else 0


def split_dateline(text: str) -> tuple[str, str]:
    """``湖南日报3月26日讯(全媒体记者 刘燕娟)26日,…`` -> dateline, lead."""
    match = dateline_match(text)
    if not match:
        return "", text
    end = match.end()
    paren = DATELINE_PAREN.match(text[end:])
    if paren:
        end += paren.end()
    return squeeze_names(text[:end]), text[end:]


def _follows_sentence(draft: Draft, para: Para) -> bool:
    """The paragraph before ``para`` is finished (so ``para`` may be a subhead)."""
    k = next((i for i, p in enumerate(draft.paras) if p is para), 0)
    before = draft.paras[k - 1].text if k > 0 else ""
    return k > 0 and (ends_sentence(before) or _heads_a_part(before))


#: A character of a word (Chinese or Latin): a title says something in words.
_WORDED = re.compile(r"[\u3400-\u9fffA-Za-z]")


def _is_subhead_text(text: str) -> bool:
    flat = squash(text)
    if not T.PARA_SUBHEAD_MIN <= len(flat) <= T.PARA_SUBHEAD_MAX or "。" in flat:
        return False
    if not _WORDED.search(flat):
        return False  # (a figure alone: a sentence's piece)
    if ends_sentence(text) and not (text.endswith("？") and " " in text.strip()):
        return False
    if flat.count("“") > flat.count("”"):
        return False  # (a quotation left open: …推出了“夜探, a paragraph cut in its name)
    # (a crosshead quoting a saying keeps its commas: “官司了了，心结也要解开”)
    return (
        "：" in text
        or bool(SECTION_GIST.match(flat))  # (half-width marks: 一本“效率账”:人少了,产量翻番)
        or " " in text.strip()
        or not any(c in flat for c in "，,；;")
        or bool(_QUOTED_WHOLE.fullmatch(flat))
        or bool(_PAIRED.fullmatch(flat))
        or _echoed_pair(flat)
    )


def _echoed_pair(flat: str) -> bool:
    """Two phrases at a comma, the second echoing words of the first (留得住
    客人，更要留得住乡愁): a crosshead's parallel, longer than ``_PAIRED``'s."""
    halves = re.split("[，,]", flat)
    if len(halves) != 2 or not all(_PAIRED_HALF.fullmatch(h) for h in halves):
        return False
    first, second = halves
    return any(first[k : k + 2] in second for k in range(len(first) - 1))


#: A line that is one quotation, its clauses inside the marks.
_QUOTED_WHOLE = re.compile(r"“[^“”]+”")
#: Two short phrases paired at a comma, as crossheads are (果园在外，股份在村):
#: no clause of a sentence.
_PAIRED = re.compile(r"[^\W\d]{2,6}[，,][^\W\d]{2,6}")
#: A half of an echoed pair (``_echoed_pair``): a phrase of a few characters.
_PAIRED_HALF = re.compile(r"[\u4e00-\u9fff]{3,8}")


def _first_crosshead(draft: Draft, para: Para) -> bool:
    """``para`` is the first paragraph of a feature opened by its byline and
    has a crosshead's shape: the feature's first section is headed right
    under the byline (湖南日报记者 某某 / 告别“一煤独大” / 十月的攸县，…)."""
    return (
        draft.starts_with == Opener.BYLINE
        and bool(draft.paras)
        and para is draft.paras[0]
        and not para.verse
        and _is_subhead_text(para.raw or para.text)
        and (
            not any(c in squash(para.raw or para.text) for c in "，,、；;")
            # (or a saying quoted whole: “台上一分钟，台下十年功”)
            or bool(_QUOTED_WHOLE.fullmatch(squash(para.raw or para.text)))
        )
    )


def _mark_subheads(draft: Draft) -> None:
    for k, para in enumerate(draft.paras):
        if k == len(draft.paras) - 1:
            continue
        if para.verse:
            continue
        if k == 0:
            # (the first, only in a series: the feature's later sections are
            # headed so too)
            para.subhead = para.subhead or (
                _first_crosshead(draft, para)
                and any(
                    p.subhead or (ends_sentence(q.text) and _is_subhead_text(p.raw or p.text))
                    for q, p in zip(draft.paras[1:], draft.paras[2:], strict=False)
                )
            )
            continue
        prev = draft.paras[k - 1]
        if ends_sentence(prev.text) and _is_subhead_text(para.raw or para.text):
            para.subhead = True
