"""Pages extracted one printed column line per text line.

Body text runs in column lines; headlines come after their body or bunched
elsewhere on the page. ``ColumnReader`` walks the lines once, opening a
draft at each dateline, byline, continuation and caption, giving body lines
to the draft being read and collecting headline lines into zones;
``column_headlines`` then matches the zones' pieces to the bodies.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from enum import Enum
from itertools import pairwise
from statistics import median

from ..match import dictionary_words, ends_with_number, pos_tags, similarity, words
from ..model import ArticleKind
from ..reflow import (
    CONTINUATION_START,
    column_width,
    ends_sentence,
    is_cjk,
    join_column_lines,
    spread_pairs,
    squash,
    squeeze,
    squeeze_names,
    width,
)
from . import thresholds as T
from .bunches import deal_foot_bunch
from .column_headlines import (
    Zone,
    _left_wanting,
    _read_as_name,
    _signature_text,
    _word_left_alone,
    assign_headlines,
)
from .continuation import Start, start_of
from .draft import Draft, Para
from .headlines import asks_over_salutation, is_attendance, phrases, says_something, undouble
from .hunan_words import opens_on_place, places_named
from .joins import (
    figure_goes_on,
    join_evidence,
    name_across,
    rate_after_amount,
    rate_after_change,
    stops_on_open_word,
    wants_quantity,
    word_across,
)
from .kinds import LineKind, Opener
from .lines import Line, byline_apart, drawers_joined, line_kinds
from .patterns import (
    AUTHOR_NOTE,
    BEFORE_FIGURE,
    BRACKETED_LABEL,
    BRIEFS_COLUMN,
    CAPTION_START,
    CARTOON_WORD,
    COMMENTATOR_NAMED,
    CONTACT_LINE,
    DASH_LED,
    EDITORS_NOTE,
    FIGURE_START,
    FULL_DATE,
    GROUP_CREDIT,
    ISSUED_ON,
    LETTER_OPENS,
    LIST_TRAILING_OFF,
    MEMBER_VOICE,
    NAMES,
    NOTE_AFTER_STOP,
    NOTICE_TITLE,
    OPINION_COLUMN,
    PAPER_DESK,
    PAPER_START,
    QA_TURN,
    QUOTED_WHOLE,
    REPORTED,
    ROLE_AMONG_NAMES,
    SALUTATION,
    SAME_DAY_CAPTION,
    SCENE_CAPTION,
    SECTION_GIST,
    SET_IN_PLACE,
    SPOKEN,
    TIME_THEN_PAUSE,
    WEB_ADDRESS,
    WHOM_INTERVIEWED,
    WORKPLACE_LINE,
    WRITER_SIGN,
    closing_byline,
    credit_match,
    dateline_match,
    is_byline,
    is_name_line,
    jumps_in,
    looks_like_column,
    opens_list_entry,
    poet_in_brackets,
    readers_signature,
    signs_letter,
)
from .photos import split_untitled_groups
from .pieces import item_number, section_number
from .regroup import DRAWN_BY, turns_back, unit_text
from .roles import (
    label_shaped,
    letters_label,
    lone_line,
    recurring_names,
    take_labels,
    two_character_label,
    word_share,
)
from .signatures import (
    lone_draft,
    name_over_report,
    names_issuer,
    pen_name_under_stack,
    pen_names_signing,
    printed_above,
)
from .vocabulary import DANGLING_END
from .widths import full_widths, set_round, steps

#: The heading of a further poem of one piece (外一首·惊蛰, 外二首).
_MORE_POEMS = re.compile(r"^外[一二三四五]首")


class Gap(Enum):
    """What stands between two runs of a body's lines."""

    BREAK = "break"  # a marker or a subhead
    # A photo, between two finished paragraphs: a story that runs on past it
    # may be another one (cut there when a headline says so).
    PHOTO = "photo"


BREAK, PHOTO = Gap.BREAK, Gap.PHOTO
#: After these, the next line is the story's first: never a headline.
OPENERS = (Opener.DATELINE, Opener.BYLINE, Opener.JUMP)

Run = list[Line]
#: A byline line that continues the one above: the correspondents, or 报道.
_BYLINE_GOES_ON = re.compile(r"^\s*(?:通讯员|实习生|见习记者|报道)")


_SENTENCE_MARK = re.compile(r"[，。,；;：:！？!?、]")
# Particles that tie a phrase to the words before it: a line opening on one
# goes on the line above (…成为湖南自贸试验区 / 的鲜明特色).
_TIES = frozenset("的地得之")


def segment(lines: list[Line]) -> tuple[list[Draft], list[str], list[str]]:
    """Lines -> drafts, page extras, duplicated text."""
    lines = _credits_joined(drawers_joined([part for line in lines for part in byline_apart(line)]))
    lines, copies = _far_copies_out(lines)
    lines, pairs = _two_line_stack_drawn_twice(lines)
    copies.extend(pairs)
    reader = ColumnReader(lines)
    reader.doubled.extend(copies)
    reader.read()
    _signature_inside(reader.drafts, reader.bodies, reader.zones)
    _credit_printed_apart(reader.drafts)
    for draft, runs in zip(reader.drafts, reader.bodies, strict=True):
        _reflow(draft, runs)
    _writer_inside_series(reader.drafts, reader.zones)
    _second_piece_signed_at_foot(reader.drafts, reader.bodies, reader.zones)
    _piece_signed_under_crosshead(reader.drafts, reader.bodies, reader.zones, lines)
    _report_title_read_as_crosshead(reader.drafts, reader.zones, lines)
    assign_headlines(reader.drafts, reader.zones, lines)
    _stack_inside_own_text(reader.drafts, lines)
    _title_from_label(reader.drafts, lines)
    reader.doubled.extend(_headline_inside_own_text(reader.drafts, lines))
    _closing_line_heads_next(reader.drafts, lines)
    follow = _headlines_follow_bodies(reader.drafts, reader.zones)
    if follow:
        _return_loose_titles(reader.loose)
    _return_sign_offs(reader.drafts)
    _return_bare_names(reader.drafts, follow)
    _caption_begun_above(reader.drafts)
    _rejoin_round_a_piece(reader.drafts, lines)
    reader.boxed.extend(_rejoin_under_own_headline(reader.drafts, reader.zones, lines))
    _return_sections(reader.drafts)
    _fill_empty_sections(reader.drafts)
    _stack_under_its_text(reader.drafts, lines, reader.boxed)
    _lead_above_its_writers(reader.drafts)
    drafts = split_untitled_groups([d for d in reader.drafts if d.lines])
    deal_foot_bunch(drafts, lines, _stack_line)
    _doubled_line_to_story_above(drafts, lines)
    _cartoon_lines_above(drafts, lines, reader.boxed)
    for draft in drafts:
        _poem_read_from_its_foot(draft, lines)
    recurring = recurring_names(drafts)
    for me, draft in enumerate(drafts):
        reader.boxed.extend(take_labels(draft, drafts, me, recurring))
    _give_lone_lines(drafts)
    _adopt_stray_headlines(drafts, lines, reader.doubled)
    _return_wrapped_words(drafts, lines)
    _label_under_tail_stack(drafts, lines)
    _writer_left_without_text(drafts, lines)
    _stack_lines_again(drafts, reader.doubled)
    _notice_title_read_as_label(drafts, lines)
    _notice_title_over_its_text(drafts, lines, reader.boxed)
    _notices_first_line_back(drafts, lines)
    _issuer_under_notice(drafts)
    pen_names_signing(drafts, lines, reader.boxed)
    pen_name_under_stack(drafts, lines)
    name_over_report(drafts)
    _writers_workplace(drafts, lines, reader.boxed)
    return drafts, reader.boxed, reader.doubled


def _names_other_reporters(dateline: str, names: list[Line]) -> bool:
    """``dateline`` names its reporters, and the byline ``names`` names none
    of them (…电（记者 某甲） over 记者 某乙 报道)."""
    if "记者" not in dateline:
        return False
    flat = squash(dateline)
    people = [
        w
        for n in names
        for w in _name_words(n.raw)
        if is_name_line(w) and not _BYLINE_GOES_ON.match(w)
    ]
    return bool(people) and not any(p in flat for p in people)


def _name_words(text: str) -> list[str]:
    """The words of a byline line, a two-character name spread to three's
    width (罗  毅 报道) closed up: 罗毅, 报道."""
    parts = text.split()
    words: list[str] = []
    for part, pair in zip(parts, spread_pairs([len(part) == 1 for part in parts]), strict=True):
        if pair == 2:
            words[-1] += part
        else:
            words.append(part)
    return words


def _stack_lines_again(drafts: list[Draft], doubled: list[str]) -> None:
    """A headline line printed again under the rest of its stack (title /
    its second line / its first line again, then the dateline): the copy the
    extraction made of the title's first line, kept once."""
    for draft in drafts:
        seen: set[str] = set()
        kept: list[list[Line]] = []
        for unit in draft.heads:
            flat = squash("".join(line.raw for line in unit))
            if len(unit) == 1 and flat in seen:
                doubled.append(unit[0].raw)
                draft.lines.discard(unit[0].no)
                continue
            seen.update(squash(line.raw) for line in unit)
            kept.append(unit)
        draft.heads = kept


def _two_line_stack_drawn_twice(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The page's lines without the second copy of a headline set on two
    lines and drawn twice for a bold effect (全省某某开展春季 / 管护 /
    全省某某开展春季 / 管护): two lines, neither finishing a sentence,
    printed again right under themselves. Read once, the stack is one title."""
    flats = [squash(line.raw) for line in lines]
    kept: list[Line] = []
    copies: list[str] = []
    k = 0
    while k < len(lines):
        if (
            k + 3 < len(lines)
            and flats[k]
            and flats[k + 1]
            and flats[k] == flats[k + 2]
            and flats[k + 1] == flats[k + 3]
            and flats[k] != flats[k + 1]
            and not any(ends_sentence(flat) for flat in flats[k : k + 2])
        ):
            kept.extend(lines[k : k + 2])
            copies.extend(line.raw for line in lines[k + 2 : k + 4])
            k += 4
            continue
        kept.append(lines[k])
        k += 1
    return kept, copies


def _far_copies_out(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The page's lines without the copies the extraction printed of a line
    of running text further down, among headlines or at a paragraph's start
    (…讯员 某某)记者从…获悉，…): a line with clauses in it that a line
    above, not the one right above (read in its place), holds whole or ends
    on (a dateline's lines are joined).

    Never a caption's opening: the photos of a series open on the same day
    and place; nor a paragraph's opening phrase that an earlier paragraph
    opened on too (为某某创造更好环境， / …, twice: a commentary's parallel
    points)."""
    flats = [squash(line.raw) for line in lines]
    kept: list[Line] = []
    copies: list[str] = []
    seen: dict[str, int] = {}  # (the lines up to the one above the line read)
    joined: list[str] = []  # (... those of them wider than a column: lines joined)
    for k, line in enumerate(lines):
        if k >= 2:
            seen.setdefault(flats[k - 2], k - 2)
            if len(flats[k - 2]) > T.COLUMN_MAX_WIDTH:
                joined.append(flats[k - 2])
        flat = flats[k]
        if (
            (
                len(flat) >= T.TWIN_LINE_MIN
                and _CLAUSE_MARKS.search(flat)
                and not CAPTION_START.match(flat)
                and (flat in seen or any(above.endswith(flat) for above in joined))
                and not (flat in seen and _opens_paragraph_twice(flats, seen[flat], k))
            )
            or _title_again_in_cut_word(lines, flats, k, seen)
            or _running_line_again(flats, k, seen)
        ):
            copies.append(line.raw)
            continue
        kept.append(line)
    return kept, copies


def _title_again_in_cut_word(
    lines: list[Line], flats: list[str], k: int, seen: dict[str, int]
) -> bool:
    """Line ``k`` repeats a line of no clause printed higher up (a title),
    between two lines of running text that one word runs across (…物流公司
    当调 / the title again / 度员，…): the extraction's copy, out of place."""
    if not 0 < k < len(lines) - 1 or flats[k] not in seen or _CLAUSE_MARKS.search(flats[k]):
        return False
    above, below = squeeze(lines[k - 1].raw), squeeze(lines[k + 1].raw)
    return (
        len(flats[k]) >= T.TWIN_LINE_MIN
        and not ends_sentence(above)
        and bool(_CLAUSE_MARKS.search(below))
        and word_across(above, below) >= T.HEAD_CUT_WORD
    )


def _running_line_again(flats: list[str], k: int, seen: dict[str, int]) -> bool:
    """Line ``k``, no clause in it, repeats a line printed higher up in the
    middle of a sentence (…两会的代表 / 委员们围绕…展开热 / 烈讨论…: a word
    runs over one of its ends, neither finishes a sentence), and nothing
    runs on from it where it is printed again: the extraction's copy. A
    title is never set inside a sentence."""
    first = seen.get(flats[k])
    if first is None or not 0 < first < len(flats) - 1 or k + 1 >= len(flats):
        return False
    flat, above, below = flats[k], flats[first - 1], flats[first + 1]
    return (
        len(flat) >= T.TWIN_LINE_MIN
        and not ends_sentence(above)
        and not ends_sentence(flat)
        and max(word_across(above, flat), word_across(flat, below)) >= T.HEAD_CUT_WORD
        and word_across(flat, flats[k + 1]) < T.HEAD_CUT_WORD
    )


def _opens_paragraph_twice(flats: list[str], first: int, k: int) -> bool:
    """Lines ``first`` and ``k`` hold one phrase closed by a pause, each
    under a finished sentence: two paragraphs opening alike."""
    flat = flats[k]
    return (
        first > 0
        and not _CLAUSE_MARKS.search(flat[:-1])
        and flat[-1:] in "，,"
        and ends_sentence(flats[first - 1])
        and ends_sentence(flats[k - 1])
    )


def _writers_workplace(drafts: list[Draft], lines: list[Line], boxed: list[str]) -> None:
    """A writer's workplace on a line of its own, set tight against the
    writer's bare name (某某 / 某某大学某某学院, or the workplace over the
    name), or a second writer's name set tight against the first (某某 /
    某某): part of the signature, not a box nor the piece's column."""
    for k, line in enumerate(lines):
        flat = squash(line.raw)
        workplace = bool(WORKPLACE_LINE.match(flat))
        if not workplace and not is_name_line(line.raw.strip()):
            continue
        for j in (k - 1, k + 1):
            # (a second name only tight against the first: names a blank
            # apart sign two pieces)
            gap = lines[max(j, k)].gap if 0 <= j < len(lines) else 2
            if gap > (1 if workplace else 0):
                continue
            name = squash(lines[j].raw)
            writer = next(
                (d for d in drafts if is_name_line(d.byline) and squash(d.byline) == name),
                None,
            )
            if writer is None:
                continue
            alone = next(
                (
                    d
                    for d in drafts
                    if lone_draft(d) and squash(d.body) == flat and line.no in d.lines
                ),
                None,
            )
            if flat in boxed:
                boxed.remove(flat)
            elif writer.column == flat:
                writer.column = ""
            elif alone is not None:
                alone.paras, alone.lines = [], set()
            else:
                continue
            parts = (
                [line.raw.strip(), writer.byline] if j > k else [writer.byline, line.raw.strip()]
            )
            writer.byline = " ".join(parts)
            writer.lines.add(line.no)
            break


def _notice_title_read_as_label(drafts: list[Draft], lines: list[Line]) -> None:
    """A notice's title (征文启事, …公告) printed after a piece's text and
    taken for that piece's label: the title of the headless text under it."""
    for draft in drafts:
        if not draft.column or not NOTICE_TITLE.search(draft.column) or not draft.paras:
            continue
        printed = [li for li in lines if squash(li.raw) == draft.column]
        if not printed or not _label_after_text(draft, lines):
            continue
        at = printed[-1].no
        under = [d for d in drafts if d.lines and not d.heads and d.first_line > at]
        notice = min(under, key=lambda d: d.first_line, default=None)
        if notice is None or any(at < no < notice.first_line for no in draft.lines):
            continue
        notice.heads, draft.column = [[printed[-1]]], ""
        draft.lines.discard(at)
        notice.lines.add(at)


def _notice_title_over_its_text(drafts: list[Draft], lines: list[Line], boxed: list[str]) -> None:
    """A notice's title (征稿启事, 启事) left alone right over a text that
    took a label printed elsewhere for its headline, for the words the
    notice quotes (本版开设“某某”栏目…): the title is the notice's; the label
    goes back to the unlabelled story printed right under it, as its
    column, or to the page's boxes."""
    line_at = {line.no: line for line in lines}
    for piece in drafts:
        if not lone_draft(piece) or len(piece.paras) != 1:
            continue
        title = squash(piece.paras[0].text)
        if not NOTICE_TITLE.search(title):
            continue
        at = min(piece.lines)
        notice = next(
            (
                d
                for d in drafts
                if d is not piece
                and d.paras
                and 0
                < min(no for para in d.paras for no in para.lines) - at
                <= T.NAME_UNDER_STACK_GAP
            ),
            None,
        )
        if notice is None or len(notice.heads) != 1 or notice.dateline or notice.byline:
            continue
        (label,) = notice.heads
        label_text = squash("".join(li.raw for li in label))
        if not label_shaped(label_text) or not all(
            li.no < at - T.NAME_UNDER_STACK_GAP for li in label
        ):
            continue  # (its headline printed over it is its own)
        notice.heads = [[line_at[at]]]
        notice.lines.add(at)
        notice.lines -= {li.no for li in label}
        piece.paras, piece.lines = [], set()
        under = _text_right_under(drafts, label[-1].no)
        if under is not None and not under.column and under is not notice:
            under.column = label_text
            under.lines |= {li.no for li in label}
        else:
            boxed.append(label_text)


def _notices_first_line_back(drafts: list[Draft], lines: list[Line]) -> None:
    """A notice's title read as the column over a "headline" that is the
    notice's first line, a clause opening its sentence (公告 / 根据工作安排，
    某某中心 / 将于…): the title heads the notice, the line opens its text."""
    line_at = {line.no: line for line in lines}
    for draft in drafts:
        if (
            not draft.column
            or not NOTICE_TITLE.search(draft.column)
            or len(draft.heads) != 1
            or len(draft.heads[0]) != 1
            or not draft.paras
        ):
            continue
        (first,) = draft.heads[0]
        text = squeeze(first.raw)
        if not _CLAUSE_INSIDE.search(text) or ends_sentence(text):
            continue
        opens = min(draft.paras[0].lines, default=0)
        title = line_at.get(first.no - 2) or line_at.get(first.no - 1)
        if not 0 < opens - first.no <= T.NAME_UNDER_STACK_GAP or title is None:
            continue
        if squash(title.raw) != draft.column:
            continue
        draft.heads, draft.column = [[title]], ""
        para = draft.paras[0]
        para.text = text + para.text
        para.lines = [first.no, *para.lines]


def _text_right_under(drafts: list[Draft], no: int) -> Draft | None:
    """The story whose text opens right under line ``no``."""
    opens = [
        (min(n for para in d.paras for n in para.lines), k)
        for k, d in enumerate(drafts)
        if any(para.lines for para in d.paras)
    ]
    below = [(at, k) for at, k in opens if 0 < at - no <= T.NAME_UNDER_STACK_GAP]
    return drafts[min(below)[1]] if below else None


def _issuer_under_notice(drafts: list[Draft]) -> None:
    """A notice's issuer printed under its text, whom its title names first
    (某某协会招聘启事 / … / 某某协会), taken for a headline line: the notice's
    signature, its last paragraph."""
    for draft in drafts:
        if len(draft.heads) < 2 or not draft.paras:
            continue
        title, last = squash(unit_text(draft.heads[0])), draft.heads[-1]
        issuer = squash(unit_text(last))
        if not NOTICE_TITLE.search(title) or len(issuer) < T.ISSUER_MIN:
            continue
        if not title.startswith(issuer) or last[0].no < max(draft.paras[-1].lines):
            continue
        draft.heads.pop()
        draft.paras.append(Para(issuer, [li.no for li in last]))


def _label_under_tail_stack(drafts: list[Draft], lines: list[Line]) -> None:
    """A commentary printed with its writer and title after its text, its
    column's label on the line right under the title (… / 某某 / title /
    湘水评论), in no story: the label is its column (and the name read as a
    column, its writer)."""
    at = {line.no: k for k, line in enumerate(lines)}
    owner = {no: draft for draft in drafts for no in draft.lines}
    # (a label of no column's words is known by heading another piece here)
    columns = {squash(draft.column) for draft in drafts if draft.column}
    for draft in drafts:
        writer = draft.column if is_name_line(draft.column) else ""
        if (draft.column and not writer) or not draft.heads or not draft.paras:
            continue
        if draft.dateline or not (writer or (draft.byline and "记者" not in draft.byline)):
            continue  # (a report's; a commentary is signed by its writer)
        last = max(line.no for unit in draft.heads for line in unit)
        if last < max(no for p in draft.paras for no in p.lines):
            continue  # (its stack is over its text)
        k = _under_title_and_writer(draft, lines, at) or at.get(last, -1) + 1
        if not 0 < k < len(lines):
            continue
        label = squash(lines[k].raw)
        alone = owner.get(lines[k].no)  # (read as a piece of its own, or in none)
        if alone is not None and (alone.heads or squash(alone.body) != label):
            continue
        if (label_shaped(label) and looks_like_column(label)) or (
            two_character_label(label) and label in columns
        ):
            if alone is not None:
                alone.paras, alone.lines = [], set()
            draft.column = label
            draft.lines.add(lines[k].no)
            if writer and not draft.byline:
                draft.byline = writer


def _writer_left_without_text(drafts: list[Draft], lines: list[Line]) -> None:
    """A writer's line that opened a piece left with no text (its stack set
    into a cut sentence, whose rest went back to the story cut: …委托正规餐
    / title / 三湘观澜 / 某某 / 饮单位…): the writer signs the piece that
    took the title printed over it, and a column's label between the two
    is that piece's column."""
    at = {line.no: k for k, line in enumerate(lines)}
    for writer in drafts:
        if writer.paras or writer.heads or writer.starts_with != Opener.BYLINE:
            continue
        if not writer.byline or not writer.lines:
            continue
        k = at.get(min(writer.lines), -1) - 1
        labels: list[Line] = []
        while k > 0 and len(labels) < 2 and looks_like_column(squash(lines[k].raw)):
            labels.append(lines[k])
            k -= 1
        titled = next(
            (
                d
                for d in drafts
                if d.paras and not d.byline and any(unit[-1].no == lines[k].no for unit in d.heads)
            ),
            None,
        )
        if k < 0 or titled is None:
            continue
        titled.byline, writer.byline = writer.byline, ""
        titled.lines |= writer.lines
        writer.lines = set()
        label = writer.column or (squash(labels[-1].raw) if labels else "")
        if label and not titled.column:
            titled.column = label  # (the label read as the writer's column, or left over)
            titled.lines.update(line.no for line in labels)


def _under_title_and_writer(draft: Draft, lines: list[Line], at: dict[int, int]) -> int:
    """Where the line under the draft's title and its writer's line stands,
    the writer printed right under a title of the stack (title / 某某 /
    label); 0: no such writer's line."""
    if not draft.byline:
        return 0
    for unit in draft.heads:
        k = at.get(unit[-1].no, -1) + 1
        if 0 < k < len(lines) - 1 and squash(lines[k].raw) == squash(draft.byline):
            return k + 1
    return 0


def _credits_joined(lines: list[Line]) -> list[Line]:
    """A photo's credit broken over two lines under its caption (湖南日报全媒体
    记者 某某 / 通讯员 某某 摄影报道; 以上图片均由通讯员 / 某某 摄): one line,
    the credit, not a reporter's byline or a line of text."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.gap <= 1
            and (is_byline(prev.raw) or GROUP_CREDIT.match(squash(prev.raw)))
            and credit_match(prev.raw) is None
            and _credit_alone(f"{prev.raw} {line.raw}")
        ):
            out[-1] = Line(prev.no, f"{prev.raw} {line.raw}", prev.gap, prev.indent)
            continue
        out.append(line)
    return out


def _signature_inside(drafts: list[Draft], bodies, zones: list[Zone]) -> None:
    """A writer's byline left with no text of its own, printed inside the
    text of a piece with no headline or writer (its stack and byline set
    into its sentence, the sentence going on under them): that piece's
    byline, and the stack over it is that piece's."""
    for e, empty in enumerate(drafts):
        if empty.starts_with != Opener.BYLINE or any(
            run for run in bodies[e] if run not in (BREAK, PHOTO)
        ):
            continue
        if not empty.byline or empty.heads or not empty.lines:
            continue
        at = min(empty.lines)
        for d, piece in enumerate(drafts):
            if piece is empty or piece.byline or piece.dateline or piece.heads:
                continue
            text = [line.no for run in bodies[d] if run not in (BREAK, PHOTO) for line in run]
            if not text or not min(text) < at < max(text):
                continue
            piece.byline, empty.byline = empty.byline, ""
            piece.column = piece.column or empty.column
            piece.lines |= empty.lines
            empty.lines = set()
            for zone in zones:
                if zone.after == e:
                    zone.after = d
                if zone.before == e:
                    zone.before = d
            break


def _second_piece_signed_at_foot(drafts: list[Draft], bodies, zones: list[Zone]) -> None:
    """A piece signed under its own stack (一家之言 / title / 某某), whose text
    runs on into another's printed with its stack after it (title / 湖南日报
    评论员 某某 / label): the text splits where it turns to the second title's
    subject, the second piece signed by the writer's line under its title."""
    for zone in list(zones):
        k = zone.before
        if k < 0 or drafts[k].starts_with != Opener.BYLINE or not drafts[k].byline:
            continue
        # (the piece under the stack opens on writers or a dateline of its
        # own: the stack's writer signs no text under it)
        if zone.after < 0 or drafts[zone.after].starts_with not in (Opener.BYLINE, Opener.DATELINE):
            continue
        piece = drafts[k]
        own = next((z for z in zones if z.after == k and z is not zone), None)
        dated = drafts[zone.after].starts_with == Opener.DATELINE
        at = _writer_under_title(zone.lines, labelled_over=dated)
        if own is None or at is None or len(piece.paras) < 2:
            continue
        title, mine = squash(zone.lines[at - 1].raw), "".join(line.raw for line in own.lines)
        cut = _turns_to(piece.paras, title, mine)
        if not cut:
            continue
        writer = [zone.lines.pop(at)]
        while dated and at < len(zone.lines) and is_name_line(zone.lines[at].raw.strip()):
            writer.append(zone.lines.pop(at))  # (湖南日报评论员 / 某某)
        signed = " ".join(squeeze_names(line.raw) for line in writer)
        second = Draft(starts_with=Opener.BYLINE, byline=signed)
        second.lines.update(line.no for line in writer)
        piece.hand_on(cut, second)
        drafts.insert(k + 1, second)
        bodies.insert(k + 1, [])
        for other in zones:
            other.before += other.before > k
            other.after += other.after > k
        zone.before = k + 1
        if dated:
            # (its label and title over the writer: its stack whole, which
            # the dated report under it, heading its own, does not share)
            second.heads = [[line] for line in zone.lines]
            second.lines.update(line.no for line in zone.lines)
            zones.remove(zone)


def _piece_signed_under_crosshead(
    drafts: list[Draft], bodies, zones: list[Zone], lines: list[Line]
) -> None:
    """A piece signed over its text (label / title / 湖南日报评论员), whose one
    crosshead is followed by text closed by a bare name, the next piece
    signed by a writer of its own (…荣上。 / 非遗“触网”是好事 / text / 某某 /
    label / title / 某某): that line is the title of a second piece, printed
    under the first, the name its writer's. A piece signed once takes no
    second writer, and a single crosshead divides no piece into sections."""
    by_no = {line.no: line for line in lines}
    for zone in list(zones):
        k, after = zone.before, zone.after
        if k < 0 or after < 0 or not drafts[k].byline or not drafts[after].byline:
            continue
        name = squash(zone.lines[0].raw)
        if not (_signature_text(zone.lines[0].raw) and _read_as_name(name)):
            continue
        if name in squash(drafts[k].byline) or name in squash(drafts[after].byline):
            continue
        piece = drafts[k]
        heads = [s for s, para in enumerate(piece.paras) if para.subhead]
        if len(heads) != 1 or not 0 < heads[0] < len(piece.paras) - 1:
            continue
        cut = heads[0]
        second = Draft(starts_with=Opener.BYLINE, byline=name)
        second.heads = [[by_no[no] for no in piece.paras[cut].lines]]
        second.lines.add(zone.lines[0].no)
        piece.hand_on(cut, second)
        del second.paras[0]
        del zone.lines[0]
        drafts.insert(k + 1, second)
        bodies.insert(k + 1, [])
        for other in zones:
            other.before += other.before > k
            other.after += other.after > k
        zone.before = k + 1


def _report_title_read_as_crosshead(
    drafts: list[Draft], zones: list[Zone], lines: list[Line]
) -> None:
    """A dated report printed title after its text, a commentary's text
    under that title at the same width, then the commentary's writer (and
    its title and label): the text up to the title went to the piece the
    writer signs at its foot, the title as its crosshead. The title names
    the text above it: it and that text are the report's."""
    by_no = {line.no: line for line in lines}
    for k in range(1, len(drafts)):
        piece, report = drafts[k], drafts[k - 1]
        if not piece.byline or piece.dateline or report.starts_with != Opener.DATELINE:
            continue
        text = {no for para in piece.paras for no in para.lines}
        signs = piece.lines - text
        if not text or not signs or min(signs) < max(text):
            continue  # (signed at its foot, under all its text)
        s = _title_printed_after(piece.paras, report.body)
        if not s:
            continue
        heading = piece.paras[s]
        report.paras.extend(piece.paras[:s])
        moved = {no for para in piece.paras[: s + 1] for no in para.lines}
        report.lines |= moved - set(heading.lines)
        piece.lines -= moved
        del piece.paras[: s + 1]
        at = next((z for z, zone in enumerate(zones) if zone.before >= k), len(zones))
        # (a crosshead of two lines was read into one: the title's line whole)
        first = by_no[heading.lines[0]]
        title = Line(first.no, heading.raw or heading.text, first.gap, first.indent)
        zones.insert(at, Zone([title], k - 1, k))


def _title_printed_after(paras: list[Para], above: str) -> int:
    """The crosshead among ``paras`` that names the text above it (and
    ``above``, the story printed before them) rather than the text under it:
    a title printed after its text. 0: none."""
    for s in range(1, len(paras) - 1):
        if not paras[s].subhead:
            continue
        head = above + "".join(para.text for para in paras[:s])
        tail = "".join(para.text for para in paras[s + 1 :])
        own = paras[s].text
        if similarity(own, head) >= T.FOOT_TITLE_WORDS and similarity(own, head) > similarity(
            own, tail
        ):
            return s
    return 0


def _writer_under_title(stack: list[Line], labelled_over: bool = False) -> int | None:
    """Where a writer's line (the paper's commentator and a name, or bare
    names) stands in a stack, under a title line of its own and over a
    column's label (title / 湖南日报评论员 某某 / 某某观察). ``labelled_over``:
    a dateline follows the stack, whose report names its own reporters, so
    the label may head it instead, the writer closing it (短评 / title /
    湖南日报评论员 某某)."""
    for at in range(1, len(stack)):
        text = stack[at].raw.strip()
        if (is_byline(text) and "评论员" in text) or is_name_line(text):
            head = squash(stack[at - 1].raw)
            # (the stack closed by its column's label, as a piece's printed after it)
            closed = at + 1 < len(stack) and label_shaped(squash(stack[at + 1].raw))
            names = all(is_name_line(line.raw.strip()) for line in stack[at + 1 :])
            if labelled_over and at == 2 and names:
                label = squash(stack[0].raw)
                closed = label_shaped(label) or (
                    two_character_label(label) and looks_like_column(label)
                )
            titled = head and not label_shaped(head) and not is_name_line(head)
            return at if titled and closed else None
    return None


def _turns_to(paras: list[Para], title: str, own: str) -> int:
    """The first paragraph from which on the text speaks of ``title`` rather
    than of its own headline ``own``, its earlier ones of ``own``: 0 if none."""
    best, cut = 0.0, 0
    for j in range(1, len(paras)):
        head = "".join(para.text for para in paras[:j])
        tail = "".join(para.text for para in paras[j:])
        lead = (similarity(title, tail) - similarity(own, tail)) + (
            similarity(own, head) - similarity(title, head)
        )
        first, rest = paras[j].text, "".join(para.text for para in paras[j + 1 :])
        # (its first paragraph of the title's subject, or of the text after it)
        turns = similarity(title, first) > similarity(own, first) or (
            similarity(first, rest) > similarity(first, head)
        )
        # (the text after the turn uses the title's words, more than its own's)
        named = similarity(title, tail) >= max(T.FOOT_TITLE_WORDS, similarity(own, tail))
        if lead > best and turns and named:
            best, cut = lead, j
    return cut


def _writer_inside_series(drafts: list[Draft], zones: list[Zone]) -> None:
    """A writer's line printed between two paragraphs of one parallel series
    (防灾减灾，基础在规划。… / 湖南日报评论员 / 防灾减灾，难点在基层。…), nothing
    else between: a column's top inside one essay, no piece opening. The
    text under it goes on the unsigned text above it, which it signs."""
    for b, signed in enumerate(drafts):
        if signed.starts_with != Opener.BYLINE or not signed.paras or signed.dateline:
            continue
        lead = _series_lead(signed.paras[0].text)
        if lead is None:
            continue
        first = min(signed.lines)
        above = [
            (max(d.lines), a) for a, d in enumerate(drafts) if d.lines and max(d.lines) < first
        ]
        if not above:
            continue
        a = max(above)[1]
        essay = drafts[a]
        if essay.byline or essay.dateline or essay.kind == ArticleKind.PHOTO:
            continue
        if not any(_series_lead(para.text) == lead for para in essay.paras):
            continue
        essay.byline, essay.paras = signed.byline, essay.paras + signed.paras
        essay.lines |= signed.lines
        signed.byline, signed.paras, signed.lines = "", [], set()
        for zone in zones:
            zone.after = a if zone.after == b else zone.after
            zone.before = a if zone.before == b else zone.before


def _series_lead(text: str) -> str | None:
    """The phrase a paragraph of a parallel series opens on, before its
    comma (防灾减灾，…), or None."""
    match = _SERIES_LEAD.match(squash(text))
    return match.group(1) if match else None


_SERIES_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,6})[，,]")


def _rejoin_round_a_piece(drafts: list[Draft], lines: list[Line]) -> None:
    """A story's text set round a piece of another column width printed
    inside it (a box, a short report, a commentary): the story's paragraphs
    above the piece, the piece, then more paragraphs at the story's width
    with no headline, dateline or writer of their own (the page's headlines
    all placed by now). Those go on the story, if they read more as its
    subject than as the piece's. On a page that prints headlines after
    their text, the headless part is the one above the piece: it goes
    before the part its headline follows. (The reader joins them as it goes
    when no headline stands between; ``ColumnReader._story_round_box``.)"""
    text_of = {line.no: squeeze(line.raw) for line in lines}

    def full(draft: Draft) -> list[float]:
        return full_widths(
            text_of[no] for para in draft.paras for no in para.lines if no in text_of
        )

    order = sorted((d for d in drafts if d.lines), key=lambda d: d.first_line)
    for story, box, rest in zip(order, order[1:], order[2:], strict=False):
        if (
            story.kind == ArticleKind.PHOTO
            or rest.kind == ArticleKind.PHOTO
            or not box.heads
            or box.kind == ArticleKind.PHOTO
            or not story.paras
            or not rest.paras
            or not max(story.lines) < min(rest.lines)
            or not any(max(story.lines) < no < min(rest.lines) for no in box.lines)
        ):
            continue
        if story.heads and _headless_text(rest):
            head, tail = story, rest
        elif _headless_text(story) and rest.heads and _heads_after_text(rest):
            head, tail = rest, story
        else:
            continue
        at_tail = full(tail)
        if len(at_tail) < T.COLUMN_CHANGE_LINES - 1 or not set_round(
            full(head), full(box), at_tail
        ):
            continue
        if similarity(tail.body, head.body) <= similarity(tail.body, box.body):
            continue
        head.take_text(tail, before=tail is story)
        if tail is story:
            head.starts_with = Opener.BODY


def _headless_text(draft: Draft) -> bool:
    """Text with no headline, dateline, writer or label of its own."""
    return (
        not (draft.heads or draft.dateline or draft.byline or draft.column)
        and draft.starts_with == Opener.BODY
    )


def _heads_after_text(draft: Draft) -> bool:
    """The draft's headline lines are all printed after its text."""
    last = max(no for para in draft.paras for no in para.lines)
    return all(line.no > last for unit in draft.heads for line in unit)


def _rejoin_under_own_headline(
    drafts: list[Draft], zones: list[Zone], lines: list[Line]
) -> list[str]:
    """A story's headline printed inside its text, where the page's columns
    broke (its dateline, or a feature's writers' line, and first paragraphs,
    then its stack, then the rest):
    the stack went to the text above it, and the text under it, left with no
    headline, dateline or writer of its own, goes on that story. A label
    printed after that text (a box's name where the columns end) then heads
    no story: it is returned as page furniture."""
    furniture = []
    for zone in zones:
        k, m = zone.before, zone.after
        if k < 0 or m < 0 or k == m:
            continue
        story, rest = drafts[k], drafts[m]
        printed = {line.no for line in zone.lines}
        # (the text under it may have taken the stack's last lines: still the story's stack)
        split = bool(rest.heads) and all(li.no in printed for unit in rest.heads for li in unit)
        lone = squash(_head_text(rest)) if split and len(rest.heads) == 1 else ""
        if lone and (label_shaped(lone) or NOTICE_TITLE.search(lone)):
            continue  # (a box's name over its text: 健康提示, 某某小课堂; a notice's title)
        if (
            lone
            and not _drawn_across(story, rest)
            and word_share(lone, rest.body) >= T.REJOIN_OWN_TITLE
            and word_share(lone, story.body) <= T.REJOIN_STORY_NAMED_MAX
        ):
            continue  # (the line names the text under it, not the story: its title)
        if (
            story.kind == ArticleKind.PHOTO
            or not (story.dateline or story.starts_with == Opener.BYLINE)
            or (rest.heads and not split)
            or rest.dateline
            or rest.byline
            or not rest.paras
            or (rest.column and not _label_after_text(rest, lines))
            or rest.kind == ArticleKind.PHOTO
            or rest.starts_with != Opener.BODY
        ):
            continue
        held = {line.no for unit in story.heads for line in unit}
        if not story.heads or not held <= printed:
            continue  # (its stack is the one printed here, and no other)
        if similarity(rest.body, story.body) < T.REJOIN_TOPIC and not _drawn_across(story, rest):
            continue  # (and it goes on the story's subject: another's text left headless does not)
        if split:
            story.heads = sorted(story.heads + rest.heads, key=lambda unit: unit[0].no)
            story.lines |= {li.no for unit in rest.heads for li in unit}
            rest.heads = []
        if k > 0 and _finishes_sentence_of(rest, drafts[k - 1]):
            # (it finishes the sentence the story printed before the stack
            # left open: the two reports set in turns, the rest that story's)
            _go_on_sentence(drafts[k - 1], rest)
        else:
            back = turns_back(rest.paras, story.body, drafts[k - 1]) if k > 0 else 0
            if back:
                rest.hand_on(back, drafts[k - 1])
            story.take_text(rest)
        if rest.column:
            furniture.append(rest.column)
            rest.column = ""
    return furniture


def _drawn_across(story: Draft, rest: Draft) -> bool:
    """Did the text under the stack take its first lines and the story
    above its last? Headlines are not printed crossed (the lower story's
    over the upper's), so those lines are one stack, however well the one
    left under names the text it heads."""
    held = [line.no for unit in story.heads for line in unit]
    taken = [line.no for unit in rest.heads for line in unit]
    return bool(held and taken) and max(taken) < min(held)


def _finishes_sentence_of(rest: Draft, before: Draft) -> bool:
    """Does ``rest`` open on the words that finish the sentence ``before``
    left open, read surely across the cut (…在于习近平新时代 +
    中国特色社会主义思想的…)?"""
    if not before.paras or before.kind == ArticleKind.PHOTO or not before.dateline:
        return False
    tail = before.paras[-1].text
    if ends_sentence(squash(tail)):
        return False
    return (join_evidence(tail, rest.paras[0].text) or 0.0) >= T.REJOIN_FINISHES_MIN


def _go_on_sentence(story: Draft, rest: Draft) -> None:
    """``rest``'s text goes on ``story``'s, its first paragraph finishing the
    last one's sentence."""
    first = rest.paras.pop(0)
    last = story.paras[-1]
    last.text += first.text
    last.lines = [*last.lines, *first.lines]
    story.take_text(rest)
    story.lines |= set(first.lines)
    rest.lines -= set(first.lines)


def _lead_above_its_writers(drafts: list[Draft]) -> None:
    """A feature's first paragraphs printed above its writers' line and
    stack, where the page's columns broke (its lead, another story, then
    湖南日报记者 某某 / its stack / the rest): text left with no headline,
    dateline or writer of its own, its last paragraph finished, opens the
    next story its writers open, undated, when it speaks of that story's
    subject."""
    for k, lead in enumerate(drafts):
        if not _headless_text(lead) or not lead.paras or lead.kind == ArticleKind.PHOTO:
            continue
        if not ends_sentence(squash(lead.paras[-1].text)):
            continue
        feature = next((d for d in drafts[k + 1 :] if _writers_over_stack(d)), None)
        if (
            feature is None
            or not feature.heads
            or feature.dateline
            or feature.kind == ArticleKind.PHOTO
            or similarity(lead.body, feature.body) < T.REJOIN_TOPIC
        ):
            continue
        feature.take_text(lead, before=True)


def _writers_over_stack(draft: Draft) -> bool:
    """The draft opens on its writers' line, its stack printed under it (no
    label over them)."""
    return (
        draft.starts_with == Opener.BYLINE
        and not draft.column
        and bool(draft.heads and draft.paras)
        and min(draft.lines) < draft.heads[0][0].no
    )


def _crosshead_over_prose(paras: list[Para]) -> bool:
    """A crosshead of a phrase (no sentence's punctuation in it) over a
    paragraph that opens a sentence: no line of text cut short."""
    head, *under = paras
    return (
        bool(under)
        and not _SENTENCE_MARK.search(head.text)
        and start_of(under[0].text) not in (Start.MID, Start.UNIT, Start.FRAGMENT)
        and under[0].text[:1] not in _TIES
    )


def _return_sections(drafts: list[Draft]) -> None:
    """A dated report's text, then a crosshead and paragraphs under it: a
    report of a few hundred characters seldom has crossheads, a feature
    printed earlier on the page has them, and its text ran on round the
    report. The sections go back to the feature whose subject they share
    (退役电池… under a crosshead, after a report of revenue figures, back to
    the feature on battery recycling with crossheads of its own)."""
    for m, report in enumerate(drafts):
        if not report.dateline or report.kind == ArticleKind.PHOTO:
            continue
        cut = next((j for j, para in enumerate(report.paras) if para.subhead), 0)
        if cut < 1 or not _crosshead_over_prose(report.paras[cut:]):
            continue
        tail = "".join(para.text for para in report.paras[cut:] if not para.subhead)
        own = similarity(tail, "".join(para.text for para in report.paras[:cut]))
        features = [
            d
            for d in drafts[:m]
            if d.kind != ArticleKind.PHOTO and any(para.subhead for para in d.paras)
        ]
        if not features:
            continue
        feature = max(features, key=lambda d: similarity(tail, d.body))
        near = similarity(tail, feature.body)
        if near < T.REJOIN_TOPIC or near < own + T.TOPIC_LEAD:
            continue
        report.hand_on(cut, feature)


def _fill_empty_sections(drafts: list[Draft]) -> None:
    """A feature's crosshead with no text under it (②… right before ③…), a
    dated report printed right under it: the report was set into the
    feature there, and the section's text ran on after the report's. The
    report's last paragraphs go back under the crosshead, from where they
    lean furthest to the feature's subject (``TOPIC_LEAD`` at least, the
    first of them on its own too)."""
    for feature in drafts:
        empty = [
            j
            for j, (para, after) in enumerate(pairwise(feature.paras))
            if para.subhead and after.subhead
        ]
        if len(empty) != 1:
            continue
        at = empty[0]
        head_line = max(feature.paras[at].lines)
        report = next(
            (d for d in drafts if d.dateline and d.first_line > head_line and d is not feature),
            None,
        )
        if report is None or report.first_line != min(
            (d.first_line for d in drafts if d.first_line > head_line), default=-1
        ):
            continue
        cut = _leaning_tail(report.paras, feature.body)
        if cut < 1:
            continue
        moved = report.paras[cut:]
        del report.paras[cut:]
        feature.paras[at + 1 : at + 1] = moved
        nos = {no for para in moved for no in para.lines}
        feature.lines |= nos
        report.lines -= nos


def _leaning_tail(paras: list[Para], other: str) -> int:
    """Where the paragraphs from which on lean furthest to ``other``'s subject
    from their own story's begin, if by ``TOPIC_LEAD`` (the first of them
    leaning so on its own): 0 if nowhere."""
    best, cut = T.TOPIC_LEAD, 0
    for j in range(1, len(paras)):
        head = "".join(para.text for para in paras[:j])
        tail = "".join(para.text for para in paras[j:])
        lead = similarity(tail, other) - similarity(tail, head)
        first = paras[j].text
        if (
            lead > best
            and similarity(tail, other) >= T.REJOIN_TOPIC
            and similarity(first, other) > similarity(first, head) + T.TOPIC_LEAD
        ):
            best, cut = lead, j
    return cut


def _label_after_text(draft: Draft, lines: list[Line]) -> bool:
    """The draft's column label is printed after all of its text."""
    last = max(no for para in draft.paras for no in para.lines)
    at = [line.no for line in lines if squash(line.raw) == draft.column]
    return bool(at) and min(at) > last


def _return_wrapped_words(drafts: list[Draft], lines: list[Line]) -> None:
    """A short line read as a label that no story took (it would be page
    furniture), printed right under a headline's last line that it may end
    (…迎来花后管护 / 关键期): the last word of that headline, wrapped."""
    above_of = {line.no: above for above, line in pairwise(lines)}
    line_at = {line.no: line for line in lines}
    # (each headline's last line, with its unit and story)
    ends = {unit[-1].no: (unit, d) for d in drafts for unit in d.heads if unit}
    gone = set()
    for k, draft in enumerate(drafts):
        if not lone_line(draft) or len(draft.lines) != 1:
            continue
        (no,) = draft.lines
        above = above_of.get(no)
        if above is None or above.no not in ends:
            continue
        unit, owner = ends[above.no]
        if _word_left_alone(unit[-1], line_at[no]):
            unit.append(line_at[no])
            owner.lines.add(no)
            gone.add(k)
    drafts[:] = [d for k, d in enumerate(drafts) if k not in gone]


def _credit_printed_apart(drafts: list[Draft]) -> None:
    """A credit printed alone away from its photo (at the page's top, drawn
    before the picture) credits the photos printed with none, in print order."""
    credits = [
        d for d in drafts if d.kind == ArticleKind.PHOTO and d.byline and not d.heads and not d.body
    ]
    bare = [d for d in drafts if d.kind == ArticleKind.PHOTO and not d.byline and d.body]
    for credit, photo in zip(credits, bare, strict=False):
        photo.byline, credit.byline = credit.byline, ""
        photo.lines |= credit.lines
        credit.lines, credit.paras = set(), []


def _headlines_follow_bodies(drafts: list[Draft], zones: list[Zone]) -> bool:
    """More of the page's headlines went to the body printed before them
    than to the one after them."""
    to_body_above = to_body_below = 0
    for zone in zones:
        nos = {line.no for line in zone.lines}
        took = [
            k >= 0 and any(line.no in nos for unit in drafts[k].heads for line in unit)
            for k in (zone.before, zone.after)
        ]
        to_body_above += took[0]
        to_body_below += took[1]
    return to_body_above > to_body_below


def _stack_inside_own_text(drafts: list[Draft], lines: list[Line]) -> None:
    """A commentary's stack printed inside its text, where the column broke
    (text / 某某言 / title / writer / more text): the headless text above the
    stack took it as a headline printed after it, and the writer opened a
    piece of the rest, whose only headline is a label printed after it (the
    next piece's column). Reading on one subject, the two are one piece:
    the label goes to the next piece's stack."""
    order = [line.no for line in lines]
    place = {no: k for k, no in enumerate(order)}
    for top in drafts:
        if top.byline or top.dateline or not top.heads or not top.paras or top.kind:
            continue
        heads = [line.no for unit in top.heads for line in unit]
        text = [no for para in top.paras for no in para.lines]
        if min(heads) < max(text):
            continue  # (its headline over its text: a piece of its own)
        last = max(place[no] for no in top.lines if no in place)
        rest = next(
            (
                d
                for d in drafts
                if d is not top
                and d.starts_with == Opener.BYLINE
                and d.byline
                and d.paras
                and last + 1 < len(order)
                and order[last + 1] in d.lines
                and order[last + 1] not in {no for para in d.paras for no in para.lines}
            ),
            None,
        )
        if rest is None or (rest.heads and not _labels_after_text(rest)):
            continue  # (the rest headless, or headed only by labels after it)
        if similarity(rest.body, top.body) < T.REJOIN_TOPIC:
            continue
        labels = rest.heads
        top.take_text(rest)
        top.byline, rest.byline = rest.byline, ""
        top.lines |= rest.lines
        rest.lines, rest.heads = set(), []
        for unit in labels:
            at = unit[0].no
            after = [d for d in drafts if d.heads and min(li.no for u in d.heads for li in u) > at]
            if after:
                nxt = min(after, key=lambda d: min(li.no for u in d.heads for li in u))
                nxt.heads.insert(0, unit)
                nxt.lines |= {li.no for li in unit}
                top.lines -= {li.no for li in unit}


def _labels_after_text(draft: Draft) -> bool:
    """The draft's headline is only column labels printed after its text."""
    text = [no for para in draft.paras for no in para.lines]
    return bool(draft.heads) and all(
        len(unit) == 1
        and (label_shaped(squash(unit[0].raw)) or two_character_label(squash(unit[0].raw)))
        and unit[0].no > max(text)
        for unit in draft.heads
    )


def _title_from_label(drafts: list[Draft], lines: list[Line]) -> None:
    """A reporter's story given no headline but a line of a label's shape
    that names no column (守水人 over 湖南日报全媒体记者 某某): that line is
    its short title. Columns head commentary, not reporters' stories. So
    is a poem's, over its poet's bracketed name (诗题 / （某某）): the line
    that names it, whatever its shape."""
    for draft in drafts:
        label = draft.column
        if draft.heads or not label or draft.dateline:
            continue
        poem = poet_in_brackets(draft.byline)
        if not poem and ("记者" not in draft.byline or looks_like_column(label)):
            continue
        printed = [li for li in lines if li.no in draft.lines and squash(li.raw) == label]
        if printed:
            draft.heads, draft.column = [printed[:1]], ""


def _headline_inside_own_text(drafts: list[Draft], lines: list[Line]) -> list[str]:
    """A dated report (or a feature opened by its writers' line) given no
    headline whose text holds, inside a sentence, a line of no clause set off
    the column's width (or printed twice) and worded like the report itself,
    whose sentence does not run on into figures under it: its headline,
    printed into its text (…车程将从1小时缩短到25分 / 某地至某地高速公路全线贯通 /
    钟左右。). The
    line heads the report and the sentence reads across it. Returns the
    copies of doubled headlines, dropped."""
    line_at = {line.no: line for line in lines}
    copies: list[str] = []
    for draft in drafts:
        if (
            any(draft.heads)
            or draft.column
            or not (draft.dateline or draft.starts_with == Opener.BYLINE)
        ):
            continue
        texts = {no: squeeze(line_at[no].raw) for para in draft.paras for no in para.lines}
        full = column_width([width(text) for text in texts.values()])
        for para in draft.paras:
            found = _inner_headline(para, texts, full)
            if found is None:
                continue
            k, doubled = found
            drop = para.lines[k : k + 1 + doubled]
            # (the paragraph's text may have lost a dateline in front: cut from the end)
            at = len(para.text) - len("".join(texts[no] for no in para.lines[k:]))
            cut = "".join(texts[no] for no in drop)
            if para.text[at : at + len(cut)] != cut:
                continue
            para.text = para.text[:at] + para.text[at + len(cut) :]
            para.lines = [no for no in para.lines if no not in drop]
            copies.extend(line_at[no].raw for no in drop[1:])
            draft.heads = [[line_at[drop[0]]]]
            break
    return copies


def _closing_line_heads_next(drafts: list[Draft], lines: list[Line]) -> None:
    """A dated report given no headline, its text cut, and printed right
    before the rest of its cut a line of no clause closing another story
    after a finished sentence (…配送足球器材。 / 某地马拉松将于某日开跑 /
    人。), worded like the report: the report's headline, printed into its
    text, never the other story's last paragraph."""
    after = {line.no: nxt.no for line, nxt in pairwise(lines)}
    line_at = {line.no: line for line in lines}
    owner = {no: k for k, d in enumerate(drafts) for para in d.paras for no in para.lines}
    for draft in drafts:
        if len(draft.paras) < 2 or draft.kind == ArticleKind.PHOTO:
            continue
        last, before = draft.paras[-1], draft.paras[-2]
        if last.subhead or len(last.lines) != 1 or not ends_sentence(before.text):
            continue
        flat = squash(last.text)
        if not T.INNER_TITLE_MIN <= len(flat) <= T.INNER_TITLE_MAX or _SENTENCE_MARK.search(flat):
            continue
        k = owner.get(after.get(last.lines[0], -1), -1)
        report = drafts[k] if k >= 0 else None
        if report is None or report is draft or any(report.heads) or report.column:
            continue
        if not report.dateline or not report.paras:
            continue
        share = word_share(flat, report.body)
        rest = "".join(para.text for para in draft.paras[:-1])
        if share < T.INNER_TITLE_WORDS_IN_TEXT or word_share(flat, rest) >= share:
            continue
        draft.paras.pop()
        draft.lines.discard(last.lines[0])
        report.heads = [[line_at[last.lines[0]]]]
        report.lines.add(last.lines[0])


def _inner_headline(para: Para, texts: dict[int, str], full: float) -> tuple[int, int] | None:
    """Where in ``para`` a headline was printed (``_headline_inside_own_text``):
    its line's index and whether a copy of it follows."""
    if para.subhead or len(para.lines) < 3:
        return None
    for k in range(1, len(para.lines) - 1):
        text = texts[para.lines[k]]
        flat = squash(text)
        if (
            not T.INNER_TITLE_MIN <= len(flat) <= T.INNER_TITLE_MAX
            or _SENTENCE_MARK.search(flat)
            or ends_sentence(texts[para.lines[k - 1]])
        ):
            continue
        doubled = int(squash(texts[para.lines[k + 1]]) == flat and k + 2 < len(para.lines))
        if not doubled and abs(width(text) - full) < T.INNER_TITLE_WIDTH_OFF:
            continue
        under = texts[para.lines[k + 1 + doubled]] if k + 1 + doubled < len(para.lines) else ""
        if under and (
            rate_after_change(text, under)
            or (figure_goes_on(text, under) and not any(c.isdigit() for c in flat[-4:]))
        ):
            # (…茶叶销量同比提高 / 12.4%，…, …全县外贸总值 / 8.6亿元: a
            # sentence stopped short of its figures; a headline closed on its
            # own figure, …完成造林46万亩, may stand over another)
            continue
        rest = "".join(t for no, t in texts.items() if no not in para.lines[k : k + 1 + doubled])
        if word_share(flat, rest) >= T.INNER_TITLE_WORDS_IN_TEXT:
            return k, doubled
    return None


def _return_loose_titles(loose: list[tuple[Draft, Draft]]) -> None:
    """A short line taken for a photo's title only because it stood alone
    between a story's last paragraph and the caption is that story's
    headline when the story found none elsewhere: the page prints its
    headlines after their bodies."""
    for photo, story in loose:
        if (
            story.heads
            or not photo.heads
            or story.kind in (ArticleKind.PHOTO, ArticleKind.CONTINUATION)
        ):
            continue
        if story.starts_with == Opener.JUMP:
            continue  # a continuation prints no headline
        story.heads, photo.heads = photo.heads, []
        for unit in story.heads:
            for line in unit:
                photo.lines.discard(line.no)
                story.lines.add(line.no)


def _adopt_stray_headlines(drafts: list[Draft], lines: list[Line], doubled: list[str]) -> None:
    """A headline line printed away from its stack (a subtitle under a photo's
    credit, a kicker among another story's lines) reads as a story of one
    line with no sentence in it: it is a piece of the headline of the story
    whose words it holds, in print order among that story's pieces."""
    by_no = {line.no: line for line in lines}
    gone: set[int] = set()
    for k, draft in enumerate(drafts):
        if not _stray_headline(draft):
            continue
        text = draft.body
        shares = sorted(
            (
                (word_share(text, other.body + _head_text(other)), j)
                for j, other in enumerate(drafts)
                if j != k and j not in gone and other.heads and other.kind != ArticleKind.PHOTO
            ),
            reverse=True,
        )
        if not shares or shares[0][0] < T.STRAY_HEAD_WORDS:
            continue
        if len(shares) > 1 and shares[1][0] > shares[0][0] * T.STRAY_HEAD_RIVAL:
            continue  # (as much another story's: no telling)
        host = drafts[shares[0][1]]
        head = _head_text(host)
        if word_share(text, head) == 0.0:
            continue  # (a piece of a stack names what its other pieces name)
        host.lines |= draft.lines
        gone.add(k)
        if squash(text) in squash(head):
            doubled.append(text)  # a piece of the headline drawn twice
            continue
        host.heads.append([by_no[no] for no in draft.paras[0].lines])
        host.heads.sort(key=lambda unit: unit[0].no)
    drafts[:] = [d for k, d in enumerate(drafts) if k not in gone]


def _stray_headline(draft: Draft) -> bool:
    if draft.heads or draft.byline or draft.dateline or draft.kind == ArticleKind.PHOTO:
        return False
    if len(draft.paras) != 1 or len(draft.paras[0].lines) > T.STRAY_HEAD_LINES:
        return False
    flat = squash(draft.body)
    if any(label_shaped(part) for part in draft.body.split()[1:]):
        return False  # a header strip's pieces (湘江副刊 湖南日报)
    if BRACKETED_LABEL.fullmatch(flat):
        return False  # a label in its frame (【世界读书日】)
    return T.STRAY_HEAD_MIN <= len(flat) <= T.STRAY_HEAD_MAX and not ends_sentence(flat)


def _head_text(draft: Draft) -> str:
    return "".join(line.raw for unit in draft.heads for line in unit)


def _doubled_line_to_story_above(drafts: list[Draft], lines: list[Line]) -> None:
    """A line drawn twice for a bold effect (标题标题) is a headline's, never
    running text: left alone as a piece of its own right under a report's
    text, it is a line of that report's stack printed after its body (its
    title, or the subtitle under the title it has)."""
    line_at = {line.no: line for line in lines}
    for piece in drafts:
        if (
            piece.heads
            or piece.byline
            or piece.dateline
            or len(piece.paras) != 1
            or len(piece.paras[0].lines) != 1
        ):
            continue
        text = squash(piece.paras[0].text)
        once = undouble(text)
        if once == text or not _stack_line(once):
            continue
        no = piece.paras[0].lines[0]
        story = printed_above(drafts, no)
        if story is None or story.kind == ArticleKind.PHOTO or not (story.dateline or story.byline):
            continue
        story.heads.append([line_at[no]])
        story.lines.add(no)
        piece.paras, piece.lines = [], set()


def _cartoon_lines_above(drafts: list[Draft], lines: list[Line], boxed: list[str]) -> None:
    """A drawing's credit alone (某某 作), its title and the word 漫画 each
    left as a piece of one line right above it (a stack printed over them
    took the page's reading along): the title is the drawing's, the word
    its box."""
    line_at = {line.no: line for line in lines}
    alone = {
        min(d.lines): d
        for d in drafts
        if lone_draft(d) and not d.dateline and len(d.paras) == 1 and d.kind != ArticleKind.PHOTO
    }
    for photo in drafts:
        if (
            photo.kind != ArticleKind.PHOTO
            or photo.heads
            or photo.body.strip()
            or not DRAWN_BY.search(squash(photo.byline))
            or not photo.lines
        ):
            continue
        at = min(photo.lines)
        if _cartoon_read_into_text(photo, drafts, line_at):
            continue
        above = [no for no in alone if 0 < at - no <= T.NAME_UNDER_STACK_GAP]
        if not above:
            continue
        title = alone.pop(max(above))
        no = min(title.lines)
        photo.heads = [[line_at[no]]]
        photo.lines.add(no)
        title.paras, title.lines = [], set()
        word = next((d for n, d in alone.items() if 0 < no - n <= T.NAME_UNDER_STACK_GAP), None)
        if word is not None and squash(word.body) == CARTOON_WORD:
            boxed.append(word.body.strip())
            word.paras, word.lines = [], set()


def _cartoon_read_into_text(photo: Draft, drafts: list[Draft], line_at: dict[int, Line]) -> bool:
    """A drawing's title opening on 漫画 (漫画：“某某”) and its caption read as
    the last paragraph of the text right above its credit: the drawing's."""
    at = min(photo.lines)
    for story in drafts:
        if story is photo or not story.paras or not story.paras[-1].lines:
            continue
        para = story.paras[-1]
        if not 0 < at - max(para.lines) <= T.NAME_UNDER_STACK_GAP:
            continue
        first = line_at.get(para.lines[0])
        if first is None or not _CARTOON_TITLE.match(squash(first.raw)):
            continue
        story.paras.pop()
        story.lines -= set(para.lines)
        photo.heads = [[first]]
        rest = [line_at[no] for no in para.lines[1:] if no in line_at]
        photo.paras = (
            [Para(squeeze("".join(li.raw for li in rest)), [li.no for li in rest])] if rest else []
        )
        photo.lines |= set(para.lines)
        return True
    return False


def _give_lone_lines(drafts: list[Draft]) -> None:
    """A line of a reporter's names alone, right over a story's first
    paragraph, is that story's byline when it has none (a commentary signed
    over its text, 肖畅 / 近年来，我省…), and a label alone over a signed,
    undated story its column: neither is a story of its own."""
    starts = sorted(
        (min(no for para in d.paras for no in para.lines), k)
        for k, d in enumerate(drafts)
        if any(para.lines for para in d.paras)
    )
    gone = set()
    for k, draft in enumerate(drafts):
        if not lone_line(draft):
            continue
        name = is_name_line(draft.body.strip())
        line = min(draft.lines)
        below = [(at, j) for at, j in starts if at > line and j != k]
        if not below:
            continue
        at, j = below[0]
        story = drafts[j]
        printed_between = any(
            line < no < at for i, d in enumerate(drafts) if i not in (j, k) for no in d.lines
        )
        if story.dateline or story.kind == ArticleKind.PHOTO or printed_between:
            continue
        if not name:
            # A label right over a signed, undated story is its column (来论 /
            # 给“旅游厕所”多一些关注 / 长沙 读者 某某): the commentary's place.
            if story.column or not story.byline:
                continue
            story.column = squash(draft.body)
        elif story.byline:
            continue
        else:
            story.byline = draft.body.strip()
        story.lines |= draft.lines
        gone.add(k)
    drafts[:] = [d for k, d in enumerate(drafts) if k not in gone]


def _stack_under_its_text(drafts: list[Draft], lines: list[Line], boxed: list[str]) -> None:
    """A commentary's stack printed under its text (title / label / writer),
    the next piece's own stack under it: the text was read on into the
    headed story above it. The text from the paragraph its title's words
    come in is the stack's."""
    # (a line no story took stands alone: a draft of its own, taken here)
    held = {no for draft in drafts if not lone_draft(draft) for no in draft.lines}
    at = {line.no: k for k, line in enumerate(lines)}
    for draft in list(drafts):
        if not draft.heads or len(draft.paras) < 2 or draft.kind == ArticleKind.PHOTO:
            continue
        last = max(no for para in draft.paras for no in para.lines)
        k = at.get(last, -1) + 1
        stack = _signed_stack(lines, k, held)
        if not stack:
            continue
        title = squash(stack[0].raw)
        own = "".join(squash(line.raw) for unit in draft.heads for line in unit)
        cut = _where_its_text_starts(draft.paras, title, own)
        if cut is None:
            continue
        name, heads = stack[-1], [[line] for line in stack[:-1]]
        piece = Draft(kind=draft.kind, heads=heads, starts_with=Opener.HEAD)
        piece.byline = squeeze_names(name.raw)
        piece.lines.update(line.no for line in stack)
        draft.hand_on(cut, piece)
        drafts[:] = [d for d in drafts if not (lone_draft(d) and d.lines <= piece.lines)]
        drafts.insert(drafts.index(draft) + 1, piece)
        held |= piece.lines
        for line in stack:
            if squash(line.raw) in boxed:
                boxed.remove(squash(line.raw))


def _signed_stack(lines: list[Line], k: int, held: set[int]) -> list[Line]:
    """The lines from ``k`` on, when they are a stack of a title, perhaps its
    column's label, and a writer's bare name, held by no story, with another
    piece's label or title under it (no text of its own). The stack may be
    read from its foot too (name / title / label); it is returned title
    first, name last."""
    for size in (3, 2):
        stack = lines[k : k + size]
        if len(stack) < size or k + size >= len(lines) or any(li.no in held for li in stack):
            continue
        if is_name_line(stack[0].raw.strip()) and not is_name_line(stack[-1].raw.strip()):
            stack = [*stack[1:], stack[0]]  # (read from its foot: the name first)
        title, name = squash(stack[0].raw), stack[-1].raw.strip()
        if not is_name_line(name) or len(title) < T.SIGNED_TITLE_MIN:
            continue
        if any(c in title for c in "。，,；;：:") or is_byline(stack[0].raw):
            continue
        if size == 3 and not label_shaped(stack[1].raw):
            continue
        under = lines[k + size]
        if label_shaped(under.raw) and not is_name_line(under.raw.strip()):
            return stack
    return []


def _where_its_text_starts(paras: list[Para], title: str, own: str) -> int | None:
    """Where the run of paragraphs closing ``paras`` that is about ``title``
    starts: the cut after a finished sentence that best parts the text
    about the story's own headline ``own`` from the text about ``title``
    (each paragraph weighed by the share of either's words in it), leaving
    the story a paragraph at least; none when no text leans to ``title``."""
    lean = [word_share(title, para.text) - word_share(own, para.text) for para in paras]
    best, best_cut = 0.0, None
    for cut in range(1, len(paras)):
        if not ends_sentence(paras[cut - 1].text) or paras[cut].subhead:
            continue
        worth = sum(lean[cut:]) - sum(lean[:cut])
        # (of cuts worth the same, the latest: paragraphs leaning to neither
        # stay with the story they were printed in)
        if (worth > best or (best_cut is not None and worth == best)) and sum(lean[cut:]) > 0:
            best, best_cut = worth, cut
    return best_cut


def _poem_read_from_its_foot(draft: Draft, lines: list[Line]) -> None:
    """A poem signed at its foot (label / title / verse… / poet) whose last
    line was read as a title over the poet's name: that line is the last
    of the verse, and the poem's own title (under its label) the first
    lines read as text."""
    if len(draft.heads) != 1 or len(draft.heads[0]) != 1 or not is_name_line(draft.byline):
        return
    last = draft.heads[0][0]
    paras = draft.paras
    if len(paras) <= T.VERSE_MIN_LINES or any(len(para.lines) != 1 for para in paras):
        return
    if last.no < max(para.lines[0] for para in paras):
        return  # (a title over its text)
    if _POEM_TITLE.search(squash(last.raw)):
        return  # (a poem's title printed after it: 某某（外一首） / poet)
    verse = [*(para.text for para in paras), squash(last.raw)]
    if any(len(squash(text)) > T.VERSE_LINE_MAX or ends_sentence(text) for text in verse):
        return
    at = {line.no: line for line in lines}
    # (a label over the title: shorter, of a label's shape or a word of two)
    first, title = squash(paras[0].text), squash(paras[1].text)
    labelled = label_shaped(first) or looks_like_column(first) or len(first) == 2
    head = 2 if labelled and len(first) < len(title) else 1
    if head == 2 and not draft.column:
        draft.column = first
    draft.heads = [[at[paras[head - 1].lines[0]]]] if paras[head - 1].lines[0] in at else []
    draft.paras = [*paras[head:], Para(squash(last.raw), [last.no], verse=True)]
    for para in draft.paras:
        para.verse = True


def _stack_line(text: str) -> bool:
    """A line a headline stack may hold: short, no sentence in it."""
    flat = squash(text)
    return (
        bool(flat)
        and len(flat) <= T.HEAD_STACKED_MAX
        and not ends_sentence(text)
        and not any(c in flat for c in "，,；;。")
    )


def _return_sign_offs(drafts: list[Draft]) -> None:
    """A reporters' line closing in 报道 opened a story that its headline
    zone then signed too: it was the sign-off of the story printed above it,
    unsigned and undated (…记者 某某 报道 under its last paragraph)."""
    for draft in drafts:
        signs = [unit for unit in draft.heads if is_byline("".join(li.raw for li in unit))]
        if draft.starts_with != Opener.BYLINE or not signs or not draft.lines:
            continue
        if not squash(draft.byline).endswith("报道"):
            continue
        above = printed_above(drafts, draft.first_line)
        if above is None or above.byline or above.dateline or above.kind == ArticleKind.PHOTO:
            continue
        above.byline = draft.byline
        draft.heads.remove(signs[0])
        draft.byline = " ".join(squeeze_names(li.raw) for li in signs[0])


def _return_bare_names(drafts: list[Draft], follow: bool) -> None:
    """A bare name or a commentator's line that opened a story whose
    headline zone then signed it too (文丨某某 under its title, printed after
    its body): the opening line was the signature of the unsigned, undated
    story printed above it, under the headline that story's body was printed
    before. ``follow``: the page's headlines follow their bodies, so a bare
    name closing a stack printed after its text signs that text."""
    for draft in drafts:
        if not draft.lines or not _writer_signs(draft.byline):
            continue
        if draft.starts_with == Opener.BYLINE:
            signs = [unit for unit in draft.heads if is_byline("".join(li.raw for li in unit))]
            if not signs and follow:
                signs = _trailing_names(draft)
            if not signs and draft.heads and not draft.dateline:
                # (its name printed alone under the stack: 湖南日报全媒体评论员
                # 某某 / its text / its title / 某某)
                _sign_with_name_under_stack(draft, drafts)
                continue
        elif not is_name_line(draft.byline):
            continue
        else:
            # (a bare name read as the byline of the text under it, whose own
            # stack, printed after that text, closes on a bare name too:
            # 微言 / title / 某某 — one writer signs each piece)
            signs = _trailing_names(draft)
        if not signs:
            continue
        # (on a page whose headlines follow their bodies, the names above may
        # each have opened the next piece: every one moves up a piece)
        chain = _signed_in_turn(drafts, draft) if follow else [draft]
        above = printed_above(drafts, chain[-1].first_line)
        if above is None or above.byline or above.dateline or above.kind == ArticleKind.PHOTO:
            continue
        above.byline = chain[-1].byline
        for lower, upper in reversed(list(pairwise(chain))):
            upper.byline = lower.byline
        draft.heads.remove(signs[0])
        draft.byline = " ".join(squeeze_names(li.raw) for li in signs[0])


def _writer_signs(byline: str) -> bool:
    """The byline is a writer's signature (a bare name, the paper's
    commentator named or not), as closes a commentary's stack."""
    return bool(
        is_name_line(byline)
        or COMMENTATOR_NAMED.search(byline)
        or _UNNAMED_COMMENTATOR.search(byline)
    )


def _signed_in_turn(drafts: list[Draft], draft: Draft) -> list[Draft]:
    """``draft`` and the run of pieces printed above it that were each
    opened by a writer's signature and carry their stacks after their text, nearest
    first: on a page whose headlines follow their bodies, each name was the
    signature of the piece above it."""
    chain = [draft]
    while True:
        above = printed_above(drafts, chain[-1].first_line)
        if (
            above is None
            or above.starts_with != Opener.BYLINE
            or not _writer_signs(above.byline)
            or above.dateline
            or above.kind == ArticleKind.PHOTO
            or not _stack_after_text(above)
        ):
            return chain
        chain.append(above)


def _stack_after_text(draft: Draft) -> bool:
    """The draft's headline is printed after its first paragraph."""
    paras = [no for para in draft.paras for no in para.lines]
    heads = [li.no for unit in draft.heads for li in unit]
    return bool(paras and heads) and max(heads) > min(paras)


def _caption_begun_above(drafts: list[Draft]) -> None:
    """A credited caption that opens inside a sentence (的脚步也更快了。
    漫画/某某) began on the lines right above it, read as a short-titled
    story of one open sentence (减负 / 税率降了，…发展): title, sentence and
    credit are one picture's (a cartoon's credit printed on its caption's
    last line)."""
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.byline or not photo.paras:
            continue
        opens_mid = start_of(photo.paras[0].text) in (Start.MID, Start.CLAUSE, Start.FRAGMENT)
        above = printed_above(drafts, photo.first_line)
        if above is not None and _caption_begun_under_crosshead(above, photo):
            continue
        if (
            above is None
            or above.kind == ArticleKind.PHOTO
            or not _titled_so(above.heads)
            or above.dateline
            or above.byline
            or len(above.paras) != 1
            or ends_sentence(above.paras[0].text)
            or len(above.body + photo.paras[0].text) > T.UNCREDITED_CAPTION_MAX
        ):
            continue
        # (or on a word the line above left cut: …已经好 / 几年无人耕种。)
        if (
            not opens_mid
            and word_across(above.paras[0].text, photo.paras[0].text) < T.HEAD_CUT_WORD
        ):
            continue
        first = photo.paras[0]
        photo.heads = above.heads
        photo.paras[0] = Para(above.paras[0].text + first.text, above.paras[0].lines + first.lines)
        photo.lines |= above.lines
        above.heads, above.paras, above.lines = [], [], set()


def _caption_begun_under_crosshead(story: Draft, photo: Draft) -> bool:
    """A cartoon's words were read into the story printed above it, under a
    short line read as that story's one crosshead (…地方戏曲的魅力。 / 安全过冬
    / 天冷了，…家中老 / 人孩子…。 / 漫画 某某): the line is the drawing's title
    and the text under it, a sentence or two, its words. Those go to the
    cartoon; True when they did."""
    if story.kind == ArticleKind.PHOTO or photo.heads or not photo.paras:
        return False
    if not _CARTOON_CREDIT.search(photo.byline):
        return False  # (a drawing's words; a photo's caption opens on its day)
    heads = [k for k, para in enumerate(story.paras) if para.subhead]
    if len(heads) != 1 or not 0 < heads[0] < len(story.paras) - 1:
        return False
    at = heads[0]
    title, words = story.paras[at], story.paras[at + 1 :]
    if len(squash(title.text)) > T.PHOTO_TITLE_MAX or len(words) > T.UNCREDITED_CAPTION_SENTENCES:
        return False
    said = "".join(para.text for para in words + photo.paras)
    if len(said) > T.UNCREDITED_CAPTION_MAX:
        return False
    first = photo.paras[0]
    if not ends_sentence(words[-1].text):
        if start_of(first.text) == Start.PLAIN:
            return False  # (the open sentence goes on in the caption's first words)
        last = words.pop()
        first = Para(last.text + first.text, last.lines + first.lines)
    photo.heads = [[Line(title.lines[0], title.raw or title.text, 1, False)]]
    photo.paras = [*words, first, *photo.paras[1:]]
    moved = {no for para in story.paras[at:] for no in para.lines}
    photo.lines |= moved
    story.lines -= moved
    del story.paras[at:]
    return True


#: A drawing's credit: 漫画 某某, 绘图 某某, 某某 作, 某某 绘.
_CARTOON_CREDIT = re.compile(r"^(?:漫画|绘图)|\s[作绘]$")


def _titled_so(heads: list[list[Line]]) -> bool:
    """A photo's title alone, or under its column's label (画说 / title)."""
    label = squash("".join(li.raw for li in heads[0])) if len(heads) == 2 else ""
    if label and (looks_like_column(label) or label_shaped(label) or two_character_label(label)):
        heads = heads[1:]
    return len(heads) == 1 and len(squash("".join(li.raw for li in heads[0]))) <= T.PHOTO_TITLE_MAX


#: The paper's commentator unnamed (湖南日报评论员), signing a commentary.
_UNNAMED_COMMENTATOR = re.compile(r"评论员\s*$")


def _sign_with_name_under_stack(draft: Draft, drafts: list[Draft]) -> None:
    """A bare name printed right under the stack of a draft opened by a
    byline, the stack itself printed after the draft's text, read as a piece
    of its own: the name is the draft's writer, and the byline that opened
    it signs the unsigned, undated story printed above it."""
    if not _stack_after_text(draft):
        return
    # (the name under the stack, or under the text and over the stack:
    # its text / 某某 / its title)
    ends = (
        max(li.no for unit in draft.heads for li in unit),
        max(no for para in draft.paras for no in para.lines),
    )
    above = printed_above(drafts, draft.first_line)
    if above is None or above.byline or above.dateline or above.kind == ArticleKind.PHOTO:
        return
    for piece in drafts:
        if (
            piece is draft
            or piece.heads
            or piece.byline
            or piece.dateline
            or len(piece.paras) != 1
            or len(piece.paras[0].lines) != 1
            or not any(0 < piece.paras[0].lines[0] - end <= T.NAME_UNDER_STACK_GAP for end in ends)
            or not is_name_line(piece.paras[0].text)
        ):
            continue
        above.byline = draft.byline
        draft.byline = squeeze_names(piece.paras[0].text)
        draft.lines |= piece.lines
        piece.paras, piece.lines = [], set()
        return


def _trailing_names(draft: Draft) -> list[list[Line]]:
    """The bare-name units of a stack printed after the draft's first
    paragraph, when the stack holds a title besides them."""
    paras = [no for para in draft.paras for no in para.lines]
    if not paras or len(draft.heads) < 2:
        return []
    opens = min(paras)
    return [
        unit
        for unit in draft.heads[1:]
        if min(li.no for li in unit) > opens
        and is_name_line("".join(li.raw for li in unit).strip())
        and squash("".join(li.raw for li in unit)) != squash(draft.byline)
    ]


#: A sentence opening on who told it (据某中心监测，, 据介绍，): no rest of
#: another sentence.
_TOLD_BY = re.compile(r"^据[^，,。；;]{1,14}[，,]")


#: A line that asks, no clause in it (…为何“上下两难”？): a headline's, in a stack.
_ASKED_LINE = re.compile(r"[^，,。；;：:！!？?]{4,24}[？?]")


#: A sentence announcing the items under it (现将有关事项公告如下：, 具体安排如下：):
#: running text, no headline's.
_ANNOUNCES_LIST = re.compile(r"(?:如下|以下)[：:]$")


class ColumnReader:
    """One pass over a column page's lines, one method per kind of line."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.kinds = line_kinds(lines)
        self.drafts: list[Draft] = []
        self.bodies: list[list[Run | Gap]] = []  # per draft: runs of lines and gaps
        self.zones: list[Zone] = []
        self.pending: list[Line] = []  # headline lines waiting for their zone to close
        self._at: dict[int, int] | None = None  # a line's place, by its number (``_index``)
        self.cur = -1  # the draft being read
        self.para_open = False  # its last line left a sentence open
        self.last_stored = ""  # the last line read into a story, squeezed
        self.in_note = False  # its last line is in an author's note
        self.doubled: list[str] = []  # headline lines printed twice, kept once
        self.boxed: list[str] = []  # a box's short lines printed inside a sentence
        self.sent_on = False  # the story being read went on to another page (下转2版)
        self.noted = False  # the story being read closed on its author's note (（作者系…）)
        # (and a titled cartoon was printed under the note: the story is over)
        self.drawn_under_note = False
        self.signed = -1  # a letter its writer signed under its text: it takes no more
        # Photos titled by a short line under a story's last paragraph, and that story.
        self.loose: list[tuple[Draft, Draft]] = []
        self.loose_title = False
        # A story whose sentence the next story's dateline cut (its rest may
        # be printed further down, after a stretch of that story), and what
        # it last read (-1: none).
        self.waiting = -1
        self.waiting_tail = ""
        # The piece of another width read into a story cut mid-sentence at
        # its column's foot (-1: none): while it is read, the story waits.
        self.set_in_cut = -1
        # The story read before a dateline opened the one being read, its
        # last paragraph finished (-1: none): its text may resume under the
        # new story's first lines, printed into them.
        self.above = -1
        # The headline lines waiting were printed under an open sentence:
        # the next story's stack cut the paragraph read last.
        self.stack_in_cut = False
        # The lines up to here (not included) are a stack printed under the
        # byline that opened the story being read.
        self.stack_end = -1
        self.stack_end_no = -1  # (the line number after the stack read under a byline)

    def read(self) -> None:
        i = 0
        handlers: dict[LineKind, Callable[[int], int]] = {
            LineKind.DATELINE: self._dateline,
            LineKind.BYLINE: self._byline,
            LineKind.JUMP_FROM: self._continuation,
            LineKind.CAPTION: self._caption,
        }
        while i < len(self.lines):
            kind = self.kinds[i]
            if kind == LineKind.MARKER and self.cur >= 0:
                i = self._marker(i)
            elif kind in handlers:
                i = handlers[kind](i)
            else:
                i = self._text(i)
        if self.pending:
            self.zones.append(Zone(list(self.pending), self.cur, -1))

    # --- drafts and bodies ---------------------------------------------------

    def new(self, draft: Draft) -> int:
        """Open a draft; headline lines read so far become a zone before it."""
        cut = (
            self.cur >= 0
            and self.para_open
            and not self.sent_on
            and (not self.pending or self.stack_in_cut)
        )
        in_cut = self.stack_in_cut
        # (a stack printed into the sentence, then the writers of the story
        # under it: the first stack may be the cut story's own)
        signed_zone = in_cut and any(is_byline(line.raw) for line in self.pending)
        signed_cut = in_cut and (draft.starts_with == Opener.BYLINE or signed_zone)
        self.stack_in_cut = False
        if cut and (draft.starts_with == Opener.DATELINE or signed_cut):
            self.waiting, self.waiting_tail = self.cur, self._open_tail()
        elif self.cur == self.set_in_cut and draft.starts_with == Opener.BODY:
            # (the piece read into a cut story, broken at another width,
            # goes on: the story still waits for its sentence's rest)
            self.set_in_cut = len(self.drafts)
        else:
            self.waiting = -1
        finished = self.cur >= 0 and not self.para_open and bool(self.bodies[self.cur])
        dated = draft.starts_with == Opener.DATELINE and not self.pending
        self.above = self.cur if finished and dated else -1
        if self.pending:
            # (a stack printed into a sentence left open heads the story
            # under it: none of its lines is the cut story's)
            # (unless the cut story has no stack of its own above it: its
            # headline printed after its body, bunched with the next one's)
            headless = not any(zone.after == self.cur for zone in self.zones)
            before = -1 if in_cut and cut and not signed_zone and not headless else self.cur
            self.zones.append(Zone(list(self.pending), before, len(self.drafts)))
            self.pending.clear()
        self.drafts.append(draft)
        self.bodies.append([])
        self.cur = len(self.drafts) - 1
        self.para_open = False
        self.sent_on = False
        self.noted = self.drawn_under_note = False
        return self.cur

    def add_body(self, line: Line, text: str | None = None) -> None:
        runs = self.bodies[self.cur]
        if not runs or runs[-1] in (BREAK, PHOTO):
            runs.append([])
        stored = Line(line.no, text if text is not None else line.raw, line.gap, line.indent)
        runs[-1].append(stored)  # type: ignore[union-attr]
        self.drafts[self.cur].lines.add(line.no)
        cut = _jumps_on(stored.raw)
        # An author's note （作者系…） ends on its closing bracket, no stop.
        if AUTHOR_NOTE.match(stored.raw) or NOTE_AFTER_STOP.search(stored.raw):
            self.in_note = True
        note_closed = self.in_note and squeeze(stored.raw)[-1:] in "）)"
        if note_closed:
            self.in_note = False
        # (who spoke a quotation, under it, ends its paragraph: ——网友“某某”;
        # so does who spoke it after it on its line, wrapped or not)
        said = says_who(stored.raw, self.last_stored) or _signed_quotation(
            squeeze(stored.raw), self.last_stored
        )
        self.last_stored = squeeze(stored.raw)
        self.para_open = (
            not ends_sentence(self.last_stored)
            and not cut
            and not note_closed
            and not said
            and not _SEE_PAGE.fullmatch(squash(stored.raw))  # (（相关报道见今日1版）)
        )
        self.sent_on = cut
        self.noted, self.drawn_under_note = note_closed, False

    def _last_body_is(self, k: int) -> bool:
        """Line ``k`` is the last line read into the story being read."""
        runs = self.bodies[self.cur]
        last = runs[-1] if runs else None
        return isinstance(last, list) and bool(last) and last[-1].no == self.lines[k].no

    def body_text(self, draft: int | None = None) -> str:
        """The story being read (or draft ``draft``), its last stretch only:
        what the next lines are compared with, and cheap to compare on a long
        story."""
        k = self.cur if draft is None else draft
        if k < 0:
            return ""
        runs = self.bodies[k][-T.BODY_CONTEXT_RUNS :]
        lines_back = [li.raw for run in runs if run not in (BREAK, PHOTO) for li in run]
        return "".join(lines_back)[-T.BODY_CONTEXT :]

    # --- one method per kind of line -----------------------------------------

    def _dateline(self, i: int) -> int:
        d = self.new(Draft(kind=ArticleKind.NEWS, starts_with=Opener.DATELINE))
        return _take_dateline(self.lines, i, self.drafts[d], self.add_body)

    def _byline(self, i: int) -> int:
        lines, kinds = self.lines, self.kinds
        line = lines[i]
        if self._signs_notice_read(line):
            # (the paper's desk under the finished text of a notice it prints:
            # the notice's last line, no byline of the next piece)
            self.add_body(line)
            self.bodies[self.cur].append(BREAK)
            self.para_open = False
            if (
                i + 1 < len(lines)
                and kinds[i + 1] == LineKind.TEXT
                and not _is_headline_line(lines, kinds, i + 1, self.body_text)
            ):
                self.new(Draft(starts_with=Opener.BODY))  # (the notice takes no more text)
            return i + 1
        names = [line]
        if (
            self.pending
            and _PAPER_ALONE.match(squash(self.pending[-1].raw))
            # (not over a byline naming the paper again: the line is the page's)
            and not PAPER_START.match(line.raw)
        ):
            # A byline broken after the paper's name (湖南日报全媒体 / 评论员 /
            # 某某): the name was read as a headline line.
            names.insert(0, self.pending.pop())
        # (names under names signed with no role are another piece's: a
        # signature closing a commentary, the next one's over its text)
        # (a poet's name bracketed after a title is a bare name: 诗题 / （某某）)
        bracketed = poet_in_brackets(line.raw)
        bare_name = is_name_line(line.raw.strip()) or bracketed
        if bare_name and self._verse_signed_below():
            return self._sign_verse(names)
        bare = bare_name and self.pending
        j = _byline_goes_on(lines, kinds, i, names, bool(bare))
        # (a poem under its poet: a 文丨 signature, or a bare name under a
        # title that says it is verse, 洞庭五月（组诗）)
        # (or a title with its poet's name bracketed after it: 诗题 / （某某）)
        poem = bool(self.pending) and (
            bool(_POEM_TITLE.search(squash(self.pending[-1].raw))) or bracketed
        )
        verse = (
            _verse_from(lines, kinds, j, sections=poem, poet=line.raw)
            if WRITER_SIGN.match(squash(line.raw)) or (poem and bare_name)
            else 0
        )
        even = False
        if not verse and bare_name and self.pending:
            # (a poet's bare name under a title that does not say it is
            # verse: a long run of short lines, however even, is the poem,
            # and the title over the name its own)
            verse = _verse_from(lines, kinds, j, poet=line.raw, even=True)
            even = verse > 0
        no_body_after = not verse and (
            # what follows is no body: the page's end, a dateline, a caption,
            # a headline, a cartoon's words (signed by its drawer, 某某 作)
            j >= len(lines)
            or kinds[j] != LineKind.TEXT
            or _is_headline_line(lines, kinds, j, lambda: "")
            or bool(_CARTOON_WORDS.match(squash(lines[j].raw)))
        )
        in_zone = self.pending and not (poem and verse) and (line.gap == 0 or no_body_after)
        signs_off = (
            not self.pending
            and self.cur >= 0
            and self.bodies[self.cur]
            and not self.para_open
            and (
                closing_byline(" ".join(n.raw for n in names))
                # (reporters named under a piece neither dated nor signed, no
                # body under them, sign it: 记者观察 / title / text / 记者 某某)
                or (
                    no_body_after
                    and _signs_unsigned(self.drafts[self.cur], names)
                    and _stack_signed_below(lines, kinds, j)
                )
                # (a bare name over a headline stack signs the text above:
                # a writer is signed under a title, never over it; so does one
                # closing the page)
                or (bare_name and (j >= len(lines) or kinds[j] == LineKind.TEXT))
                # (the maker of a photo and its words, under a short text
                # read under a title: that text is the photo's caption)
                or self._photo_and_words_credit(names)
            )
            # (a reader signs a letter under it, never over it: whatever
            # follows the signature is another piece's)
            and (
                no_body_after
                # (a reader or a citizen signs a letter under it, never over
                # it: whatever follows the signature is another piece's)
                or signs_letter(" ".join(n.raw for n in names))
            )
            # (a dated story names its reporters in its dateline: reporters
            # it does not name sign the piece under them; a bare name may
            # sign a commentary read into the story)
            and (bare_name or not _names_other_reporters(self.drafts[self.cur].dateline, names))
        )
        if not signs_off and bare_name and self._signs_piece_before_waiting(j):
            # A name closing the stack printed under a finished piece, the
            # rest of a sentence left open above that piece under it: the
            # stack and the name are the finished piece's.
            self.zones.append(Zone(list(self.pending), self.cur, -1))
            self.pending.clear()
            signs_off = True
        if signs_off and self.drafts[self.cur].byline:
            # Signed already: the sign-off closes a story that began after
            # the last photo in it, its headline printed elsewhere, or a
            # piece titled by the one line read as the story's crosshead.
            signs_off = self._split_at_photo() or (bare_name and self._split_at_crosshead())
        elif signs_off and self.drafts[self.cur].starts_with == Opener.JUMP:
            # A continuation is signed on its first page: the sign-off closes
            # a story run on after it under a headline read as a paragraph.
            self._split_at_headline()
        if signs_off and self._photo_and_words_credit(names):
            # (the photo takes the title read over its caption)
            photo = self.drafts[self.cur]
            photo.kind = ArticleKind.PHOTO
            zone = next(zone for zone in self.zones if zone.after == self.cur)
            photo.heads = [list(zone.lines)]
            photo.lines.update(line.no for line in zone.lines)
            self.zones.remove(zone)
        if signs_off:
            # A reporters' line closing the story above it (…记者 某某 报道),
            # or a reader's signing a letter (株洲读者 某某).
            self.drafts[self.cur].byline = " ".join(squeeze_names(n.raw) for n in names)
            self.drafts[self.cur].lines.update(n.no for n in names)
            if not no_body_after and self._title_under_signature(j, names):
                # (the next letter's title under the signature: its stack)
                self.signed = self.cur
                self.pending.append(lines[j])
                return j + 1
        elif in_zone:
            self.pending.extend(names)  # a byline printed under a bunched headline
        else:
            before = self.cur
            if even or (bracketed and verse):
                self.zones.append(Zone(list(self.pending), -1, len(self.drafts)))
                self.pending.clear()
            d = self.new(Draft(starts_with=Opener.BYLINE))
            self.drafts[d].byline = " ".join(squeeze_names(n.raw) for n in names)
            self.drafts[d].lines.update(n.no for n in names)
            for k in range(j, j + verse):
                # (a line of verse is a paragraph of its own)
                self.add_body(lines[k])
                self.bodies[d].append(BREAK)
            if verse and (
                (poem and bracketed)
                or _stack_over_writer(lines, kinds, j + verse, line.raw)
                or (
                    j + verse < len(lines)
                    and looks_like_column(squash(lines[j + verse].raw))
                    and _stack_over_writer(lines, kinds, j + verse + 1, line.raw)
                )
            ):
                # (the next piece's stack under the poem's last line, under
                # its column's name or not: 散文 / title / 文丨某某; a verse
                # left open waits for no rest of its sentence)
                self.para_open = False
            j += verse
            if (
                bracketed
                and verse
                and j + 1 < len(lines)
                and kinds[j] == LineKind.TEXT
                and _titles_prose(squash(lines[j].raw), squash(lines[j + 1].raw))
            ):
                # (the next piece's title under the poem, over its text)
                self.pending.append(lines[j])
                j += 1
            if (
                poem
                and verse
                and not bracketed
                and self._prose_resumes(j)
                and self._has_text(before)
            ):
                # A poem printed into the column of a piece of prose: the
                # prose under it is that piece's, read on.
                last = next(
                    run[-1] for run in reversed(self.bodies[before]) if run not in (BREAK, PHOTO)
                )
                self.cur, self.last_stored = before, squeeze(last.raw)
                self.para_open = not ends_sentence(self.last_stored)
        return j

    def _title_under_signature(self, j: int, names: list[Line]) -> bool:
        """Line ``j``, under a letter's signature, is the next letter's title:
        a phrase of no sentence mark over text."""
        if not signs_letter(" ".join(n.raw for n in names)) or j + 1 >= len(self.lines):
            return False
        title = squash(self.lines[j].raw)
        return (
            self.kinds[j] == self.kinds[j + 1] == LineKind.TEXT
            and 0 < len(title) <= T.STRAY_HEAD_MAX
            and not _SENTENCE_MARK.search(title)
        )

    def _index(self, line: Line) -> int:
        """Where ``line`` (or the copy of it a story's body holds) is among
        the page's lines."""
        if self._at is None:
            self._at = {li.no: k for k, li in enumerate(self.lines)}
        return self._at[line.no]

    def _verse_signed_below(self) -> bool:
        """The lines read last are a title over short lines no stop closes,
        ragged as verse, and nothing else: a poem, which the bare name under
        it signs (过资江 / 船从上游下来 / … / 周子墨). They were read as the
        text of a story of their own (its last line perhaps held as a
        headline's), or held whole as headline lines."""
        return bool(self._verse_held()) or bool(self._verse_read())

    def _verse_held(self) -> list[Line]:
        """The lines held as a headline's, when they are a poem's title and
        verse (none otherwise)."""
        held = self.pending
        if len(held) > T.VERSE_MIN_LINES and self._verse(held[0], held[1:]):
            return list(held)
        return []

    def _verse_read(self) -> list[Line]:
        """The lines of the story read last and those held under it, when
        they are a poem's verse (and title, read as its first line)."""
        k = self.cur
        draft = self.drafts[k] if k >= 0 else None
        if draft is None or draft.byline or draft.starts_with in OPENERS:
            return []
        body = [li for run in self.bodies[k] if run not in (BREAK, PHOTO) for li in run]
        verse = [*body, *self.pending]
        if draft.heads:
            title = draft.heads[-1][-1]
        elif verse:
            title, verse = verse[0], verse[1:]  # (its title read as its first line)
        else:
            return []
        return verse if self._verse(title, verse) else []

    def _verse(self, title: Line, lines: list[Line]) -> bool:
        """``lines`` are a poem's, ``title`` over them: short lines no stop
        closes, ragged or short of the column, and none of a headline's
        marks (figures, quotes, a dash); not a group of poems or one named
        as verse (（组诗）, （外一首）), which other rules read, nor under a
        column's label."""
        verse = [squash(li.raw) for li in lines]
        if len(verse) < T.VERSE_MIN_LINES:
            return False
        at = self._index(title)
        above = squash(self.lines[at - 1].raw) if at > 0 else ""
        name = squash(title.raw)
        # (over it a finished paragraph, or another poem's poet; never a label)
        if not above or looks_like_column(above):
            return False
        if label_shaped(above) and not is_name_line(above):
            return False
        if looks_like_column(name) or len(name) < T.VERSE_TITLE_MIN:
            return False  # (a column's label read as the title: 诗歌, 百家)
        if any(_POEM_TITLE.search(text) for text in [name, *verse]):
            return False
        if any(
            len(text) > T.VERSE_LINE_MAX or ends_sentence(text) or _HEADLINE_MARK.search(text)
            for text in [name, *verse]
        ) or any(is_name_line(text) for text in verse):
            return False
        widths = [width(text) for text in verse]
        full = sum(w >= max(widths) - T.FLOW_SLACK for w in widths)
        if full * 2 < len(widths):
            return True  # (ragged: verse stops where its phrases do)
        # ... or every line short of the full column printed around it (the
        # wider of the two: another poem may stand above or below it), and
        # no clauses parted by pauses in them, as a narrow column's prose has
        around = (
            _column_at(self.lines, self.kinds, self._index(lines[0]), -1),
            _column_at(self.lines, self.kinds, self._index(lines[-1]), 1),
        )
        column = max((w for w in around if w is not None), default=None)
        pauses = sum(any(c in text for c in "，,、；;") for text in verse)
        return (
            column is not None
            and max(widths) <= column - T.FLOW_SLACK
            and pauses <= T.VERSE_PAUSED_LINES_MAX
        )

    def _sign_verse(self, names: list[Line]) -> int:
        """The poem read last signed by ``names``: each line of its verse a
        paragraph, its title its headline."""
        held = self._verse_held()
        if held:
            self.pending.clear()
            self.new(Draft(starts_with=Opener.HEAD))
            for line in held[1:]:
                self.add_body(line)
                self.bodies[self.cur].append(BREAK)
            self.drafts[self.cur].heads = [[held[0]]]
            self.drafts[self.cur].lines.add(held[0].no)
        else:
            for line in self.pending:
                self.add_body(line)
                self.bodies[self.cur].append(BREAK)
            self.pending.clear()
        draft, runs = self.drafts[self.cur], self.bodies[self.cur]
        if not draft.heads:
            first = next(k for k, run in enumerate(runs) if run not in (BREAK, PHOTO))
            title = runs[first].pop(0)
            if not runs[first]:
                del runs[first]
            while runs and runs[0] in (BREAK, PHOTO):
                del runs[0]
            draft.heads = [[title]]
            draft.starts_with = Opener.HEAD
        draft.byline = " ".join(squeeze_names(n.raw) for n in names)
        draft.lines.update(n.no for n in names)
        self.para_open = False
        return self._index(names[-1]) + 1

    def _prose_resumes(self, j: int) -> bool:
        """Line ``j`` opens a paragraph of prose: too long for verse, or
        the indented first line over such a line."""
        if j >= len(self.lines) or self.kinds[j] != LineKind.TEXT:
            return False
        flat = squash(self.lines[j].raw)
        below = squash(self.lines[j + 1].raw) if j + 1 < len(self.lines) else ""
        return len(flat) > T.VERSE_LINE_MAX or _opens_prose(flat, below)

    def _has_text(self, k: int) -> bool:
        return (
            k >= 0
            and self.drafts[k].kind != ArticleKind.PHOTO
            and any(run not in (BREAK, PHOTO) for run in self.bodies[k])
        )

    def _split_at_photo(self) -> bool:
        """Move the body read since the story's last photo to a draft of its
        own (an untitled story's, its headline to come); False when there is
        no such photo."""
        runs = self.bodies[self.cur]
        at = max((k for k, run in enumerate(runs) if run == PHOTO), default=-1)
        moved = [run for run in runs[at + 1 :] if run not in (BREAK, PHOTO)]
        if at < 0 or not moved:
            return False
        nos = {line.no for run in moved for line in run}
        self.drafts[self.cur].lines -= nos
        del runs[at:]
        self.drafts.append(Draft(starts_with=Opener.BODY, lines=nos))
        self.bodies.append(moved)
        self.cur = len(self.drafts) - 1
        return True

    def _split_at_crosshead(self) -> bool:
        """Move the story's one crosshead and the body under it to a draft
        of their own, that line its title (a single crosshead divides no
        piece into sections); False when the story has not exactly one,
        with text above and under it."""
        runs = self.bodies[self.cur]
        heads = [k for k, run in enumerate(runs) if _is_subhead_run(run)]
        if len(heads) != 1:
            return False
        at = heads[0]
        text = [k for k, run in enumerate(runs) if run not in (BREAK, PHOTO) and k != at]
        if not any(k < at for k in text) or not any(k > at for k in text):
            return False
        head = runs[at][0]  # type: ignore[index]
        moved = runs[at + 1 :]
        if moved and moved[0] is BREAK:
            moved = moved[1:]  # (the break that closed the crosshead)
        nos = {li.no for run in moved if run not in (BREAK, PHOTO) for li in run} | {head.no}
        del runs[at:]
        self.drafts[self.cur].lines -= nos
        title = Line(head.no, head.raw, 1, False)
        self.drafts.append(Draft(starts_with=Opener.HEAD, heads=[[title]], lines=nos))
        self.bodies.append(moved)
        self.cur = len(self.drafts) - 1
        return True

    def _split_at_headline(self) -> None:
        """Move the body from its first line that reads as a headline (no
        mark in it, narrower than the column, between a finished sentence and
        more text) to a draft of its own, headed by that line; nothing when
        there is none."""
        runs = self.bodies[self.cur]
        at = [
            (k, n)
            for k, run in enumerate(runs)
            if run not in (BREAK, PHOTO)
            for n in range(len(run))
        ]
        lines = [runs[k][n] for k, n in at]
        full = [width(squeeze(li.raw)) for li in lines if not ends_sentence(squeeze(li.raw))]
        if len(full) < T.COLUMN_SAMPLE_MIN:
            return
        column = column_width(full)
        for m in range(1, len(lines) - 1):
            text = squeeze(lines[m].raw)
            if (
                ends_sentence(squeeze(lines[m - 1].raw))
                and not ends_sentence(text)
                and not any(c in text for c in "，,。；;：:、")
                and width(text) <= column - T.FLOW_SLACK
                # (and the next line opens a sentence of its own, no word run over)
                and start_of(lines[m + 1].raw) in (Start.PLAIN, Start.FIGURE)
                and word_across(text, lines[m + 1].raw) < T.HEAD_CUT_WORD
            ):
                break
        else:
            return
        k, n = at[m]
        head = runs[k][n]
        moved: list[Run | Gap] = [runs[k][n + 1 :]] if runs[k][n + 1 :] else []
        moved += runs[k + 1 :]
        del runs[k][n:]
        del runs[k + 1 :]
        nos = {li.no for run in moved if run not in (BREAK, PHOTO) for li in run} | {head.no}
        self.drafts[self.cur].lines -= nos
        self.drafts.append(Draft(starts_with=Opener.HEAD, heads=[[head]], lines=nos))
        self.bodies.append(moved)
        self.cur = len(self.drafts) - 1

    def _continuation(self, i: int) -> int:
        line = self.lines[i]
        match, jump = jumps_in(line.raw)[0]
        d = self.new(Draft(kind=ArticleKind.CONTINUATION, starts_with=Opener.JUMP))
        self.drafts[d].markers.append(match.group(0).strip())
        self.drafts[d].jumps.append(jump)
        self.drafts[d].lines.add(line.no)
        rest = line.raw[match.end() :].strip()
        if rest:
            self.add_body(line, rest)
        return i + 1

    def _marker(self, i: int) -> int:
        line = self.lines[i]
        draft = self.drafts[self.cur]
        for match, jump in jumps_in(line.raw):
            draft.markers.append(match.group(0).strip())
            draft.jumps.append(jump)
            self.sent_on = self.sent_on or jump.direction == "to"
        draft.lines.add(line.no)
        self.bodies[self.cur].append(BREAK)
        self.para_open = False
        return i + 1

    def _caption(self, i: int) -> int:
        lines, kinds = self.lines, self.kinds
        j = i
        caption = [lines[j]]
        if (
            self.pending
            and _credit_alone(lines[i].raw)
            and i + 1 < len(lines)
            and kinds[i + 1] == LineKind.CAPTION
            and credit_match(lines[i + 1].raw) is None
        ):
            # The credit drawn on the picture's foot, between its title and
            # its caption (夜游湘江 / 记者 某某 摄 / 6月16日晚，…): the caption
            # under it is the photo's.
            j += 1
            caption.append(lines[j])
        while credit_match(lines[j].raw) is None and j + 1 < len(lines):
            nxt = lines[j + 1]
            if _credit_cut_at_line_end(lines, j):
                break  # (its rest, on the next line, is taken below)
            if kinds[j + 1] == LineKind.CAPTION:
                pass
            elif (
                kinds[j + 1] == LineKind.TEXT
                and nxt.gap <= T.CAPTION_GAP
                and not ends_sentence(squeeze(lines[j].raw))
            ):
                pass  # the rest of a caption's sentence, on a line of column width
            elif _sentences_to_credit(lines, kinds, j + 1):
                pass  # the caption's last sentences, ending right over its credit
            else:
                break
            j += 1
            caption.append(lines[j])
        if _credit_cut_at_line_end(lines, j):
            # A credit cut inside a word at the caption's line end (…记者 某某 通
            # / 讯员 某某 摄): its rest is the caption's.
            j += 1
            caption.append(lines[j])
        if (
            credit_match(lines[j].raw) is None
            and j + 1 < len(lines)
            and kinds[j + 1] == LineKind.BYLINE
            and squash(lines[j + 1].raw).endswith("报道")
            and ends_sentence(squeeze(lines[j].raw))
        ):
            # A photo reported by its reporter (…记者 某某 报道) right under
            # its caption: the credit of the photo, no story's sign-off.
            j += 1
            caption.append(lines[j])
        photo = Draft(kind=ArticleKind.PHOTO, starts_with=Opener.PHOTO)
        wrapped = self._wrapped_title()
        if wrapped is not None:
            # A short title wrapped over two tight lines, alone over the
            # caption (雨后梯田 / 如画卷): the photo's, read as one line.
            both = self.pending[-2:]
            self.pending[-2:] = [wrapped]
            if self._photo_title(wrapped, caption):
                photo.lines.add(both[1].no)
            else:
                self.pending[-1:] = both
        title = self.pending[-1] if self.pending else None
        word = None  # (a cartoon's word under its title)
        self.loose_title = False
        if title is not None and self._photo_title(title, caption):
            # A short line right above a caption is the photo's title.
            self.pending.pop()
            photo.heads = [[title]]
            photo.lines.add(title.no)
            kicker = self._group_kicker(caption)
            if kicker is not None:
                photo.heads.insert(0, [kicker])
                photo.lines.add(kicker.no)
            if self.loose_title and self.cur >= 0:
                self.loose.append((photo, self.drafts[self.cur]))
            if self._cartoons_title(title, caption):
                # (a drawing's title over the word 漫画 and its drawer,
                # alone under a finished piece: 某事 / 漫画 / 某某 作; the
                # word is what it prints for text)
                drawn = self.pending.pop()
                photo.heads = [[drawn]]
                photo.lines.add(drawn.no)
                word = title
        # Headline lines right above the photo close the story read so far: a
        # title under the photo is not that story's.
        headed = bool(self.pending)
        if self.pending:
            self.zones.append(Zone(list(self.pending), self.cur, -1))
            self.pending.clear()
        # A photo sits inside the story being read, which goes on after it.
        if self.cur >= 0 and not self.para_open and self.bodies[self.cur]:
            self.bodies[self.cur].append(PHOTO)
        for part in _group_parts(caption):
            _fill_caption(photo, part)
        if word is not None:
            said = [para for para in photo.paras if para.text.strip()]
            photo.paras = [Para(CARTOON_WORD, [word.no], raw=word.raw.strip()), *said]
            self.drawn_under_note = self.noted
        self.drafts.append(photo)
        self.bodies.append([])
        if not photo.heads and self._title_under(j + 1, caption, headed):
            # The title drawn under its photo's caption.
            photo.heads = [[lines[j + 1]]]
            photo.lines.add(lines[j + 1].no)
            nxt = j + 2
            if self._title_wraps_on(j + 1):
                # (its last words wrapped onto a tight line: 消防演练 / 进校园)
                photo.heads = [[lines[j + 1], lines[j + 2]]]
                photo.lines.add(lines[j + 2].no)
                nxt = j + 3
            if nxt < len(lines) and squash(lines[nxt].raw) == squash(lines[j + 1].raw):
                self.doubled.append(lines[nxt].raw)  # drawn twice for a bold effect
                nxt += 1
            return nxt
        return j + 1

    def _title_wraps_on(self, k: int) -> bool:
        """A photo's short title at ``k`` goes on a few characters on the line
        set tight under it, the two no longer than a short title."""
        if k + 1 >= len(self.lines) or self.kinds[k + 1] != LineKind.TEXT:
            return False
        nxt = self.lines[k + 1]
        head, tail = squash(self.lines[k].raw), squash(nxt.raw)
        return (
            nxt.gap == 0
            and T.WRAPPED_TITLE_TAIL_MIN <= len(tail) <= T.WRAPPED_TITLE_PIECE_MAX
            and len(head + tail) <= T.PHOTO_TITLE_SHORT
            and all(is_cjk(c) for c in tail)
        )

    def _group_kicker(self, caption: list[Line]) -> Line | None:
        """A short line over the title of photos under one credit, itself
        right under another photo's credit (no story waits there for its
        headline): the kicker of the story in pictures."""
        if not self.pending or len(_group_parts(caption)) < 2:
            return None
        line = self.pending[-1]
        at = self.lines.index(line)
        text = squash(line.raw)
        if at == 0 or len(self.pending) > 1 or self.kinds[at - 1] != LineKind.CAPTION:
            return None
        if len(text) > T.COLUMN_PHOTO_TITLE_SURE_MAX or _CLAUSE_MARKS.search(text):
            return None
        return self.pending.pop()

    def _wrapped_title(self) -> Line | None:
        """The last two lines pending over a caption as one, when they are
        printed tight (no blank between them) and apart from any line above
        them, together no longer than a photo's title, with no clause in them."""
        if len(self.pending) < 2 or self.para_open:
            return None
        first, second = self.pending[-2:]
        if len(self.pending) > 2 and first.gap == 0:
            return None  # (tight under the line above too: a stack's lines)
        text = squash(first.raw) + squash(second.raw)
        if second.gap != 0 or len(text) > T.COLUMN_PHOTO_TITLE_MAX or _CLAUSE_MARKS.search(text):
            return None
        return Line(first.no, text, first.gap, first.indent)

    def _title_under(self, k: int, caption: list[Line], headed: bool = False) -> bool:
        """A short line right under a caption is the photo's title when it
        shares more words with the caption than with the story (荷花盛开引客来
        under a caption of a lotus field)."""
        if k >= len(self.lines) or self.kinds[k] != LineKind.TEXT or self.lines[k].gap > 1:
            return False
        if k + 1 < len(self.lines) and self.kinds[k + 1] == LineKind.CAPTION:
            return False  # the title of the next photo, above its caption
        if all(_credit_alone(li.raw) for li in caption):
            # A credit alone (at the page's top) has no caption words to be
            # titled by: a title under it heads the photo printed under that.
            return False
        text = undouble(squash(self.lines[k].raw))
        if len(text) > T.COLUMN_PHOTO_TITLE_SURE_MAX or ends_sentence(text):
            return False
        if any(c in text for c in "，。,；;") or (label_shaped(text) and looks_like_column(text)):
            return False
        if len(text) <= 2 or is_name_line(text):
            return False  # a two-character label (新论) or a bare name: the next story's
        if self._opens_dated_stack(k, text) and not self._wrapped_title_of_caption(k, caption):
            return False  # the next report's title, wrapped (…经开区引进 / …项目 / dateline)
        about_photo = word_share(text, " ".join(li.raw for li in caption))
        if (
            not about_photo
            and k + 1 < len(self.lines)
            and self.kinds[k + 1] == LineKind.DATELINE
            and word_share(text, self._text_below(k + 1)) >= T.DATED_TITLE_OVER_CAPTION_WORDS
        ):
            # (none of the caption's words and many of the lead's under the
            # dateline right under it: that report's title)
            return False
        if (
            not about_photo
            and k + 2 < len(self.lines)
            and self.kinds[k + 2] in (LineKind.DATELINE, LineKind.BYLINE)
            and not self._titles_headless_story(k + 1)
        ):
            # (none of the caption's words, over one line over a dateline or a
            # byline: the kicker or label of that piece's stack, 宁乡经开区 /
            # 一季度将有…, 行走某地 / 雨中的某某古城 / 文丨某某)
            return False
        # (a story whose headline lines were printed over its dateline has a
        # headline already: the line is the photo's, whatever words they share)
        headed = headed or any(zone.after == self.cur >= 0 for zone in self.zones)
        about_story = 0.0 if headed else word_share(text, self.body_text())
        if len(text) <= T.COLUMN_PHOTO_TITLE_MAX:
            return about_photo >= about_story  # a photo title's length, right under it
        return about_photo > about_story

    def _titles_headless_story(self, j: int) -> bool:
        """Line ``j`` is the headline of the story read, printed after its
        text (no headline over it): it holds many of that story's words, more
        than of the text under it (…夏季攻势”动员部署视频会召开 /
        全省脱贫攻坚“夏季攻势”启动), and heads no stack of the story below."""
        if self.cur < 0 or self.drafts[self.cur].heads:
            return False
        text = squash(self.lines[j].raw)
        story = "".join(
            li.raw for run in self.bodies[self.cur] if run not in (BREAK, PHOTO) for li in run
        )
        share = word_share(text, story)
        return share >= T.DATED_TITLE_OVER_CAPTION_WORDS and share > word_share(
            text, self._text_below(j)
        )

    def _text_below(self, k: int) -> str:
        """The running text of the lines after line ``k``, to the next
        headline's reach (``STORY_BELOW_BLOCKS`` lines)."""
        return " ".join(li.raw for li in self.lines[k + 1 : k + 1 + T.STORY_BELOW_BLOCKS])

    def _wrapped_title_of_caption(self, k: int, caption: list[Line]) -> bool:
        """Line ``k`` and the short line set tight under it, over a dateline,
        name the caption above and none of the dated story's first lines
        (消防演练 / 进校园 under a school's fire drill, over a gas report)."""
        if not self._title_wraps_on(k):
            return False
        title = squash(self.lines[k].raw) + squash(self.lines[k + 1].raw)
        below = " ".join(li.raw for li in self.lines[k + 2 : k + 2 + T.STORY_BELOW_BLOCKS])
        return word_share(title, " ".join(li.raw for li in caption)) > 0 and not word_share(
            title, below
        )

    def _opens_dated_stack(self, k: int, text: str) -> bool:
        """Line ``k`` (``text``) is the first line of a dated report's stack:
        the headline line under it, a dateline under that, is printed tight
        against it (one headline wrapped), or goes on its phrase, a noun
        phrase (a verb's object: …经开区引进 / 新能源汽车零部件项目). A title
        of its own (荷花盛开引客来) stands over a line that says what was done."""
        nxt = k + 1
        if nxt + 1 >= len(self.lines) or self.kinds[nxt] != LineKind.TEXT:
            return False
        under = squash(self.lines[nxt].raw)
        if self.kinds[nxt + 1] == LineKind.DATELINE and self.lines[nxt].gap == 0 and under != text:
            return True  # one headline wrapped tight over the dateline (…采摘季 / 迎来销售旺季)
        return (
            self.kinds[nxt + 1] == LineKind.DATELINE
            and not ends_sentence(under)
            and _left_wanting(text, under)
            and not any(t.flag.startswith("v") and t.flag != "vn" for t in pos_tags(under))
        )

    def _credit_waiting(self) -> bool:
        """A credit printed alone (at the page's top) has no photo yet."""
        return any(
            d.kind == ArticleKind.PHOTO and d.byline and not d.heads and not d.body
            for d in self.drafts
        ) and not any(d.kind == ArticleKind.PHOTO and not d.byline for d in self.drafts)

    def _stack_opens(self, k: int) -> bool:
        """Lines from ``k`` on are a headline stack of a line or a few, then
        the writers' line or a dateline."""
        for j in range(k, min(len(self.lines), k + T.STACK_IN_CUT_LINES + 1)):
            if self.kinds[j] in (LineKind.BYLINE, LineKind.DATELINE):
                return j > k
            if self.kinds[j] != LineKind.TEXT or ends_sentence(squeeze(self.lines[j].raw)):
                return False
        return False

    def _elsewhere(self, text: str) -> float:
        """The share of the words of ``text`` in the one story read so far,
        other than the one being read, that holds them most; 0 when several
        hold as many (words of the page's common subject: 湖区 on a page of
        the flood). A story with headline lines printed right over or under
        its body has its headline there and is left out."""
        headed = {z.before for z in self.zones} | {z.after for z in self.zones}
        shares = []
        for k, runs in enumerate(self.bodies):
            if k == self.cur or k in headed:
                continue
            body = "".join(li.raw for run in runs if run not in (BREAK, PHOTO) for li in run)
            if body:
                shares.append(word_share(text, body))
        best = max(shares, default=0.0)
        return best if shares.count(best) == 1 else 0.0

    def _cartoons_title(self, word: Line, caption: list[Line]) -> bool:
        """The line left pending over a cartoon's word (漫画, its drawer's
        credit under it) is the drawing's title: the only one pending, short,
        of no clause, under text that ends a sentence or a note."""
        if squash(word.raw) != CARTOON_WORD or len(self.pending) != 1:
            return False
        if not DRAWN_BY.search(squash(caption[-1].raw)):
            return False
        title = squash(self.pending[0].raw)
        k = next((k for k, line in enumerate(self.lines) if line.no == self.pending[0].no), 0)
        above = squash(self.lines[k - 1].raw) if k else ""
        return (
            0 < len(title) <= T.PHOTO_TITLE_MAX
            and not any(c in title for c in "，,。；;：:")
            and (ends_sentence(above) or above[-1:] in "）)")
        )

    def _photo_title(self, title: Line, caption: list[Line]) -> bool:
        """A short line right above a caption is the photo's title (春茶飘香)
        when it stands apart from the headline lines above it (more room
        above it than between them), or when its words are the caption's
        rather than the story's (alone, at least as much). Never a piece of the stack above:
        the last word of a line wrapped alone, a "某某出席" line, a dash-led
        subtitle. A longer line is the photo's only when its words are the
        caption's and not the story's."""
        text = undouble(squash(title.raw))  # drawn twice for a bold effect
        if any(c in text for c in "，。,；;") or DASH_LED.match(text) or is_attendance(text):
            return False
        if is_byline(title.raw) or is_name_line(title.raw.strip()):
            return False  # a signature closing the stack above (湖南日报评论员 / 某某)
        if label_shaped(text) and looks_like_column(text) and not _CARTOON_TITLE.match(text):
            return False  # a column's name (锐评) over the story next to the photo
        above = self.pending[-2] if len(self.pending) > 1 else None
        if above is not None and is_attendance(squeeze(above.raw)):
            # "某某出席" is the last line of its stack: what comes after is not
            # that stack's.
            return len(text) <= T.COLUMN_PHOTO_TITLE_SURE_MAX
        if above is not None and (title.gap == 0 or self._wrapped_over_caption(above, title)):
            return False
        cap = " ".join(li.raw for li in caption)
        # (a cartoon is printed under its title, whatever its words; one that
        # names itself so, 漫画：某某, may be as long as any photo's)
        named = bool(_CARTOON_TITLE.match(text))
        longest = T.PHOTO_TITLE_MAX if named else T.COLUMN_PHOTO_TITLE_MAX
        if ("漫画" in cap or named) and len(text) <= longest and title.gap != 0:
            return True
        if _WORK_NAMED.search(text) and len(text) <= T.PHOTO_TITLE_MAX and title.gap != 0:
            return True  # an artwork's title names the work (书法作品《某某》)
        story = self.body_text()
        about_photo, about_story = word_share(text, cap), word_share(text, story)
        if GROUP_CREDIT.search(cap) and len(_group_parts(caption)) > 1:
            after = self.lines.index(caption[-1]) + 1
            # (a title naming the captions' scene, none of the story's words,
            # may be as long as a titled photo's)
            named = about_photo > 0 and not about_story
            # (or none of any story's words, a story under the credit headed
            # by a stack of its own: no headline of the story above, nor of
            # the one below, 全民健身日 运动嗨起来 over a day's scenes)
            named = named or (
                not about_story and not self._elsewhere(text) and self._stack_opens(after)
            )
            longest = T.COLUMN_PHOTO_TITLE_SURE_MAX if named else T.PHOTO_TITLE_SHORT
            if len(_MARKS.sub("", text)) <= longest and not self._title_under(after, caption):
                # Photos under one credit tell a story in pictures, titled over
                # them unless the title is printed under their credit.
                return True
        # Its length is its words' (quote marks say nothing), unless the story
        # above holds its words as much as the caption: then a headline's.
        told = about_story > 0 and about_story >= about_photo
        size = len(text) if told else len(_MARKS.sub("", text))
        # (the caption's words rather than the story's: a photo beside a
        # story of its subject shares some of that story's words too)
        sure = about_photo >= T.PHOTO_TITLE_WORDS and about_story < about_photo
        # (a line holding some of the caption's words may be a little longer)
        longest = (
            T.COLUMN_PHOTO_TITLE_SURE_MAX
            if sure
            else T.COLUMN_PHOTO_TITLE_NAMED_MAX
            if about_photo
            else T.COLUMN_PHOTO_TITLE_MAX
        )
        if about_photo >= T.PHOTO_TITLE_WORDS_ALL and about_story < about_photo / 2:
            longest = T.PHOTO_TITLE_MAX  # (a title that names the caption's scene whole)
        if size > longest:
            return False
        if caption[0].gap > 1:
            return sure and above is None
        if above is None and title.gap > 1 and size <= T.COLUMN_PHOTO_TITLE_MAX:
            # Set apart from all above it and tight over the caption: a photo
            # printed beside a story of its subject shares that story's words.
            return True
        if above is not None and title.gap > max(above.gap, 1):
            return True  # set apart from the stack above it
        if above is not None and above.gap == 0 and title.gap > 0 and size <= T.PHOTO_TITLE_SHORT:
            # (a blank under a stack set tight: 湘赣边区域合作示范区建设 /
            # 加快推进, then 迎接中非经贸博览会 over the caption)
            return True
        if (
            above is None
            and not self.para_open
            and title.gap >= caption[0].gap
            and size <= T.PHOTO_TITLE_SHORT
        ):
            # Alone between a finished paragraph and a caption, as far from
            # the one as from the other: the short title of the photo (a
            # crosshead heads text), unless the story above proves to have
            # no other headline (see ``_return_loose_titles``).
            self.loose_title = True
            return True
        if above is not None and DASH_LED.match(squeeze(above.raw)):
            return True  # a dash-led subtitle closes the stack above it
        if (
            about_photo == about_story
            and len(self.pending) > T.BUNCHED_ZONE_MIN
            and self._elsewhere(text) > about_photo
        ):
            return False  # the headline of another story read before, bunched here
        if about_photo == about_story:
            # As much the caption's as the story's: a short phrase is the
            # photo's (湘江夜色), a stack's lines are longer; a little longer
            # when it names some of the caption (会场外的“代表通道” over
            # deputies interviewed at their hotel).
            short = T.COLUMN_PHOTO_TITLE_NAMED_MAX if about_photo else T.PHOTO_TITLE_SHORT
            return above is None or size <= short
        if (
            above is not None
            and title.gap > 0
            and size <= T.PHOTO_TITLE_UNDER_TITLE_MAX
            and word_share(undouble(squash(above.raw)), story)
            > max(about_story, T.PHOTO_TITLE_WORDS)
            and len(undouble(squash(above.raw))) > T.COLUMN_PHOTO_TITLE_NAMED_MAX
        ):
            # A whole title of the story stands over it (高温天更要关心户外劳动者 /
            # 清凉一夏 / the caption): a short phrase under that title, right over
            # the caption, names the photo, though the story speaks of it too.
            return True
        return about_photo > about_story or (above is None and about_photo == about_story)

    def _title_under_byline(self, i: int) -> bool:
        """A feature opened by its reporters' line alone, its title right
        under it at the column's width and the title's last word alone on
        the next line (湖南日报记者 某某 / 在铜官窑遗址，听泥土讲述千年 / 窑火
        / text): the two lines read as its text are its title, now taken."""
        read = self._text_under_reporters(i)
        word = squash(self.lines[i].raw)
        if read is None or len(read) != 1 or len(word) > T.HEAD_WORD_ALONE_MAX:
            return False
        if ends_sentence(word):
            return False
        self._text_read_as_stack([[read[0], self.lines[i]]])
        return True

    def _stack_handed_under_byline(self, i: int) -> bool:
        """A feature opened by its reporters' line alone, its kicker under it
        handing over to the title with a dash (湖南日报记者 某某 / 一张年画要经过
        20多道工序， / 从竹纸到成画全靠手工—— / 滩头“画匠”的坚守与新生 / text):
        the lines read as its text are its kicker, line ``i`` its title."""
        read = self._text_under_reporters(i)
        title = squash(self.lines[i].raw)
        if read is None or not 0 < len(read) <= T.HANDED_KICKER_LINES:
            return False
        if not squash(read[-1].raw).endswith("——"):
            return False
        if len(title) > T.HEAD_STACKED_MAX or ends_sentence(title) or "——" in title:
            return False
        self._text_read_as_stack([read, [self.lines[i]]])
        return True

    def _text_under_reporters(self, i: int) -> list[Line] | None:
        """The lines read as the text of a feature opened by its reporters'
        line alone, no headline yet, with text under line ``i``; else None."""
        k = self.cur
        if k < 0 or not self.para_open or self.pending:
            return None
        draft = self.drafts[k]
        if draft.starts_with != Opener.BYLINE or draft.heads or "记者" not in draft.byline:
            return None
        if i + 1 >= len(self.lines) or self.kinds[i + 1] != LineKind.TEXT:
            return None
        return [li for run in self.bodies[k] if run not in (BREAK, PHOTO) for li in run]

    def _text_read_as_stack(self, heads: list[list[Line]]) -> None:
        """The story being read takes ``heads``, lines read as its text, as
        its headline; its text starts again."""
        draft = self.drafts[self.cur]
        self.bodies[self.cur].clear()
        draft.heads = heads
        draft.lines.update(li.no for unit in heads for li in unit)
        self.para_open = False
        self.last_stored = ""

    @staticmethod
    def _wrapped_over_caption(above: Line, title: Line) -> bool:
        """A short line over a caption is the last word of the headline line
        above it, wrapped, only when that line cannot end where it does: it
        stops on a particle, preposition or conjunction, or a word runs over
        the break (更便捷更 / 舒心). Under a line that ends on a whole phrase
        it is the photo's title (…产业化基地 / 团圆 over a festival meal)."""
        if not _word_left_alone(above, title):
            return False
        head, tail = squash(above.raw), squash(title.raw)
        return stops_on_open_word(head) or word_across(head, tail) >= T.HEAD_CUT_WORD

    def _text(self, i: int) -> int:
        """Plain text: body of the story being read, a headline line, a
        subhead, or the first line of a story whose headline is elsewhere."""
        line = self.lines[i]
        if self.cur >= 0 and self.para_open and SALUTATION.match(squash(line.raw)):
            self._take_back_heads()
        if self._title_under_byline(i) or self._stack_handed_under_byline(i):
            return i + 1
        bunched = _crossheads_bunched(self.lines, self.kinds, i)
        writers = bool(self.pending) and (
            is_name_line(self.pending[-1].raw.strip()) or is_byline(self.pending[-1].raw)
        )
        if bunched and (
            writers or (self.cur >= 0 and not self.bodies[self.cur] and not self.pending)
        ):
            # A feature's crossheads printed together under its stack and
            # writers, over its text (从某到某：某某 / 从某到某：某某): each a
            # crosshead of it, none a line of its stack.
            if self.pending:
                self.new(Draft(starts_with=Opener.BODY))
            for k in range(i, i + bunched):
                self._subhead([self.lines[k]])
            return i + bunched
        box = self.cur >= 0 and self.para_open and not self.pending
        if box and FIGURES_BOX.match(squash(line.raw)):
            # (a box named for its figures, 数读·…, printed into a cut
            # sentence: an item of its own, the sentence's rest under it)
            table = _table_under_title(self.lines, self.kinds, i)
            if table:
                held = (self.cur, self._open_tail())
                i = self._table(i, table)
                self.waiting, self.waiting_tail = held
                return i
        box = box and _box_in_text(self.lines, self.kinds, i)
        if box:
            # A box drawn into a sentence the column goes on with under it.
            self.boxed.append(" ".join(li.raw for li in self.lines[i : i + box]))
            return i + box
        if self.cur >= 0 and self.para_open and not self.pending:
            if (
                i > 0
                and squash(self.lines[i - 1].raw) == squash(line.raw)
                and _body_line_twice(self.lines, i - 1)
                and self._last_body_is(i - 1)
            ):
                self.doubled.append(line.raw)  # the copy of the line just read
                return i + 1
            if self._dateline_end_twice(i):
                self.doubled.append(line.raw)  # the copy of a broken dateline's last line
                return i + 1
            if self._stack_before_opener(i) or self._stack_before_signature(i):
                # The next story's headline printed under a sentence left
                # open: that paragraph goes on further down, after the story.
                self.pending.append(line)
                self.stack_in_cut = True
                return i + 1
            stack = self._stack_before_marker(i)
            if stack:
                # The story's own headline, printed at its foot over its jump
                # marker: the sentence goes on on the page the marker names.
                draft = self.drafts[self.cur]
                draft.heads = [[line] for line in self.lines[i:stack]]
                draft.lines.update(line.no for line in self.lines[i:stack])
                return stack
            stack = self._stack_before_rest(i)
            if stack:
                # Another story's headline printed into the sentence, whose
                # rest follows it (…关门或 / stack / 转型。…): the stack goes to
                # the body it names, the sentence goes on.
                self.zones.append(Zone(list(self.lines[i:stack]), self.cur, -1))
                return stack
            if self._title_over_caption(i):
                # A photo printed into the sentence, its title over its
                # caption: the sentence goes on under the photo.
                self.pending.append(line)
                return i + 1
            if self._cut_for_other_column(i):
                # The story stops mid-sentence at its column's foot and a
                # piece set to another width opens under it, its headline
                # printed elsewhere: the sentence goes on after that piece.
                if _no_open_sentence(self.last_stored):
                    # (the lines of no sentence read last, after a finished
                    # one, were a headline over the new piece: read it anew)
                    self._take_back_heads()
                    if not self.para_open:
                        return self._text(i)
                    self.new(Draft(starts_with=Opener.BODY))
                else:
                    held = (self.cur, self._open_tail())
                    self.set_in_cut = self.new(Draft(starts_with=Opener.BODY))
                    self.waiting, self.waiting_tail = held
            elif self._rest_of_waiting(i):
                self._switch_to_waiting()
            elif self._story_above_resumes(i):
                self._back_to_story_above()
            self._close_notice_line(i)
            self.add_body(line)
            self._close_notice_line(i)
            return i + 1
        if (
            self.waiting >= 0
            and self.cur >= 0
            and not self.pending
            and (
                _goes_on_strongly(self.waiting_tail, squeeze(line.raw))
                or (
                    not self.para_open
                    and (
                        _ends_a_cut_sentence(squeeze(line.raw))
                        # (…星沙 / 街道还建立了…: a name the waiting story prints)
                        or bool(
                            self._named_across(self.waiting, self.waiting_tail, squeeze(line.raw))
                        )
                    )
                )
            )
        ):
            # The rest of the sentence the waiting story left open, after a
            # finished paragraph of the story read since.
            self._switch_to_waiting()
            self.add_body(line)
            return i + 1
        if (
            self.cur >= 0
            and not self.pending
            and i > 0
            and squash(self.lines[i - 1].raw) == squash(line.raw)
            and _paragraph_end_twice(self.lines, i - 1)
            and self._last_body_is(i - 1)
        ):
            self.doubled.append(line.raw)  # the copy of the paragraph's last line
            return i + 1
        if (
            self.cur >= 0
            and not self.pending
            and squash(line.raw) == _EDITORS_WORDS
            and not self.para_open
            and self.bodies[self.cur]
        ):
            # The editors' words under a finished story: a note of their own,
            # titled so (编者按 opens a story's text; 编后 closes the story's).
            note = self.new(Draft(starts_with=Opener.HEAD, heads=[[line]]))
            self.drafts[note].lines.add(line.no)
            return i + 1
        if self.cur >= 0 and not self.pending and EDITORS_NOTE.fullmatch(squash(line.raw)):
            self._subhead([line])  # 编者按 alone on its line: a paragraph of its own
            return i + 1
        if self.cur >= 0 and not self.pending and _MORE_POEMS.match(squash(line.raw)):
            # The second poem of a piece titled …（外一首）, under its own name:
            # a heading inside the piece, no item of its own.
            self._subhead([line])
            return i + 1
        # A caption with no credit beside it, under its photo's title (with
        # none, a lone sentence a little wide is a paragraph of one line).
        if (
            self.pending
            and not (self.cur >= 0 and self.para_open)
            and (
                _caption_apart(self.lines, self.kinds, i)
                or _caption_over_credit(self.lines, self.kinds, i)
                # (a scene, under its title, when a credit printed alone at the
                # page's top waits for the photo it credits)
                or (bool(SCENE_CAPTION.match(squash(line.raw))) and self._credit_waiting())
                # (or over the group's next caption, the group's credit under
                # its last one: 假日里的某某 / 10月4日，… / 10月5日，… / 以上图片均由…摄)
                or (
                    bool(SCENE_CAPTION.match(squash(line.raw)))
                    and ends_sentence(squeeze(line.raw))
                    and i + 1 < len(self.lines)
                    and self.kinds[i + 1] == LineKind.CAPTION
                )
            )
        ):
            return self._caption(i)
        if (
            not self.pending
            and not (self.cur >= 0 and self.para_open)
            and SCENE_CAPTION.match(squash(line.raw))
            and _sentences_to_credit(self.lines, self.kinds, i)
        ):
            # An untitled photo's caption after a finished paragraph: its day
            # and place alone in a clause (9月12日，某县某镇，…), its lines
            # running to a sentence end right over the credit.
            return self._caption(i)
        briefs = (
            0 if self.para_open or self.pending else _one_line_briefs(self.lines, self.kinds, i)
        )
        if briefs:
            # A strip of one-line briefs under its name (简讯 / …。 / …。):
            # each line an item of its own under that name.
            label = squash(line.raw)
            for k in range(i + 1, i + 1 + briefs):
                d = self.new(Draft(starts_with=Opener.BODY, column=label))
                if k == i + 1:
                    self.drafts[d].lines.add(line.no)
                self.add_body(self.lines[k])
                self.bodies[d].append(BREAK)
            self.para_open = False
            return i + 1 + briefs
        # (a framed word over a list's title, 名 单, is the page's box, and the
        # stack over it the story's above, printed after its text: the list
        # under the title is read all the same)
        framed = not self.pending or len(squash(self.pending[-1].raw)) <= T.FRAMED_WORD_MAX
        table = 0 if self.para_open or not framed else _table_under_title(self.lines, self.kinds, i)
        if table:
            if self.pending:
                self.boxed.append(self.pending.pop().raw.strip())
            if self.pending:
                self.zones.append(Zone(list(self.pending), self.cur, -1))
                self.pending.clear()
            return self._table(i, table)
        verse = (
            0 if self.para_open or self.pending else _verse_before_title(self.lines, self.kinds, i)
        )
        if verse:
            # A poem printed before its title and poet: a piece of its own,
            # a line of verse a paragraph; its title is read after it.
            d = self.new(Draft(starts_with=Opener.BODY))
            for k in range(i, i + verse):
                self.add_body(self.lines[k])
                self.bodies[d].append(BREAK)
            self.pending.append(self.lines[i + verse])
            return i + verse + 1
        cur = self.drafts[self.cur] if self.cur >= 0 else None
        opening = cur is not None and not self.bodies[self.cur] and cur.starts_with in OPENERS
        # Running text (a clause break in it) right under a byline that closes
        # the headline lines read so far is a story's first line.
        # So is one of no clause whose sentence the line under it goes on
        # inside (文丨某某 / 老家的屋子是…垒起来 / 的，土墙青瓦，…).
        opening = opening or (
            bool(self.pending)
            and is_byline(self.pending[-1].raw)
            and (any(c in squash(line.raw) for c in "，,；;") or self._sentence_goes_on_under(i))
            and not self._kicker_handing_over(i)
        )
        if (opening or i < self.stack_end) and self._stack_under_byline(i):
            # A feature's writers printed over its headline (湖南日报记者 某某
            # / 从“打鱼郎”到“护渔人” / 沅江渔民上岸记): its stack, then its text.
            self.pending.append(line)
            self.stack_end_no = self.lines[self.stack_end - 1].no + 1
            return i + 1
        if (
            self.pending
            and cur is not None
            and cur.starts_with == Opener.BYLINE
            and not self.bodies[self.cur]
            and self.pending[0].no > max(cur.lines, default=-1)
            and not _is_headline_line(self.lines, self.kinds, i, self.body_text)
        ):
            # (a stack read under the writers is theirs: no story above takes it)
            if self.pending[0].no < self.stack_end_no:
                self.zones.append(Zone(list(self.pending), -1, self.cur, under_writers=True))
            else:
                self.zones.append(Zone(list(self.pending), self.cur - 1, self.cur))
            self.pending.clear()
            self.add_body(line)
            return i + 1
        if (
            opening
            and section_number(line.raw) > 1
            and not ends_sentence(line.raw)
            and not _item_runs_on(self.lines, self.kinds, i)
        ):
            # A piece in numbered sections may open here on a later one's
            # crosshead (二、…), its first section printed in another column:
            # a crosshead, not the first line of a paragraph.
            self._subhead([line])
            return i + 1
        if self._opens_sections(i):
            # The first of a numbered series of crossheads (一、…) under a
            # story's finished paragraph, the second (二、…) further down its
            # text: the story's first section, no headline of another.
            self._subhead([line])
            return i + 1
        story = -1 if self.para_open or self.pending else self._series_holder(line)
        if story >= 0:
            # The next crosshead of a story's numbered series: a section of
            # that story, whatever was set into it since (a news item with
            # its dateline under the crosshead before its section goes on).
            self.cur = story
            self._subhead([line])
            return i + 1
        if (
            not opening
            and not self._under_crosshead(line)
            and not self._opens_paragraph_over_stack(i)
            and (
                self._goes_on_zone(i)
                or _is_headline_line(self.lines, self.kinds, i, self.body_text)
                or self._stack_over_waiting_rest(i)
                # (a numbered crosshead after a finished paragraph, however
                # wide; not a numbered item whose sentence the next line ends)
                or (
                    not self.para_open
                    and section_number(line.raw) > 1
                    and not _sentence_ends_under(self.lines, self.kinds, i)
                    and not _item_runs_on(self.lines, self.kinds, i)
                    and not self._series_in_text(line)
                )
            )
        ):
            if self.pending and squash(self.pending[-1].raw) == squash(line.raw):
                # A headline drawn twice for a bold effect: read once.
                self.doubled.append(line.raw)
            else:
                self.pending.append(line)
            return i + 1
        if self.pending and self._waiting_goes_on_under(i):
            # The story read last printed its headline under its body; the
            # line under it is the rest of the story that waits.
            self.zones.append(Zone(list(self.pending), self.cur, -1))
            self.pending.clear()
            self._switch_to_waiting()
            self.add_body(line)
            return i + 1
        if self.pending:
            zone = list(self.pending)
            story = self._section_round_box(zone, i)
            if story >= 0:
                # A later section of the story the narrower piece read last
                # was printed into: its crosshead, then its text, go on it.
                self.cur = story
                self._subhead(zone)
                self.add_body(line)
                return i + 1
            # (over a letter's salutation stands its headline, no crosshead)
            letter = bool(SALUTATION.match(squash(line.raw)) or LETTER_OPENS.match(line.raw))
            # (over who speaks stands the title of a voice of its own)
            voice = bool(MEMBER_VOICE.match(squash(line.raw)))
            # (a crosshead's section goes on at its story's width: text set
            # to another column under the line is another piece's)
            if (
                cur is not None
                and not letter
                and not voice
                and self.signed != self.cur
                and _is_subhead(zone, cur, self.bodies[self.cur], self.lines, i)
                and not self._column_changes(i)
            ):
                self._subhead(zone)
                self.add_body(line)
                return i + 1
            self.new(Draft(starts_with=Opener.BODY))
        elif self.cur < 0 or self.sent_on or self.drawn_under_note:
            # (a story sent on to another page has no more text here, nor
            # one closed on its author's note over a cartoon: what follows is
            # a story whose headline is printed elsewhere)
            self.new(Draft(starts_with=Opener.BODY))
        elif self.bodies[self.cur] and SALUTATION.match(squash(line.raw)):
            # A letter opens on its salutation (编辑同志：) after the text of
            # another story: its headline is printed elsewhere.
            self.new(Draft(starts_with=Opener.BODY))
        elif not self.para_open and self._column_changes(i):
            story = self._story_round_box(i)
            if story >= 0:
                # The story the narrower piece read last was printed into,
                # its text set round it: it goes on here.
                self.cur = story
                self.bodies[story].append(BREAK)
            else:
                # A paragraph set to another width than the story's text
                # above it: a story of its own, its headline printed elsewhere.
                self.new(Draft(starts_with=Opener.BODY))
        self.add_body(line)
        if SALUTATION.match(squash(line.raw)):
            self.bodies[self.cur].append(BREAK)  # a paragraph of its own
        self._close_notice_line(i)
        return i + 1

    def _table(self, i: int, table: int) -> int:
        """A box of results or figures under its title, line ``i`` (…决赛成绩 /
        女子200米 / 蝶泳 / 某某 2分07秒86 第一名 / …): an item of its own, a
        line a paragraph. The line after it."""
        d = self.new(Draft(starts_with=Opener.BODY, kind=ArticleKind.OTHER))
        self.drafts[d].heads = [[self.lines[i]]]
        self.drafts[d].lines.add(self.lines[i].no)
        rests: set[int] = set()
        if _honour_list(self.lines, self.kinds, i + 1) == table:
            # (a unit's last characters wrapped alone go on its line)
            taken = list(range(i + 1, i + 1 + table))
            rests = {j for entry in _entries(self.lines, taken) for j in entry[1:]}
        for k in range(i + 1, i + 1 + table):
            if k in rests:
                self.bodies[d].pop()  # (the break after the entry it ends)
            self.add_body(self.lines[k])
            if not _bracket_open(self.lines[k].raw):
                self.bodies[d].append(BREAK)  # (an entry's bracket left open goes on below)
        self.para_open = False  # (its last line closes it, stop or none)
        return i + 1 + table

    def _stack_under_byline(self, i: int) -> bool:
        """Line ``i``, the first under a byline that opened a story, and the
        line after it are headline lines (no clause, no sentence finished,
        narrower than the text under them), text following: the story's
        stack, printed under its writers."""
        if i < self.stack_end:
            return True  # (the stack's next line)
        if self.cur < 0:
            return False
        cur = self.drafts[self.cur]
        if cur.starts_with != Opener.BYLINE or self.bodies[self.cur] or self.pending:
            return False
        heads = 0
        # (an interview's lines: whom it is with, and what they said in quotes,
        # are headline lines with their marks, over columns of any width)
        interview = set()
        for k in range(i, min(len(self.lines), i + T.STACK_IN_CUT_LINES + 1)):
            text = squeeze(self.lines[k].raw)
            if self.kinds[k] != LineKind.TEXT:
                return False
            if WHOM_INTERVIEWED.match(squash(text)) or QUOTED_WHOLE.match(squash(text)):
                interview.add(k)
            elif self._long_kicker_over_saying(k):
                pass  # (a kicker of clauses telling the life, over the saying)
            elif ends_sentence(text) or (
                any(c in text for c in _CLAUSE_OR_NOTE)
                and not _PLACE_THEN_CLAIM.match(squash(text))
            ):
                break
            elif (
                k + 1 < len(self.lines)
                and word_across(text, squeeze(self.lines[k + 1].raw)) >= T.HEAD_CUT_WORD
            ):
                break  # (…加工区的一 / 家电子企业…: a paragraph's first line)
            heads += 1
        else:
            return False
        if not heads or i + heads + 1 >= len(self.lines):
            return False
        text_width = max(width(squeeze(self.lines[i + heads + m].raw)) for m in (0, 1))
        if heads == 1 and not self._essays_title(i, text_width):
            return False
        # (over what someone said, set whole in quotes, a line of no clause is
        # its kicker however wide: 一位班主任的第十二个高考季 / “送完这一届，…”)
        quoted = any(QUOTED_WHOLE.match(squash(self.lines[k].raw)) for k in interview)
        # (a subtitle led by a dash, the stack's last line, may run as wide
        # as the text: ——记某某 / ——某地某某见闻)
        last_dashed = _SUBTITLE_DASH.match(squash(self.lines[i + heads - 1].raw))
        # (so may an essay's title over its text's first line set in)
        titled = heads == 1 and self._over_indented_text(i)
        if not (quoted or titled) and any(
            width(squeeze(self.lines[k].raw)) > text_width - T.FIRST_LINE_INDENT_MAX
            for k in range(i, i + heads - (1 if last_dashed else 0))
            if k not in interview
        ):
            return False
        self.stack_end = i + heads
        return True

    def _essays_title(self, i: int, text_width: float) -> bool:
        """Line ``i``, alone under the writer's 文丨 line that opened an essay,
        is its title, far narrower than the text under it (文丨某某 / 老街的早晨
        / text), or over the text's first line set in: a paragraph's first
        line runs the column's width."""
        signed = WRITER_SIGN.match(squash(self.drafts[self.cur].byline))
        return bool(signed) and (
            self._over_indented_text(i)
            or width(squeeze(self.lines[i].raw)) <= T.TITLE_UNDER_WRITER_WIDTH * text_width
        )

    def _over_indented_text(self, i: int) -> bool:
        """Line ``i``, not set in and finishing no clause, is printed over a
        line set in as a paragraph opens: however wide, it is no line of the
        text under it."""
        line = self.lines[i]
        return (
            i + 1 < len(self.lines)
            and self.lines[i + 1].indent
            and not line.indent
            and not ends_sentence(squeeze(line.raw))
            and not _CLAUSE_MARKS.search(squash(line.raw))
        )

    def _long_kicker_over_saying(self, k: int) -> bool:
        """A profile's kicker tells the life in clauses, unfinished, on a line
        of its own right over what its subject said, set whole in quotes
        (从外出打工到回乡创业，她… / “…”)."""
        text = squeeze(self.lines[k].raw)
        return (
            k + 1 < len(self.lines)
            and self.kinds[k + 1] == LineKind.TEXT
            and bool(QUOTED_WHOLE.match(squash(self.lines[k + 1].raw)))
            and not ends_sentence(text)
            and "。" not in text
            and text[-1:] not in "，,、；;：:"
        )

    def _stack_in_cut(self, i: int, dangling: bool = False) -> int:
        """Where the lines from ``i`` on, under a sentence left open, stop
        holding no clause and finishing no sentence (at most a stack's few):
        the line that follows them, or -1 where nothing may be printed into
        that sentence (an author's note closes on its bracket; a notice's
        contact and day close it with no stop; a sentence stopped on a
        particle goes on in the next line, unless ``dangling``: its rest is
        sought after the stack, the first line with a clause in it)."""
        if self.in_note:
            return -1
        if _dangles(self.last_stored) and not dangling and not self._figure_due_elsewhere(i):
            return -1
        if FULL_DATE.match(self.last_stored) or CONTACT_LINE.match(self.last_stored):
            return -1
        k, lines = i, self.lines
        while k < len(lines) and k - i < T.STACK_IN_CUT_LINES and self.kinds[k] == LineKind.TEXT:
            text = squeeze(lines[k].raw)
            if ends_sentence(text) or any(c in text for c in _CLAUSE_OR_NOTE) or _jumps_on(text):
                return k if dangling and k > i else -1
            if _signs_notice(lines, k):
                return -1  # (who issues a notice, and the day, under its text)
            k += 1
        return k if i < k < len(lines) else -1

    def _figure_due_elsewhere(self, i: int) -> bool:
        """The sentence left open stops on a bound its figure follows (…不少于)
        and line ``i`` opens on no figure: its rest is printed elsewhere."""
        return bool(_BOUND_BEFORE_FIGURE.search(self.last_stored)) and not FIGURE_START.match(
            squash(self.lines[i].raw)
        )

    def _opens_paragraph_over_stack(self, i: int) -> bool:
        """Line ``i``, after a finished paragraph, opens the next one (a
        clause in it, its sentence open), and a stack is printed under it
        before that sentence goes on, a word across the cut (…侵权企业赔 /
        stack / 偿原告…): a line of text, the stack printed into it."""
        if self.para_open or self.pending or self.cur < 0:
            return False
        text = squeeze(self.lines[i].raw)
        if ends_sentence(text) or not any(c in text[:-1] for c in "，,；;"):
            return False
        k = i + 1
        while (
            k < len(self.lines)
            and k - i <= T.STACK_IN_CUT_LINES
            and self.kinds[k] == LineKind.TEXT
            and not _CLAUSE_OR_NOTE_RE.search(squeeze(self.lines[k].raw))
        ):
            k += 1
        if k - i - 1 < T.STACK_INTO_SENTENCE_LINES or k >= len(self.lines):
            return False
        rest = squeeze(self.lines[k].raw)
        return (
            self.kinds[k] == LineKind.TEXT
            and _goes_on_strongly(text, rest)
            and _evidence(text, rest) > _evidence(squeeze(self.lines[k - 1].raw), rest)
        )

    def _stack_before_opener(self, i: int) -> bool:
        """Line ``i``, under a sentence left open, and the few lines after it
        are a stack (``_stack_in_cut``), then a dateline or a reporters' line
        opens a story: a headline, set apart (a paragraph runs into a
        dateline or a byline only once finished). Over a dateline it is that
        story's; over reporters with a stack of their own, it may be the cut
        story's (``new``)."""
        if len(squash(self.lines[i].raw)) < T.STACK_IN_CUT_MIN_CHARS:
            return False  # (a credit's 摄 wraps alone)
        if ends_with_number(self.lines[i].raw):
            return False  # (a line stopped on a bare figure awaits its unit: no headline's)
        k = self._stack_in_cut(i)
        if k > i + 1 and wants_quantity(self.lines[i].raw):
            # (nor one stopped on a verb that takes an amount over a stack of
            # its own: the sentence's words before its figure, printed
            # elsewhere, …收入达到 / title / dateline)
            return False
        return (
            k > 0
            and (
                (
                    self.kinds[k] == LineKind.DATELINE
                    and dateline_match(self.lines[k].raw) is not None
                )
                or (self.kinds[k] == LineKind.BYLINE and "记者" in self.lines[k].raw)
            )
            # (…某村，驻村工 / 作队队长…: the cut word's rest, the sentence's)
            and not _word_from_clause_above(self.lines, self.kinds, i, squeeze(self.lines[i].raw))
        )

    def _stack_before_rest(self, i: int) -> int:
        """Line ``i``, under a sentence left open, and at least one line after
        it are a stack (``_stack_in_cut``), then the sentence's last words and
        stop (转型。…): where the sentence goes on, or 0."""
        if len(squash(self.lines[i].raw)) == 1:
            return 0  # (one character under the open sentence is its next word: 最高可 / 达)
        k = self._stack_in_cut(i, dangling=True)
        if k > i and self._listing_head(k):
            k += 1  # (a headline line listing things: 插秧、挑担等…将同场竞技)
        if k <= i or self.kinds[k] != LineKind.TEXT:
            return 0
        if k - i < T.STACK_INTO_SENTENCE_LINES and not self._title_between_figure_and_unit(i, k):
            return 0
        if max(len(squash(self.lines[m].raw)) for m in range(i, k)) < T.STACK_IN_CUT_MIN_CHARS:
            return 0
        texts = [self.last_stored, *(squeeze(line.raw) for line in self.lines[i : k + 1])]
        if self._figure_resumes_past(texts):
            return k
        # (the stack's last line into the rest says nothing where the rest
        # goes on the sentence as well: 支持 / stack ending …186亿元 / 4.7万户…)
        pairs = list(pairwise(texts))
        if _evidence(texts[0], texts[-1]) >= _evidence(texts[-2], texts[-1]):
            pairs.pop()
        if any(_goes_on_strongly(a, b) for a, b in pairs):
            return 0  # (a word across a break: lines of text, no stack)
        # (the column's width: that of its full lines read last, or of the
        # sentence's line, whichever is wider: that line may be cut short)
        full = full_widths(self._texts(self.cur))[-T.COLUMN_CHANGE_LINES :]
        widest = max([width(self.last_stored), *full])
        if k - i == 1:
            # (a title alone between a figure and its unit: no pause or stop
            # in it, and short of the column's full width by more than a
            # line's slack)
            if any(c in texts[1] for c in "，,。；;：:") or (
                width(texts[1]) >= widest - T.COLUMN_CHANGE_SLACK
            ):
                return 0
        elif all(width(text) > widest - T.NARROWER_THAN_COLUMN for text in texts[1:-1]):
            return 0  # (as wide as the sentence's line: text, no headline)
        # (the rest ends the sentence, or takes up its figure's unit: …第 58
        # / stack / 列班列，也是…)
        rest = (
            _ends_a_cut_sentence(texts[-1])
            or _goes_on_strongly(texts[0], texts[-1])
            # (or its last words and their figure, the line no more: 了150元。)
            or (_last_words(texts[-1]) and _evidence(texts[0], texts[-1]) > 0)
            # (or a speaker's words, cut after who speaks: …负责人介绍， / stack / 全县…)
            or bool(SPOKEN.search(texts[0]))
            # (or the rest opens on the pause the sentence left it: …“安全” /
            # stack / ，省教育厅…)
            or bool(_OPENS_ON_PAUSE.match(texts[-1]))
            or (texts[0][-1:] in "：:" and bool(_SPEECH_CLAUSE.search(texts[0][-4:])))
            # (or the sentence stops on a preposition alone, the stack's
            # lines each short of the column, and the rest's clause takes
            # the object it wants: …；对 / title / subtitle / 长势偏弱的田块，可…)
            or (
                _dangles(texts[0])
                and any(c in texts[-1][:-1] for c in "，,")
                and all(width(text) <= widest - T.NARROWER_THAN_COLUMN for text in texts[1:-1])
            )
            # (or two lines or more, each short of the column by more than an
            # indent, none a wrapped word: no paragraph's lines but its last
            # stop short, so they are printed into it, …剧中 / kicker / title /
            # “某某”两场戏，…)
            # (a box's figures are printed so too, and the sentence's next
            # word, …补 / 植苗木 / box / 2.2万株。, is no headline's)
            or (
                len(texts) > T.STACK_INTO_SENTENCE_LINES + 1
                and word_across(texts[0], texts[1]) < T.HEAD_CUT_WORD
                and all(
                    width(text) <= widest - T.NARROWER_THAN_COLUMN
                    and len(squash(text)) > T.WORD_CUT_PIECE
                    and not any(c.isdigit() for c in text)
                    for text in texts[1:-1]
                )
            )
        )
        return k if rest else 0

    def _stack_before_marker(self, i: int) -> int:
        """Line ``i``, under a sentence left open, and at least one line after
        it are a stack standing over the story's jump marker (…打造区域公用
        品牌， / 某某现场会在南县召开 / 一田两用 稳粮增收 / ▷（下转2版）): the
        story's headline printed at its foot, the sentence going on on the
        page the marker names. Each line is wider or clearly narrower than
        the column, none a line of its text. Where the marker is, or 0."""
        if self.drafts[self.cur].heads:
            return 0
        k = self._stack_in_cut(i, dangling=True)
        if k - i < 2 or self.kinds[k] != LineKind.MARKER:
            return 0
        texts = [self.last_stored, *(squeeze(line.raw) for line in self.lines[i:k])]
        if any(_goes_on_strongly(a, b) for a, b in pairwise(texts)):
            return 0
        full = full_widths(self._texts(self.cur))[-T.COLUMN_CHANGE_LINES :]
        widest = max([width(self.last_stored), *full])
        if any(abs(width(text) - widest) <= T.COLUMN_CHANGE_SLACK for text in texts[1:]):
            return 0
        return k

    @staticmethod
    def _figure_resumes_past(texts: list[str]) -> bool:
        """``texts``: the sentence's line, two lines of no clause, then the
        rest, a figure that the sentence wants and neither line gives on
        (…完成投资 / 某某超过计划进度 / 12.3万户居民将告别“蜗居” / 386亿元。): the
        two lines are a stack printed into the sentence, however wide, and
        whatever they read into each other (a kicker's words and a title's)."""
        if len(texts) != 4 or start_of(texts[-1]) != Start.FIGURE:
            return False
        if any(_CLAUSE_OR_NOTE_RE.search(text) for text in texts[1:3]):
            return False
        return (
            _evidence(texts[0], texts[-1]) >= T.STACK_FIGURE_RESUMES
            and _evidence(texts[0], texts[1]) < T.NO_EVIDENCE
            and _evidence(texts[2], texts[-1]) < T.NO_EVIDENCE
        )

    def _title_between_figure_and_unit(self, i: int, k: int) -> bool:
        """One line, a headline's length, printed between a figure and the
        unit that finishes it on the line after (…突破 85 万 / title / 标箱。):
        no line of text comes between a figure and its unit."""
        line = squeeze(self.lines[i].raw)
        rest = squeeze(self.lines[k].raw)
        return (
            k == i + 1
            and len(squash(line)) >= T.TITLE_IN_FIGURE_MIN
            and bool(_FIGURE_LEFT_BARE.search(squash(self.last_stored)))
            and start_of(rest) == Start.UNIT
            and _goes_on_strongly(self.last_stored, rest)
            and not _goes_on_strongly(self.last_stored, line)
        )

    def _listing_head(self, k: int) -> bool:
        """Line ``k``, read as the rest of the sentence cut over a stack,
        lists things (、) but holds no clause nor stop, and the sentence goes
        on in the line under it, a word across the cut (…乒乓球、象 / stack /
        …、挑担等…竞技 / 棋等…): the stack's last line."""
        text = squeeze(self.lines[k].raw)
        return (
            k + 1 < len(self.lines)
            and self.kinds[k] == self.kinds[k + 1] == LineKind.TEXT
            and "、" in text
            and not any(c in text for c in "，,；;。：:")
            and not _goes_on_strongly(self.last_stored, text)
            and _goes_on_strongly(self.last_stored, squeeze(self.lines[k + 1].raw))
        )

    def _title_over_caption(self, i: int) -> bool:
        """Line ``i``, under a sentence left open, is a photo's short title:
        no stop or clause in it, and the line under it opens a caption."""
        text = squeeze(self.lines[i].raw)
        return (
            i + 1 < len(self.lines)
            and self.kinds[i + 1] == LineKind.CAPTION
            # (the open sentence is running text's, clauses in it: not a
            # title of another photo read as text)
            and any(c in self.last_stored for c in "，,、；;")
            and len(squash(text)) <= T.PHOTO_TITLE_MAX
            and not any(c in text for c in _CLAUSE_OR_NOTE)
            and not ends_sentence(text)
            and not _goes_on_strongly(self.last_stored, text)
        )

    def _stack_before_signature(self, i: int) -> bool:
        """Line ``i``, under a sentence left open, and a line or two after it
        (a column's name, a title) are a stack (``_stack_in_cut``), then a
        writer's name or byline over text: the next piece's stack and
        signature printed into the cut paragraph, which goes on after it."""
        if ends_with_number(self.lines[i].raw):
            return False  # (a line stopped on a bare figure awaits its unit: no headline's)
        k, lines = self._stack_in_cut(i), self.lines
        if k < 0 or k + 1 >= len(lines) or self.kinds[k] != LineKind.BYLINE:
            return False
        if _word_from_clause_above(lines, self.kinds, i, squeeze(lines[i].raw)):
            return False  # (…某村，驻村工 / 作队队长…: the cut word's rest, the sentence's)
        if max(len(squash(lines[m].raw)) for m in range(i, k)) < T.STACK_IN_CUT_MIN_CHARS:
            return False  # (a credit's 摄 or a name wrapped alone: no title among them)
        if (
            self.kinds[k + 1] == LineKind.TEXT
            and self._stack_in_cut(i + 1) == k
            and _goes_on_strongly(squeeze(lines[i].raw), squeeze(lines[k + 1].raw))
        ):
            return False  # (…宁可委托正规餐 / title / label / 某某 / 饮单位…: the cut is under it)
        return self.kinds[k + 1] == LineKind.TEXT and not _is_headline_line(
            lines, self.kinds, k + 1, lambda: ""
        )

    def _rest_of_waiting(self, i: int) -> bool:
        """Line ``i``, read under the open sentence of the story being read,
        is the rest of the waiting story's: nothing joins it to this story's
        sentence, and a word runs across the cut from the waiting one's, or a
        later line, after a finished paragraph, goes on this story's sentence
        with a word or a figure across the cut (…亩均效 / …发展好。 /
        益提高30%以上。: the two stories were printed in turns)."""
        if self.waiting < 0 or self.waiting == self.cur:
            return False
        here = squeeze(self.lines[i].raw)
        if join_evidence(self.waiting_tail, here) is None:
            return False
        if _goes_on_strongly(self.waiting_tail, here) and (
            not _goes_on_strongly(self.last_stored, here)
            # (a rate cannot follow an amount's noun: …比年初增长 / …贸易总值
            # / 19.7%，… goes on the first)
            or rate_after_amount(self.last_stored, here)
        ):
            return True  # a word across the cut with the waiting story's sentence (…错峰生 / 产，)
        if _FIGURE_RUN.match(here) and self._figure_opens(i + 1):
            # (a figure alone over a line opening on a figure: no sentence
            # reads two in a row, …整治背街小巷 / 2140 / 128条，…)
            return True
        name = self._named_across(self.waiting, self.waiting_tail, here)
        if (
            len(name) > len(self._named_across(self.cur, self.last_stored, here))
            # (a name this story's sentence would join as well tells nothing)
            and not _joins_across(self.last_stored, here, name)
        ):
            return True  # (…在长沙县星沙 / 街道，…: the waiting story names 星沙街道)
        if join_evidence(self.last_stored, here):
            return False
        for k in range(i + 1, min(len(self.lines), i + T.WAITING_REST_LINES)):
            if self.kinds[k] != LineKind.TEXT or self.kinds[k - 1] != LineKind.TEXT:
                return False
            if _goes_on_strongly(self.waiting_tail, squeeze(self.lines[k].raw)):
                return False  # the waiting story's rest comes further down
            above = squeeze(self.lines[k - 1].raw)
            if ends_sentence(above) and _goes_on_strongly(
                self.last_stored, squeeze(self.lines[k].raw)
            ):
                return True
        return False

    def _named_across(self, story: int, tail: str, here: str) -> str:
        """The longest name the cut would join (…在长沙县星沙 / 街道… joins
        星沙街道) that story ``story`` prints elsewhere, in its headline lines
        or twice in its text: a place or a body cut in two is named again in
        its own story. "" when the story names none so."""
        if ends_sentence(tail):
            return ""
        heads, text = self._story_words(story)
        best = ""
        for a in range(1, T.NAME_CUT_SIDE_MAX + 1):
            left = tail[-a:]
            if len(left) < a or not all(is_cjk(c) for c in left):
                break
            for b in range(1, T.NAME_CUT_SIDE_MAX + 1):
                right = here[:b]
                if len(right) < b or not all(is_cjk(c) for c in right):
                    break
                name = left + right
                # (in its headline, or twice in its text: a name, no words
                # that met by chance, …小微企业 / 金融机构…)
                if (
                    a + b > len(best)
                    and a + b >= T.NAME_CUT_MIN
                    and (name in heads or text.count(name) >= 2)
                ):
                    best = name
        return best

    def _story_words(self, story: int) -> tuple[str, str]:
        """Story ``story``'s headline lines read so far, and its text."""
        heads = "".join(
            line.raw for zone in self.zones if zone.after == story for line in zone.lines
        )
        return squash(heads), squash(self.body_text(story))

    def _figure_opens(self, i: int) -> bool:
        """Line ``i`` is text opening on a figure."""
        return (
            i < len(self.lines)
            and self.kinds[i] == LineKind.TEXT
            and bool(FIGURE_START.match(squash(self.lines[i].raw)))
        )

    def _story_above_resumes(self, i: int) -> bool:
        """Line ``i``, under the open first sentence of a story a dateline
        opened, opens a sentence of the story read before it, whose last
        paragraph was finished: nothing joins it to the open sentence, it
        opens on what it was told by (据…，), and its words are that story's
        (…记者从某厅了解到，截至 / 据某中心监测，…: the second report's
        dateline printed into the first one's text, its sentence's rest
        further down)."""
        if self.above < 0 or self.above == self.cur or len(self.bodies[self.cur]) != 1:
            return False
        here = squeeze(self.lines[i].raw)
        if not _TOLD_BY.match(squash(here)) or join_evidence(self.last_stored, here):
            return False
        return word_share(here, self.body_text(self.above)) > word_share(here, self.body_text())

    def _back_to_story_above(self) -> None:
        """Read on in the story read before; the one being read waits, its
        sentence left open."""
        self.waiting, self.waiting_tail = self.cur, self._open_tail()
        self.cur, self.above = self.above, -1
        self.last_stored = squeeze(self._texts(self.cur)[-1]) if self._texts(self.cur) else ""
        self.para_open = False

    def _dateline_end_twice(self, i: int) -> bool:
        """Line ``i`` repeats the last line of the dateline broken over the
        lines above it (…（记者 / 聂青云 通讯员 熊卫）记者今天从常德 / the
        same), read into one line: the copy goes nowhere."""
        if i == 0 or self.kinds[i - 1] != LineKind.DATELINE:
            return False
        text, above = squash(self.lines[i].raw), squash(self.lines[i - 1].raw)
        return (
            len(text) >= T.TWIN_LINE_MIN
            and len(above) > len(text)
            and above.endswith(text)
            and self.lines[i - 1].no in self.drafts[self.cur].lines
        )

    def _waiting_goes_on_under(self, i: int) -> bool:
        """Line ``i``, under headline lines read after a finished paragraph,
        goes on the sentence the waiting story left open: the join reads
        (a pause or a word across the cut) and the line's words are that
        story's rather than the one read last (…近年来， / 醴陵推动陶瓷产业…)."""
        if self.waiting < 0 or self.waiting == self.cur or self.para_open:
            return False
        here = squeeze(self.lines[i].raw)
        if not join_evidence(self.waiting_tail, here):
            return False
        if _ends_a_cut_sentence(here) or _goes_on_strongly(self.waiting_tail, here):
            # (来卖。…, 是上不去。…: a sentence's last words, a word across the
            # cut, open no paragraph of the story read)
            return True
        waiting = word_share(here, self.body_text(self.waiting))
        read = word_share(here, self.body_text())
        # (a list cut after its pause goes on, words or none: 浏阳花炮、 / 安化黑茶等…)
        return waiting > read or (waiting == read and self.waiting_tail[-1:] in "、")

    def _photo_and_words_credit(self, names: list[Line]) -> bool:
        """``names``, one line crediting a photo and its words (文/图 某某),
        close a piece of no writer or dateline read under a headline of its
        own, its text a caption's one or two short sentences (守艺 / 非遗传承
        不能只靠…。 / 文/图 某某): that piece is the photo."""
        if len(names) != 1 or not _PHOTO_AND_WORDS.match(names[0].raw) or self.cur < 0:
            return False
        draft = self.drafts[self.cur]
        if draft.byline or draft.dateline or draft.starts_with != Opener.BODY:
            return False
        zone = next((zone for zone in self.zones if zone.after == self.cur), None)
        if (
            zone is None
            or len(squash("".join(li.raw for li in zone.lines))) > T.COLUMN_PHOTO_TITLE_MAX
        ):
            return False  # (no short title of its own: the credit is no caption's)
        text = "".join(
            li.raw for run in self.bodies[self.cur] if run not in (BREAK, PHOTO) for li in run
        )
        flat = squash(text)
        sentences = len(re.findall(r"[。！？!?]", flat))
        return 0 < len(flat) <= T.GROUP_CAPTION_MAX and sentences <= T.UNCREDITED_CAPTION_SENTENCES

    def _stack_over_waiting_rest(self, i: int) -> bool:
        """Line ``i``, under headline lines read after a finished paragraph,
        finishes no sentence, and the line under it is the rest of the
        sentence the waiting story left open (…很少拿出 / other story /
        stack / 湖畔村庄美起来 / 来卖。…): the stack's last line, however
        that rest, opening on a stop, reads after it."""
        if not self.pending or i + 1 >= len(self.lines) or self.kinds[i + 1] != LineKind.TEXT:
            return False
        text = squeeze(self.lines[i].raw)
        if ends_sentence(text) or _CLAUSE_INSIDE.search(text) or self._waiting_goes_on_under(i):
            return False
        below = squeeze(self.lines[i + 1].raw)
        return (
            _ends_a_cut_sentence(below) or _goes_on_strongly(self.waiting_tail, below)
        ) and self._waiting_goes_on_under(i + 1)

    def _switch_to_waiting(self) -> None:
        """Read on in the waiting story; the story read so far waits, its
        sentence left open."""
        back, tail = self.waiting, self.waiting_tail
        self.waiting, self.waiting_tail = self.cur, self._open_tail()
        self.cur, self.last_stored, self.para_open = back, tail, True

    def _column_changes(self, i: int, tight: bool = False) -> bool:
        """The paragraph opening on line ``i`` is set to another column
        width than the story read so far (``widths.steps``; ``tight``:
        another sign says a story begins there)."""
        if ends_sentence(squeeze(self.lines[i].raw)):
            return False  # (a paragraph of one line, or the last line of one printed elsewhere)
        above = full_widths(self._texts(self.cur))[-T.COLUMN_CHANGE_LINES :]
        # (a full line is no narrower than the paragraph's indented first:
        # a narrower one is past the story, a headline's or the next one's)
        first = width(squeeze(self.lines[i].raw))
        if above and self._paragraph_fits(i, median(above)):
            return False  # (a short paragraph set to the story's width: a change comes after it)
        below: list[str] = []
        for j in range(i, len(self.lines)):
            text = squeeze(self.lines[j].raw)
            if self.kinds[j] != LineKind.TEXT or len(below) == 2 * T.COLUMN_CHANGE_LINES:
                break
            if not ends_sentence(text) and width(text) < first - T.FLOW_SLACK:
                break
            below.append(text)
        # (a photo printed between the two is a sign of its own)
        after_photo = bool(self.bodies[self.cur]) and self.bodies[self.cur][-1] == PHOTO
        full_below = full_widths(below)[: T.COLUMN_CHANGE_LINES]
        return steps(above, full_below, tight=tight or after_photo) or _wider_from_first_line(
            above, first, full_below
        )

    def _signs_piece_before_waiting(self, j: int) -> bool:
        """A stack is read under a finished, unsigned piece, and line ``j``
        goes on the sentence a story left open before that piece (words
        across the cut, or the sentence's last word or two and its stop)."""
        return (
            bool(self.pending)
            and self.cur >= 0
            and self.waiting >= 0
            and self.waiting != self.cur
            and bool(self.bodies[self.cur])
            and not self.para_open
            and not self.drafts[self.cur].byline
            and j < len(self.lines)
            and self.kinds[j] == LineKind.TEXT
            and (
                _goes_on_strongly(self.waiting_tail, squeeze(self.lines[j].raw))
                or _ends_a_cut_sentence(squeeze(self.lines[j].raw))
            )
        )

    def _cut_for_other_column(self, i: int) -> bool:
        """Line ``i``, under a line that left a sentence open, opens a
        paragraph of its own set to another column width than the story
        read so far, nothing across the cut going on that sentence (a sign
        of its own: the change may be a small one), and that sentence goes
        on further down or was none (a title's or a verse's line)."""
        text = squeeze(self.lines[i].raw)
        return (
            # (most lines under an open sentence are as wide as the one over them)
            abs(width(text) - width(self.last_stored)) >= T.COLUMN_CHANGE_MIN_TIGHT
            and start_of(text) == Start.PLAIN
            and _evidence(self.last_stored, text) <= 0
            and self._column_changes(i, tight=True)
            and (
                _no_open_sentence(self.last_stored) or self._rest_printed_after(i, self.last_stored)
            )
        )

    def _rest_printed_after(self, i: int, tail: str) -> bool:
        """The rest of the sentence ``tail`` left open is printed further
        down, after the piece opening on line ``i``: a line opening on that
        sentence's last words, or going on it strongly, where another piece
        has just finished (a finished sentence or a line of no text over it)."""
        for k in range(i + 1, min(len(self.lines), i + T.CUT_REST_REACH)):
            if self.kinds[k] != LineKind.TEXT:
                continue
            above = squeeze(self.lines[k - 1].raw)
            if self.kinds[k - 1] == LineKind.TEXT and not ends_sentence(above):
                continue
            text = squeeze(self.lines[k].raw)
            if _ends_a_cut_sentence(text) or _goes_on_strongly(tail, text):
                return True
        return False

    def _story_round_box(self, i: int, topic: bool = True) -> int:
        """The story read before the one being read, if the paragraph opening
        on line ``i`` goes on it: the piece read since is set to another
        width (a short commentary, a boxed piece printed inside the story), the
        paragraph back at the story's width, and its words more the story's
        than the piece's (unless ``topic`` is false: other evidence holds).
        -1 if none."""
        story, box = self.cur - 1, self.cur
        if story < 0 or ArticleKind.PHOTO in (self.drafts[story].kind, self.drafts[box].kind):
            return -1
        story_texts, box_texts = self._texts(story), self._texts(box)
        below: list[str] = []
        for j in range(i, min(len(self.lines), i + 2 * T.COLUMN_CHANGE_LINES)):
            if self.kinds[j] != LineKind.TEXT:
                break
            below.append(squeeze(self.lines[j].raw))
            if ends_sentence(below[-1]):
                break
        at_below = full_widths(below) or [width(below[0])]
        if not set_round(full_widths(story_texts), full_widths(box_texts), at_below):
            return -1
        text = "".join(below)
        if topic and similarity(text, "".join(story_texts)) <= similarity(text, "".join(box_texts)):
            return -1
        return story

    def _under_crosshead(self, line: Line) -> bool:
        """``line``, a clause in it, comes right under a crosshead read into
        the story being read: the first line of its section, no headline's."""
        if self.cur < 0 or self.pending or not _CLAUSE_OR_NOTE_RE.search(squeeze(line.raw)):
            return False
        runs = self.bodies[self.cur]
        return (
            len(runs) >= 2
            and runs[-1] is BREAK
            and isinstance(runs[-2], list)
            and len(runs[-2]) == 1
            and runs[-2][0].gap < 0
        )

    def _opens_sections(self, i: int) -> bool:
        """Line ``i``, under the finished paragraph of the story being read
        (none of its sections read yet), is a crosshead numbered one, and
        the one numbered two follows before any dateline or writers."""
        if self.para_open or self.pending or self.cur < 0 or not self.bodies[self.cur]:
            return False
        if section_number(self.lines[i].raw) != 1 or self._sections(self.cur):
            return False
        for k in range(i + 1, min(len(self.lines), i + T.SECTION_SEARCH_LINES)):
            if self.kinds[k] in (LineKind.DATELINE, LineKind.BYLINE):
                return False
            if section_number(self.lines[k].raw) == 2:
                return True
        return False

    def _series_holder(self, line: Line) -> int:
        """The one story whose numbered crossheads stop right before ``line``,
        a crosshead of the series (③… after a story holding ① and ②): -1 if
        none. Another story may have been read since."""
        number = section_number(line.raw)
        if number < 2:
            return -1
        holders = [
            k for k in range(len(self.drafts)) if max(self._sections(k), default=0) == number - 1
        ]
        return holders[0] if len(holders) == 1 else -1

    def _section_round_box(self, zone: list[Line], i: int) -> int:
        """The story a numbered crosshead (二、…) alone over line ``i`` goes
        on, past a piece of another width printed into it
        (``_story_round_box``); -1 if none."""
        number = section_number(zone[0].raw) if len(zone) == 1 else 0
        if number < 2 or self.cur < 1 or not self._column_changes(i):
            return -1
        # (the section before it printed in that story: no need for its words)
        numbered = number - 1 in self._sections(self.cur - 1)
        return self._story_round_box(i, topic=not numbered)

    def _series_in_text(self, line: Line) -> bool:
        """The story being read holds the item before ``line``'s (三、… under
        二、…) as a line of its text: a notice's points, each set as text
        (二、征稿要求：… / 三、截止时间：…), so this one is text too."""
        number = item_number(line.raw)
        if number < 2 or self.cur < 0:
            return False
        return any(
            item_number(li.raw) == number - 1 and li.gap >= 0
            for run in self.bodies[self.cur]
            if run not in (BREAK, PHOTO)
            for li in run
        )

    def _sections(self, k: int) -> set[int]:
        """The numbers of the numbered crossheads read into draft ``k``."""
        return {
            section_number(run[0].raw)
            for run in self.bodies[k]
            if run not in (BREAK, PHOTO) and len(run) == 1 and run[0].gap < 0
        }

    def _open_tail(self) -> str:
        """The sentence the story being read leaves open, as its last line
        holds it, with the line before it when that line is too short to
        show how the sentence stands (…充电桩等资 / 源: …等资源)."""
        if len(self.last_stored) >= T.CUT_CONTEXT or self.cur < 0:
            return self.last_stored
        texts = self._texts(self.cur)
        if len(texts) >= 2 and texts[-1] == self.last_stored and not ends_sentence(texts[-2]):
            return texts[-2] + self.last_stored
        return self.last_stored

    def _signs_notice_read(self, line: Line) -> bool:
        """``line`` names a desk of the paper, right under the finished text
        of the notice being read (its title a notice's: 征稿启事)."""
        if self.cur < 0 or self.para_open or self.pending or not self.bodies[self.cur]:
            return False
        if not PAPER_DESK.match(squash(line.raw)):
            return False
        return any(
            zone.after == self.cur and bool(NOTICE_TITLE.search(squash(zone.lines[-1].raw)))
            for zone in self.zones
        )

    def _kicker_handing_over(self, i: int) -> bool:
        """A line closed on a dash, narrower than the text, over a headline
        line (某某书院，弦歌不辍—— / 某某的“新学子”): the kicker of the stack
        the writers above sign, no first line of their text."""
        line = self.lines[i]
        return (
            squash(line.raw).endswith("——")
            and i + 1 < len(self.lines)
            and _is_headline_line(self.lines, self.kinds, i + 1, self.body_text)
        )

    def _sentence_goes_on_under(self, i: int) -> bool:
        """Line ``i`` stops inside its sentence, and the text line under it
        opens where no sentence can (on a stop, or a word and its stop: 的，…)."""
        text = squeeze(self.lines[i].raw)
        if ends_sentence(text) or i + 1 >= len(self.lines) or self.kinds[i + 1] != LineKind.TEXT:
            return False
        below = squeeze(self.lines[i + 1].raw)
        # (a dash-led subtitle opens as no sentence does, and is no text)
        return start_of(below) == Start.MID and not DASH_LED.match(squash(below))

    def _texts(self, k: int) -> list[str]:
        """The lines read into draft ``k``, squeezed."""
        return [
            squeeze(li.raw) for run in self.bodies[k] if run not in (BREAK, PHOTO) for li in run
        ]

    def _paragraph_fits(self, i: int, column: float) -> bool:
        """The paragraph opening on line ``i`` ends within a few lines set to
        the story's ``column`` width: its first line indented from it, a full
        line at it, none wider."""
        for j in range(i, min(len(self.lines), i + T.COLUMN_CHANGE_LINES)):
            text = squeeze(self.lines[j].raw)
            if self.kinds[j] != LineKind.TEXT or width(text) > column + T.FLOW_SLACK:
                return False
            if ends_sentence(text):
                return True
            least = column - (T.FIRST_LINE_INDENT_MAX if j == i else 0) - T.FLOW_SLACK
            if width(text) < least:
                return False
        return False

    def _close_notice_line(self, i: int) -> None:
        """A notice's issuer and day are a paragraph each, and the day closes
        its text (its title may follow, printed after it): a break on each side."""
        if _signs_notice(self.lines, i) and not CONTACT_LINE.match(squash(self.lines[i].raw)):
            self.para_open = False
            if self.bodies[self.cur] and self.bodies[self.cur][-1] != BREAK:
                self.bodies[self.cur].append(BREAK)

    def _take_back_heads(self) -> None:
        """A letter's salutation (编辑同志：) never goes on a paragraph: the
        lines read since the story's last finished sentence, a phrase each,
        were headline lines (the letter's, or those of the story above,
        printed after its body)."""
        runs = self.bodies[self.cur]
        if not runs or runs[-1] in (BREAK, PHOTO):
            return
        run = runs[-1]
        k = len(run)
        while k > 0 and len(run) - k < T.STACK_MAX_LINES and _head_phrase(run[k - 1].raw):
            k -= 1
        if k == len(run) or (k > 0 and not ends_sentence(squeeze(run[k - 1].raw))):
            return
        taken = run[k:]
        del run[k:]
        if not run:
            runs.pop()
        for li in taken:
            self.drafts[self.cur].lines.discard(li.no)
        self.pending.extend(taken)
        self.para_open = False

    def _question_in_stack(self, i: int) -> bool:
        """A question of no clause, under headline lines and over one more
        line and the writers' byline (记者调查 / …为何“上下两难”？ / title /
        湖南日报记者 …): a line of the stack, though it ends on its mark."""
        return (
            bool(_ASKED_LINE.fullmatch(squash(self.lines[i].raw)))
            and i + 2 < len(self.lines)
            and self.kinds[i + 1] == LineKind.TEXT
            and not ends_sentence(squeeze(self.lines[i + 1].raw))
            and self.kinds[i + 2] == LineKind.BYLINE
        )

    def _goes_on_zone(self, i: int) -> bool:
        """A line right under headline lines goes on their zone when it reads
        as a piece of a stack: a dash-led subtitle, the rest of a line ended
        mid-quote, or a line too narrow to open the column printed after it."""
        if self.pending and self._question_in_stack(i):
            return True
        if not self.pending or ends_sentence(squeeze(self.lines[i].raw)):
            return False
        text = squash(self.lines[i].raw)
        if SALUTATION.match(text):
            return False  # a letter's first words, under its label
        if DASH_LED.match(text) or text[:1] in CONTINUATION_START:
            return True
        if (
            not any(c in text for c in "，,、；;：:")
            and i + 1 < len(self.lines)
            and self.kinds[i + 1] == LineKind.TEXT
            and not join_evidence(text, squeeze(self.lines[i + 1].raw))
            and self._waiting_goes_on_under(i + 1)
        ):
            return True  # (the line after it is the rest of the story that waits)
        if (
            not any(c in text for c in "，,、；;：:")
            and i + 1 < len(self.lines)
            and self.kinds[i + 1] == LineKind.TEXT
            and _opens_on_its_time(squeeze(self.lines[i + 1].raw))
            and (join_evidence(text, squeeze(self.lines[i + 1].raw)) or 0.0) < T.ASSIGN_FILL_MIN
        ):
            # (the line after it opens a sentence on its day or time,
            # 5月2日中午，…: no sentence goes on into it, so this line of no
            # clause under headline lines is the stack's last)
            return True
        if _sentence_ends_under(self.lines, self.kinds, i):
            return False  # (…“救命 / 钱”。…: running text)
        after = _column_at(self.lines, self.kinds, i, 1)
        own = width(squeeze(self.lines[i].raw))
        return after is not None and own <= after - T.NARROWER_THAN_COLUMN

    def _subhead(self, zone: list[Line]) -> None:
        self.pending.clear()
        runs = self.bodies[self.cur]
        runs.append(BREAK)
        runs.append([Line(zone[0].no, "".join(z.raw for z in zone), -1, False)])
        runs.append(BREAK)
        self.drafts[self.cur].lines.update(z.no for z in zone)


def _is_subhead_run(run) -> bool:
    """A run of a body holding a crosshead alone (see ``_subhead``)."""
    return isinstance(run, list) and len(run) == 1 and run[0].gap == -1


def _crossheads_bunched(lines: list[Line], kinds: list[LineKind], i: int) -> int:
    """How many lines from ``i`` are crossheads of one shape printed together
    (two phrases about a colon, 从治水到治湖：坚持整体施策, each line opening
    on the same character), text under them; 0 when fewer than two."""
    k = i
    while (
        k < len(lines) and kinds[k] == LineKind.TEXT and _CROSSHEAD_PAIR.match(squash(lines[k].raw))
    ):
        k += 1
    run = k - i
    if run < T.BUNCHED_CROSSHEADS_MIN or k >= len(lines) or kinds[k] != LineKind.TEXT:
        return 0
    firsts = {squash(lines[j].raw)[0] for j in range(i, k)}
    return run if len(firsts) == 1 else 0


#: A crosshead of two phrases about a colon (从治水到治湖：坚持整体施策).
_CROSSHEAD_PAIR = re.compile(r"^[^，,。；;：:！？!?“”]{3,12}[：:][^，,。；;：:！？!?]{3,12}$")


def _opens_on_its_time(text: str) -> bool:
    """The text opens a sentence on its day or its time and a pause (5月2日
    中午，…, 今年以来，…)."""
    return bool(CAPTION_START.match(text) or TIME_THEN_PAUSE.match(text))


#: The paper's name alone on a line, a byline's start (湖南日报全媒体, 湖南日报·华声在线).
_PAPER_ALONE = re.compile(
    r"^(?:湖南日报|新华社)(?:[·・](?:华声在线|新湖南客户端|新湖南))?(?:全媒体)?$"
)


#: The title of the editors' note of a supplement's page.
_EDITORS_WORDS = "编者的话"


#: A sentence's last word or two, then its stop, at a line's start (原状。…,
#: 钱”。…), or a figure and its unit alone before the stop (5万人。…): no
#: paragraph opens so; the rest of a sentence cut elsewhere does.
_CUT_SENTENCE_END = re.compile(
    r"^[\u4e00-\u9fff]{1,2}[”’」』]?[。；;！？]|^[0-9０-９][0-9０-９.．]*[万亿]?[\u4e00-\u9fff]{1,2}[。；;！？]"
)


def _no_open_sentence(text: str) -> bool:
    """A line read as text that leaves no sentence open, stop or none: a
    note closed by its bracket, or a line of no pause (a title's, a verse's)."""
    return text[-1:] in "）)" or not any(c in text for c in "，,、；;：:。！？")


def _ends_a_cut_sentence(text: str) -> bool:
    return bool(_CUT_SENTENCE_END.match(text))


def _last_words(text: str) -> bool:
    """A line of a sentence's last words only: short, a stop at its end and
    no clause or other stop before it."""
    return (
        len(text) <= T.SENTENCE_REST_MAX
        and ends_sentence(text)
        and not any(c in text[:-1] for c in "，,；;。！？")
    )


#: A figure at a line's end, bare or with its magnitude (…突破 800, …85 万).
_FIGURE_LEFT_BARE = re.compile(r"[0-9０-９][万亿]?$")


#: A quote's last word or two, closed, then a pause or a stop (钟”，…).
_QUOTE_CLOSED_AT_START = re.compile(r"^[\u4e00-\u9fff]{1,2}[”’」』][，,、；;。！？：:]")


def _sentence_ends_under(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Does the text line under ``i`` open on the end of its sentence, or
    close a quote ``i`` left open (…的“看病钱”“救命 / 钱”。…; …实行“课间15分
    / 钟”，…)? Then ``i`` is a line of running text, however narrow."""
    if i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    below = squeeze(lines[i + 1].raw)
    text = squeeze(lines[i].raw)
    return (
        _ends_a_cut_sentence(below)
        or (text.count("“") > text.count("”") and bool(_QUOTE_CLOSED_AT_START.match(below)))
        # (…新质生产力的 / 核心要素。当前…: the particle's noun, then the stop)
        or (_dangles(text) and bool(_NOUN_CLOSED_AT_START.match(below)))
    )


#: A noun of a few characters, maybe quoted, then its sentence's stop, at a
#: line's start (…经济发展的 / “牛鼻子”。…).
_NOUN_CLOSED_AT_START = re.compile(r"^[“‘]?[\u4e00-\u9fff]{2,4}[”’]?[。；;！？]")


def _dangles(text: str) -> bool:
    """``text`` stops on a particle or preposition alone (…按照, …的), not on
    a word that merely ends in one's character (…恢复土地)."""
    if text[-1:] not in DANGLING_END:
        return False
    words = dictionary_words(text[-4:])
    return not words or len(words[-1]) == 1


def _wider_from_first_line(above: list[float], first: float, below: list[float]) -> bool:
    """A short paragraph (too few full lines for ``steps``) whose first line,
    indented in its own column, is already wider than every line of the
    column above by a column's change, and its full lines as well: set to
    another column."""
    if len(above) < T.COLUMN_CHANGE_LINES - 1 or not below:
        return False
    # (wider than every line above by a change, however ragged those are)
    wider = max(above) + T.COLUMN_CHANGE_MIN
    return first >= wider and min(below) >= wider


#: Any mark of punctuation: a run of lines with none is no prose.
_PUNCTUATION = frozenset("，,。.、；;：:！!？?“”‘’《》（）()—…")


def _verse_from(
    lines: list[Line],
    kinds: list[LineKind],
    j: int,
    sections: bool = False,
    poet: str = "",
    even: bool = False,
) -> int:
    """How many lines from ``j`` on are a poem's (0: none): a run of short
    lines no stop closes, each a line of verse, under the poet's byline
    (文丨某某 / 江水把一冬的心事 / 轻轻推向远方 / …), however like headline lines
    each one is. With ``sections`` (a group of poems, 组诗), a poem's title of
    two characters inside the run (江豚) is read as one, not as a name. The
    run stops over another writer's piece (``poet``: the poem's own byline,
    which signs its second poem again, …（外一首） / 稻草人 / 文丨某某)."""
    widths: list[float] = []
    bracketed = poet_in_brackets(poet)
    signed_next = False  # (the run stops over the next piece's stack and writer)
    for k in range(j, len(lines)):
        flat = squash(lines[k].raw)
        if flat.startswith("——"):
            break  # (a subtitle's dash: the headline of what follows)
        if _stack_over_writer(lines, kinds, k, poet):
            signed_next = True
            break  # (the next piece's headline over its writer: 读《某书》 / title / 文丨某某)
        if looks_like_column(flat) and _stack_over_writer(lines, kinds, k + 1, poet):
            break  # (... under its column's name: 生活随笔 / title / 文丨某某)
        if (
            sections
            and k > j
            and len(flat) == 2
            and is_name_line(flat)
            and not WRITER_SIGN.match(flat)
        ):
            pass
        elif kinds[k] != LineKind.TEXT or len(flat) > T.VERSE_LINE_MAX or ends_sentence(flat):
            break
        if k + 1 < len(lines) and _opens_prose(flat, squash(lines[k + 1].raw)):
            break
        if (
            bracketed
            and k > j
            and k + 1 < len(lines)
            and _titles_prose(flat, squash(lines[k + 1].raw))
        ):
            # (a poem signed so stands alone, in no group: a short line over
            # prose is the next piece's title, signed at its text's end)
            break
        if even and _CLAUSE_OR_NOTE_RE.search(flat):
            break  # (a line of clauses: prose of a narrow column)
        widths.append(width(flat))
    # (verse lines stop where their phrases do; a column's lines all run to
    # its full width)
    if even:  # (``even``: lines of any widths, if many more, or if none has a mark)
        # (the run between a bare name and the next piece's title and writer,
        # no line of it a column's name: a stack of labels is no poem)
        run = [squash(lines[k].raw) for k in range(j, j + len(widths))]
        bare = signed_next and not any(
            looks_like_column(flat) or any(c in flat for c in _PUNCTUATION) for flat in run
        )
        least = T.VERSE_BARE_MIN_LINES if bare else T.VERSE_EVEN_MIN_LINES
        return len(widths) if len(widths) >= least else 0
    full = sum(w >= max(widths, default=0) - T.FLOW_SLACK for w in widths)
    return len(widths) if len(widths) >= T.VERSE_MIN_LINES and full * 2 < len(widths) else 0


def _signs_unsigned(draft: Draft, names: list[Line]) -> bool:
    """A reporters' line (…记者 某某) under ``draft``, a piece that names no
    reporter: neither dated nor signed, nor run on from another page."""
    return (
        not draft.byline
        and not draft.dateline
        and draft.starts_with != Opener.JUMP
        and "记者" in "".join(n.raw for n in names)
    )


def _stack_signed_below(lines: list[Line], kinds: list[LineKind], j: int) -> bool:
    """The headline stack from line ``j`` closes on its own writer's line
    (湘言湘语 / title / 某某): a byline over it is not that piece's."""
    for m in range(j, min(len(lines), j + T.SIGNED_STACK_REACH)):
        if kinds[m] == LineKind.BYLINE:
            return True
        if ends_sentence(squeeze(lines[m].raw)):
            return False
    return False


def _stack_over_writer(lines: list[Line], kinds: list[LineKind], k: int, poet: str = "") -> bool:
    """Line ``k`` opens the next piece's headline over its writer's 文丨
    byline (not ``poet``'s): the title right over it, or a kicker naming a
    work (读《某书》) over that title. A poem is signed under its title, never
    after its verse."""

    def writer(m: int) -> bool:
        if m >= len(lines) or kinds[m] != LineKind.BYLINE:
            return False
        flat = squash(lines[m].raw)
        return bool(WRITER_SIGN.match(flat)) and flat != squash(poet)

    return k < len(lines) and (writer(k + 1) or ("《" in lines[k].raw and writer(k + 2)))


def _opens_prose(flat: str, below: str) -> bool:
    """A line cut mid-phrase over a line too long for verse, short of it by
    no more than a first line's indent: the first line of a paragraph of
    prose (the column's text resumed under a poem), not a line of verse."""
    return (
        len(below) > T.VERSE_LINE_MAX
        and not ends_sentence(flat)
        and flat[-1:] not in "，,；;、"
        and width(flat) >= width(below) - T.FIRST_LINE_INDENT_MAX - T.FLOW_SLACK
    )


def _titles_prose(flat: str, below: str) -> bool:
    """A short line of no clause over a line of prose (clauses inside it)
    it is narrower than by more than a first line's indent: a title over
    the text of the piece after a poem."""
    return (
        bool(_CLAUSE_INSIDE.search(below))
        and not _CLAUSE_OR_NOTE_RE.search(flat)
        and width(flat) < width(below) - T.FIRST_LINE_INDENT_MAX - T.FLOW_SLACK
    )


def _verse_before_title(lines: list[Line], kinds: list[LineKind], i: int) -> int:
    """How many lines from ``i`` on are a poem printed before its title and
    poet (0: none): a long run of verse (no figure, quote or colon, as
    headlines hold), then a short line and the poet's name or 文丨 byline
    (…那一年田野里新谷的香 / 秋分时节（外一首） / 李湘宇)."""
    run = _verse_from(lines, kinds, i)
    for m in range(T.VERSE_BEFORE_TITLE_MIN, run):
        if i + m + 1 >= len(lines):
            break
        poet = lines[i + m + 1].raw.strip()
        if not (is_name_line(poet) or WRITER_SIGN.match(squash(poet))):
            continue
        text = "".join(squash(lines[k].raw) for k in range(i, i + m))
        if any(c.isdigit() or c in "“”：:" for c in text):
            return 0
        return m if _verse_from(lines[: i + m], kinds[: i + m], i) == m else 0
    return 0


#: What a headline's line holds and a line of verse does not: a figure, a
#: quote or a work's title marks, a dash, a gap between phrases.
_HEADLINE_MARK = re.compile(r"[0-9０-９“”《》—\s]")


#: The name of a box of figures, opening its title (数读·某某这五年, 图解·…).
FIGURES_BOX = re.compile(r"^(?:数读|数说|图解|数据)[·・：:]")
#: A box's title names it a list of figures (…决赛成绩, …获奖名单, …一览,
#: 积分榜), maybe with the days it covers in brackets, or opens on such a name.
TABLE_TITLE = re.compile(
    r"(?:成绩|一览表?|名单|赛果|[积奖][分牌]榜|排行榜)(?:[（(][^（）()]{1,16}[）)])?$|"
    + FIGURES_BOX.pattern
)


def _table_under_title(lines: list[Line], kinds: list[LineKind], i: int) -> int:
    """How many lines under line ``i`` are a box of figures it heads (0:
    none): a title naming a list, then short lines with no clause or stop, each stating a
    figure or naming what the figure under it is of (女子200米蝶泳 / 某某
    2分07秒86 第一名), at least ``TABLE_MIN_LINES`` of them."""
    if not _head_phrase(lines[i].raw) or not TABLE_TITLE.search(squash(lines[i].raw)):
        return 0
    prizes = _prize_list(lines, kinds, i + 1) or _honour_list(lines, kinds, i + 1)
    if prizes:
        return prizes
    run = figures = 0
    for k in range(i + 1, len(lines)):
        flat = squash(lines[k].raw)
        if (
            kinds[k] != LineKind.TEXT
            or len(flat) > T.VERSE_LINE_MAX
            or any(c in flat for c in "，,。；;：:！？!?、")
        ):
            break
        if any(c.isdigit() for c in flat):
            figures += 1
        elif not (
            k + 1 < len(lines)
            and kinds[k + 1] == LineKind.TEXT
            and any(c.isdigit() for c in squash(lines[k + 1].raw))
        ):
            break  # (a line of no figure names the one under it, or ends the box)
        run += 1
    return run if run >= T.TABLE_MIN_LINES and figures * 2 >= run else 0


#: A prize's grade over its winners in a list (一等奖, 优秀奖, 金奖).
PRIZE_GRADE = re.compile(r"(?:[一二三四五六七八九十]等奖|特等奖|优秀奖|[金银铜]奖|提名奖)")
#: A winner in a list: a work in title marks, or a name, then whose it is in
#: brackets (小品《某某》（某市）, 某某（某单位）); the bracket may close on the
#: next line.
_PRIZE_ENTRY = re.compile(
    r"^[^，,。；;：:！？!?]{0,12}(?:《[^》]+》)?[^，,。；;：:！？!?]*[（(][^）)]*[）)]?$"
)


#: The rest of an entry whose bracket the line above left open (…（邵阳 / 市）).
_BRACKET_CLOSING = re.compile(r"[^（()）]*[）)]")


def _bracket_open(text: str) -> bool:
    """More brackets opened than closed on the line."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


#: A note closing a list, in brackets (（全部名单见新湖南客户端）, （排名不分先后）).
_LIST_NOTE = re.compile(r"[（(][^（）()]{2,40}[）)]")


def _honour_list(lines: list[Line], kinds: list[LineKind], k: int) -> int:
    """How many lines from ``k`` are a list of the units a title names (0:
    none): one a line, no clause or stop, the entries ending alike (…驻某村
    帮扶工作队, …先进集体), an entry's last characters wrapped alone onto a
    line (…帮扶工 / 作队), a note in brackets closing it, at least
    ``TABLE_MIN_LINES`` lines. No run of text or headlines ends so alike."""
    taken: list[int] = []
    for j in range(k, len(lines)):
        flat = squash(lines[j].raw)
        # (a person's name wrapped alone onto a line reads as a signature)
        wrapped = kinds[j] == LineKind.BYLINE and bool(taken) and len(flat) <= T.ENTRY_REST_MAX
        if (kinds[j] != LineKind.TEXT and not wrapped) or len(flat) > T.VERSE_LINE_MAX:
            break
        if any(c in flat for c in "，,。；;：:！？!?、（()）"):
            break
        taken.append(j)
    entries = _entries(lines, taken)
    if not entries:
        return 0
    ending = Counter(_entry_text(lines, e)[-T.LIST_ENDING :] for e in entries)
    common, n = ending.most_common(1)[0]
    named = [_names_person(lines, e) for e in entries]
    if n >= T.LIST_ALIKE_MIN and n * 3 >= len(entries) * 2:
        # (the list stops at its last entry ending so: a title after it does not)
        while not _entry_text(lines, entries[-1]).endswith(common):
            entries.pop()
    elif sum(named) >= T.LIST_ALIKE_MIN and sum(named) * 3 >= len(entries) * 2:
        # (or each entry closes on a person, after where the person works:
        # 某县某镇某村 某某; the list stops at its last such entry)
        while not named[len(entries) - 1]:
            entries.pop()
    else:
        return 0
    end = entries[-1][-1] + 1
    end += _list_note(lines, kinds, end)
    return end - k if end - k >= T.TABLE_MIN_LINES else 0


def _names_person(lines: list[Line], entry: list[int]) -> bool:
    """A list's entry closes on a person's name, set apart from where the
    person works by a space or wrapped onto a line of its own (某县某村 赵金 /
    花; 某县某村 / 盘某某)."""
    if len(entry) > 1 and is_name_line(lines[entry[-1]].raw.strip()):
        return True
    parts = "".join(lines[j].raw.strip() for j in entry).split()
    return len(parts) > 1 and is_name_line(parts[-1])


def _list_note(lines: list[Line], kinds: list[LineKind], end: int) -> int:
    """How many lines from ``end`` are a note in brackets closing a list (0,
    1 or 2: a note its line breaks)."""
    for size in (1, 2):
        if end + size > len(lines) or any(
            kinds[j] != LineKind.TEXT for j in range(end, end + size)
        ):
            return 0
        if _LIST_NOTE.fullmatch("".join(squash(lines[j].raw) for j in range(end, end + size))):
            return size
    return 0


def _entries(lines: list[Line], taken: list[int]) -> list[list[int]]:
    """The lines ``taken`` as a list's entries: a line of up to
    ``ENTRY_REST_MAX`` characters is the rest of the entry above it."""
    entries: list[list[int]] = []
    for j in taken:
        if entries and len(squash(lines[j].raw)) <= T.ENTRY_REST_MAX:
            entries[-1].append(j)
        else:
            entries.append([j])
    return entries


def _entry_text(lines: list[Line], entry: list[int]) -> str:
    return "".join(squash(lines[j].raw) for j in entry)


def _prize_list(lines: list[Line], kinds: list[LineKind], k: int) -> int:
    """How many lines from ``k`` are a list of prizes under its title (0:
    none): a grade alone on its line (一等奖), then its winners a line each
    (舞蹈《某某》（某市）), an entry's bracket closing on the line under it,
    at least ``TABLE_MIN_LINES`` lines."""
    if k >= len(lines) or not PRIZE_GRADE.fullmatch(squash(lines[k].raw)):
        return 0
    run, open_bracket = 0, False
    for j in range(k, len(lines)):
        flat = squash(lines[j].raw)
        if kinds[j] != LineKind.TEXT or len(flat) > T.VERSE_LINE_MAX:
            break
        if open_bracket:
            open_bracket = False
            if not _BRACKET_CLOSING.fullmatch(flat):
                break
        elif PRIZE_GRADE.fullmatch(flat):
            pass
        elif _PRIZE_ENTRY.match(flat):
            open_bracket = _bracket_open(flat)
        else:
            break
        run += 1
    return run if run >= T.TABLE_MIN_LINES else 0


def _credit_cut_at_line_end(lines: list[Line], j: int) -> bool:
    """Line ``j`` holds no whole credit, and read with the next line it ends
    on one that starts on line ``j`` (…记者 某某 通 + 讯员 某某 摄)."""
    if credit_match(lines[j].raw) is not None or j + 1 >= len(lines):
        return False
    head, rest = lines[j].raw.rstrip(), lines[j + 1].raw.strip()
    match = credit_match(head + rest)
    return match is not None and match.start() < len(head) and match.end() > len(head)


def _head_phrase(raw: str) -> bool:
    """A line that may be a headline's: a phrase, no clause or sentence mark."""
    text = squash(raw)
    return 0 < len(text) <= T.STRAY_HEAD_MAX and not any(c in text for c in "，,。；;：:！？!?")


def _signs_notice(lines: list[Line], i: int) -> bool:
    """A notice closes on whom to call, who issues it and the day, a line
    each (受理电话：… / 中共湖南省委组织部 / 2023年5月17日): its text, no headline."""
    flat = squash(lines[i].raw)
    if FULL_DATE.match(flat) or CONTACT_LINE.match(flat):
        return True
    # (who issues it and the day on one line, the day's figure cut to the
    # next: 某某支队 2022年10月 / 18日)
    below = squash(lines[i + 1].raw) if i + 1 < len(lines) else ""
    if _DAY_ALONE.match(below) and ISSUED_ON.match(flat + below):
        return True
    if i > 0 and _DAY_ALONE.match(flat) and ISSUED_ON.match(squash(lines[i - 1].raw) + flat):
        return True
    if len(flat) > T.ISSUER_MAX:
        return False
    issuer = not _SENTENCE_MARK.search(flat)  # (…不便，敬请谅解。 is the text's last line)
    if (
        issuer
        and len(flat) >= T.ISSUER_MIN
        and names_issuer(flat)
        and 0 < i < len(lines) - 1
        and ends_sentence(lines[i - 1].raw)
        and dateline_match(lines[i + 1].raw)
    ):
        # (a court's or a bureau's name under a notice's last sentence and
        # over another story's dateline, no day printed: 本案定于…开庭审理。 /
        # 某某区人民法院 / 湖南日报…讯: the notice's signature)
        return True
    # (the issuer over the day, or over the notice's word on itself: 本通告自
    # 发布之日起施行…; a notice issued jointly names its issuers a line each)
    for k in range(i + 1, min(len(lines), i + T.ISSUERS_MAX + 1)):
        nxt = squash(lines[k].raw)
        if FULL_DATE.match(nxt) or _NOTICE_OF_ITSELF.match(nxt):
            return True
        if not issuer or len(nxt) > T.ISSUER_MAX or _SENTENCE_MARK.search(nxt):
            return False
    return False


#: A day's figure alone, cut from its year and month (18日).
_DAY_ALONE = re.compile(r"^\d{1,2}日$")
#: A notice's sentence on itself (本通告自发布之日起施行, 本公告由…负责解释).
_NOTICE_OF_ITSELF = re.compile(r"^本(?:通告|公告|通知|启事|办法|规定|细则)")


def _take_dateline(lines: list[Line], i: int, draft: Draft, add_body) -> int:
    """The dateline runs to the reporters' closing parenthesis, maybe lines later."""
    text = ""
    j = i
    while j < len(lines) and j < i + T.DATELINE_MAX_LINES:
        line = lines[j]
        draft.lines.add(line.no)
        raw = line.raw
        close = max(raw.find("）"), raw.find(")"))
        opened = "（" in text + raw or "(" in text + raw
        if opened and close >= 0:
            text += (" " if text else "") + raw[: close + 1]
            rest = raw[close + 1 :].strip()
            draft.dateline = squeeze_names(text)
            if rest:
                add_body(line, rest)
            return j + 1
        if not opened and j > i:
            break
        text += " " + raw if text else raw
        j += 1
    match = dateline_match(text)
    draft.dateline = squeeze_names(text[: match.end()] if match else text)
    if match and text[match.end() :].strip():
        add_body(lines[i], text[match.end() :].strip())
    return max(j, i + 1)


def _text_under_byline(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i``, right under a writer's byline, runs a word over its end
    into a line of clauses (…开行量增 / 长28%，…): the first line of the
    writer's text, however short; a title under a byline ends on its word."""
    if i == 0 or i + 1 >= len(lines) or kinds[i - 1] != LineKind.BYLINE:
        return False
    nxt = squeeze(lines[i + 1].raw)
    return (
        kinds[i + 1] == LineKind.TEXT
        and bool(_STOPS_OR_PAUSES.search(nxt))
        and word_across(text, nxt) >= T.HEAD_CUT_WORD
    )


def _pause_opens_under_stack(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Under line ``i``, a line or few of no clause (a stack printed into the
    sentence), then a line opening on a pause: the sentence of line ``i``
    goes on there, so line ``i`` is running text."""
    for k in range(i + 2, min(len(lines), i + 2 + T.STACK_IN_CUT_LINES)):
        between = [squeeze(lines[m].raw) for m in range(i + 1, k)]
        if any(
            kinds[m] != LineKind.TEXT or _SENTENCE_MARK.search(text)
            for m, text in zip(range(i + 1, k), between, strict=True)
        ):
            return False
        if kinds[k] == LineKind.TEXT and _OPENS_ON_PAUSE.match(squeeze(lines[k].raw)):
            return True
    return False


def _runs_past_signature(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i``, its sentence left open, then a stack of a line or few
    (a column's name, a title: no clause in them), a writer's byline, and
    text that goes on that sentence with a word across the cut (…带动周 /
    节气里的湖南 / 谷雨访茶 / 文丨某某 / 边四个村…): a paragraph's line, the
    next piece's stack and writer printed into it."""
    text = squeeze(lines[i].raw)
    if not any(c in text[:-1] for c in "，,、；;"):
        return False  # (running text breaks into clauses; a headline line seldom does)
    k = i + 1
    while (
        k < len(lines)
        and k - i <= T.STACK_IN_CUT_LINES
        and kinds[k] == LineKind.TEXT
        and not any(c in squeeze(lines[k].raw) for c in _CLAUSE_OR_NOTE)
        and not ends_sentence(squeeze(lines[k].raw))
    ):
        k += 1
    return (
        i + 1 < k < len(lines) - 1
        and kinds[k] == LineKind.BYLINE
        and kinds[k + 1] == LineKind.TEXT
        and _goes_on_strongly(text, squeeze(lines[k + 1].raw))
    )


def _joins_across(tail: str, text: str, name: str) -> bool:
    """``name`` is read across the cut between ``tail`` and ``text``."""
    if not name:
        return False
    near = tail[-len(name) :] + text[: len(name)]
    cut = len(tail[-len(name) :])
    start = near.find(name)
    while start >= 0:
        if start < cut < start + len(name):
            return True
        start = near.find(name, start + 1)
    return False


def _goes_on_strongly(tail: str, text: str) -> bool:
    """``text`` goes on the sentence ``tail`` left open, a word or a figure
    and its unit across the cut (…亩均效 / 益提高30%以上)."""
    return _evidence(tail, text) >= T.WAITING_REST_EVIDENCE


def _evidence(tail: str, text: str) -> float:
    """How strongly ``text`` goes on the sentence ``tail`` left open (0: it
    ended)."""
    if not tail or ends_sentence(tail):
        return 0.0
    return join_evidence(tail, text) or 0.0


def _under_readers_signature(lines: list[Line], i: int) -> bool:
    """Line ``i`` is printed right under a reader's signature (某市读者 某某)."""
    return i > 0 and readers_signature(lines[i - 1].raw)


def _asks_over_interview(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A short question over a title and its dash-led subtitle (新高考下如何
    填报志愿？ / “院校专业组”是关键词 / ——访…): an interview's kicker."""
    text = squash(lines[i].raw)
    return (
        text[-1:] in "？?"
        and len(text) <= T.CLAUSED_KICKER_MAX
        and i + 2 < len(lines)
        and kinds[i + 1] == LineKind.TEXT
        and not ends_sentence(lines[i + 1].raw)
        and bool(DASH_LED.match(squash(lines[i + 2].raw)))
    )


def _asks_over_answers(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A short question right over a question-and-answer box's first turn
    (…怎么申请？ / 问：…): the box's title."""
    text = squash(lines[i].raw)
    return (
        text[-1:] in "？?"
        and len(text) <= T.CLAUSED_KICKER_MAX
        and "问" not in text[:2]
        and i + 1 < len(lines)
        and kinds[i + 1] == LineKind.TEXT
        and squash(lines[i + 1].raw).startswith(("问：", "问:"))
    )


def _asks_under_label(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A short question right under a column's label, over the first line of
    a text (百姓话题 / 小区停车难，难在哪？ / 我住的小区…), or right over the
    label (… / 三湘时评 / 某某): the piece's title, though it ends on its
    mark. Text under a label opens on a statement."""
    if not (0 < i < len(lines) - 1) or kinds[i + 1] != LineKind.TEXT:
        return False
    text = squash(lines[i].raw)
    if not (
        text[-1:] in "？?"
        and len(text) <= T.ASKED_TITLE_MAX
        and "。" not in text
        and not QA_TURN.match(text)  # (问：…？ / 答：…: a turn, under its desk's byline)
    ):
        return False
    under = _column_label(squash(lines[i - 1].raw)) and not ends_sentence(lines[i + 1].raw)
    # (over the label, after a finished piece, the writer's name or a byline under it)
    over = (
        _column_label(squash(lines[i + 1].raw))
        and (kinds[i - 1] != LineKind.TEXT or ends_sentence(squeeze(lines[i - 1].raw)))
        and i + 2 < len(lines)
        and (kinds[i + 2] != LineKind.TEXT or is_name_line(lines[i + 2].raw.strip()))
    )
    return under or over


def _column_label(flat: str) -> bool:
    """A column's label, no name nor byline."""
    return label_shaped(flat) and not is_name_line(flat) and not is_byline(flat)


def _titles_letter(lines: list[Line], i: int) -> bool:
    """Line ``i`` is printed between the letters' label and a letter's first
    words (读者来信 / title / 编辑同志：我家住…): the letter's title, however
    wide, when it finishes no sentence."""
    if not (0 < i < len(lines) - 1) or not letters_label(squash(lines[i - 1].raw)):
        return False
    flat = squash(lines[i].raw)
    return (
        LETTER_OPENS.match(lines[i + 1].raw) is not None
        and len(flat) <= T.HEAD_STACKED_MAX
        and not any(c in flat for c in "。，,；;：:")
    )


#: A line opening on a pause or stop mark: the sentence above goes on.
_OPENS_ON_PAUSE = re.compile(r"^[，,、；;。]")


def _is_headline_line(lines: list[Line], kinds: list[LineKind], i: int, body_of) -> bool:
    """After a finished paragraph, a line starts either a paragraph or a
    headline. A headline line does not fit the column's lines around it
    (``_narrower_than_columns``, ``_breaks_flow``), is printed tight (no
    blank) with the next line or under an unfinished one, runs into a
    dateline, byline or the page end without ever finishing a sentence, or
    repeats the story above while the text after it is about something else."""
    text = squeeze(lines[i].raw)
    if _asks_over_interview(lines, kinds, i):
        return True
    if _asks_over_answers(lines, kinds, i):
        return True
    if i + 1 < len(lines) and asks_over_salutation(
        lines[i].raw, lines[i + 1].raw, marked=not _under_readers_signature(lines, i)
    ):
        # a letter's question title (…谁来管？ / 编辑同志：), or any title
        # there under the letter above's signature (…读者 某某 / title / 编辑同志：)
        return True
    if (
        i + 2 < len(lines)
        and kinds[i + 1] == LineKind.TEXT
        and not _STOPS_OR_PAUSES.search(squash(lines[i].raw))
        and asks_over_salutation(lines[i].raw + lines[i + 1].raw, lines[i + 2].raw)
    ):
        return True  # (…什么时候能 / 硬化？ / 编辑同志：: the question on two lines)
    if _titles_letter(lines, i) or _asks_under_label(lines, kinds, i):
        return True
    trailing = bool(LIST_TRAILING_OFF.match(squash(text)))  # (a kicker: 傩戏、花鼓戏……)
    if (
        (ends_sentence(text) and not trailing)
        or "。" in text
        or AUTHOR_NOTE.match(text)
        or EDITORS_NOTE.match(text)
    ):
        return False  # a headline finishes no sentence, inside the line or at its end
    if _SEE_PAGE.fullmatch(squash(text)):
        return False  # (（相关报道见今日1版）: the text's pointer to more, its last line)
    if lines[i].spread and _PAUSE_INSIDE.search(text) and _full_width(lines, kinds, i, text):
        # (过 去 ，花 瑶 挑 花 …很 少 拿 出: clauses justified character by
        # character to the column's width, a paragraph's line cut where the
        # page set another story; no headline is spread so)
        return False
    if WEB_ADDRESS.match(squash(text)):
        return False  # (an address's tail, hnrb.net, under its line cut at the @: text)
    if _ANNOUNCES_LIST.search(squash(text)):
        return False  # (现将有关事项公告如下：: a notice's sentence over its items)
    if (
        i + 1 < len(lines)
        and kinds[i + 1] == LineKind.TEXT
        and _OPENS_ON_PAUSE.match(squeeze(lines[i + 1].raw))
    ):
        return False  # (…多一些“绣花功夫” / ，要坚持…: its sentence goes on at a pause)
    if _pause_opens_under_stack(lines, kinds, i):
        return False  # (…“舌尖上的安全” / title / subtitle / ，省教育厅…: so it does under a stack)
    if BRIEF_PLACE.match(squash(text)):
        return False  # a brief opens on its place in brackets (【衡阳】…): no headline does
    above = squash(lines[i - 1].raw) if i > 0 else ""
    if MEMBER_VOICE.match(squash(text)) or (MEMBER_VOICE.match(above) and _brackets_open(above)):
        return False  # who speaks, the seat and post in brackets: the voice's first lines
    if (
        i + 1 < len(lines)
        and MEMBER_VOICE.match(squash(lines[i + 1].raw))
        and not MEMBER_VOICE.match(squash(text))
        and not any(c in text for c in "，,；;：:")
    ):
        return True  # a voice's title, over who speaks (某某（全国人大代表，…）)
    if _jumps_on(text):
        return False  # (…会议要求，▲（下转2版）: a paragraph sent on to another page)
    if _sentence_ends_under(lines, kinds, i):
        return False  # (…“救命 / 钱”。…: running text)
    if i + 1 < len(lines) and kinds[i + 1] == LineKind.TEXT and name_across(text, lines[i + 1].raw):
        return False  # (…83岁的老人 + 周 / 某某说，…: a name cut after its surname)
    if _text_under_byline(lines, kinds, i, text):
        return False  # (湖南日报评论员 / 一季度…开行量增 / 长28%，…: the text's first line)
    spanning = width(text) >= T.WIDE_LINE and not CAPTION_START.match(text)
    if (
        text[-1:] in "，,、；;：:"
        and any(c in text[:-1] for c in "，,、；;")
        # (a subtitle of clauses spans columns: …新增学位15万个， / 推动…)
        and not spanning
    ):
        # clauses and a line cut after a pause, or one announcing what
        # follows (…提出，今年将重点抓好“三个一批”：): a paragraph's line
        return False
    if text[-1:] in "，,、；;" and not spanning and _full_width(lines, kinds, i, text):
        # a line stopped on a pause, set to the column's full width (…跟踪服务
        # 制度， / 对学员…): a paragraph's; a stack broken at a pause is shorter
        return False
    if SPOKEN.search(text):
        # who speaks, then the words spoken on the line or cut before them
        # (…负责人介绍， / …负责人提醒，当前正值): a paragraph's line
        return False
    if TIME_THEN_PAUSE.match(text):
        return False  # a sentence set in its time (上半年，…): a headline sets none apart
    if REPORTED.match(squash(text)):
        return False  # (据了解，…: a paragraph's first words, however wide the line)
    if (
        SET_IN_PLACE.match(squash(text))
        and squash(text)[-1:] not in "”」》！？!?"
        and "——" not in text
        and not _STOPS_OR_PAUSES.search(squash(text)[-1:])
    ):
        # (在某县某村，驻村工 / 作队…: a sentence set in its place, stopped
        # where it goes on; a title set so closes on its quote or mark)
        return False
    if i > 0 and _word_from_clause_above(lines, kinds, i, text):
        return False  # (…某村，驻村工 / 作队队长…: the word the line above left cut)
    if _LIST_AWAITS_VERB.search(text):
        # a clause, then a list closed on what it names, its verb still to
        # come (…“吹哨”后，住建、城管、水务等部门 / 当天到现场…): running text
        return False
    if (
        text[-1:] in "，,、；;"
        and i + 1 < len(lines)
        and kinds[i + 1] == LineKind.TEXT
        and "。" in squeeze(lines[i + 1].raw)
    ):
        # a clause whose sentence ends on the next line (…被称为“某某”， /
        # 是…软件。该团): a paragraph's line; a headline's comma goes on in
        # headline lines, which finish no sentence
        return False
    if any(c in text for c in "，,") and text.count("“") > text.count("”"):
        return False  # a clause, then a quote left open: running text (…会讲，一时“车马之众，)
    if text.count("《") > text.count("》"):
        return False  # a work's title left open, closed on the next line: running text
    if (
        any(c in text for c in "，,；;")
        and text[-1:] in DANGLING_END
        and not _signed_under_label(lines, kinds, i)
    ):
        return False  # a clause, then a word that wants what follows (去年，全省推进…和)
    if SALUTATION.match(text):
        return False  # a letter opens on it
    if _figure_printed_under(lines, kinds, i) or (
        _figure_printed_under(lines, kinds, i + 1)
        and (any(c in text for c in "，,；;") or len(squash(lines[i + 1].raw)) <= T.WORD_CUT_PIECE)
    ):
        return False  # (…就诊率 / 已达到 / 88%，…: a sentence the page broke before its figure)
    if _attribution(lines, kinds, i, text):
        return False  # who said the quotation above: its paragraph's end
    if opens_list_entry(text) and any(c in text for c in "，,"):
        return False  # an entry of a list of people (某某，男，1974年生，…)
    if _signs_notice(lines, i):
        return False  # a notice's contact, issuer or day, under its text
    if _printed_twice(lines, i) and _body_line_twice(lines, i):
        # A sentence opening on its day (7月2日，…), a line stopped where no
        # phrase can (…今年不少地方把) or whose sentence goes on under the copy
        # (…相对薄 / the same / 弱，一些…), printed twice by the extraction:
        # running text, never a headline's words, whatever the copy does to
        # the widths around it.
        return False
    if _runs_past_signature(lines, kinds, i):
        return False  # (the next piece's stack and writer printed into its sentence)
    if i + 1 < len(lines) and _verb_left_for_next_line(text, squeeze(lines[i + 1].raw)):
        return False  # (有的地方把双季稻面积 / 层层分解，…: the clause goes on)
    if i == 0 and _title_opens_page(lines, kinds):
        return True
    if text[-1:] in "，,、；;" and i + 1 < len(lines) and _jumps_on(lines[i + 1].raw):
        return False  # (a clause its jump marker cuts, ▷下转2版: the story goes on elsewhere)
    if _narrower_than_columns(lines, kinds, i):
        return True  # no paragraph's line is printed so
    if _between_two_columns(lines, kinds, i, text):
        return True  # (nor between two columns' text, too narrow for one, too wide for the other)
    if _drawn_twice_in_reach(lines, kinds, i):
        return True  # (a stack bunched over a title drawn twice on its line)
    if (
        _title_under_label(lines, kinds, i)
        or _title_over_label(lines, kinds, i)
        or _title_under_note(lines, kinds, i)
        or _title_under_signature(lines, kinds, i)
    ):
        return True
    if _notice_titled(lines, kinds, i, text) or (
        i > 0 and _over_notice_title(lines, kinds, i - 1, squeeze(lines[i - 1].raw))
    ):
        return True  # (…的依据。 / 关于征集某某线索的公告 / 为切实维护…)
    if _over_notice_title(lines, kinds, i, text):
        return True  # (…开展巡查。 / 某某教育 / 湖南省某某考试公告 / 根据…)
    if _cut_before_next(lines, kinds, i):
        return False  # (资金重点支持… / …帮扶县，用于产 / 业发展的比例不低于 / 湖南日报…讯)
    if _restated_under(lines, kinds, i, text):
        return True  # (省某院发布某某白皮书 / 湖南省某院18日发布某某 / 白皮书。…)
    if _breaks_flow(lines, kinds, i) and not _clauses_run_on(lines, kinds, i):
        return True
    if _printed_twice(lines, i):
        # A headline drawn twice for a bold effect; a line of running text
        # printed twice is the extraction's (its sentence goes on after it).
        return not _body_line_twice(lines, i)
    tight_next = i + 1 < len(lines) and lines[i + 1].gap == 0
    if tight_next and kinds[i + 1] in (LineKind.TEXT, LineKind.BYLINE):
        return True
    if (
        lines[i].gap == 0
        and i > 0
        and kinds[i - 1] == LineKind.TEXT
        and not ends_sentence(squeeze(lines[i - 1].raw))
    ):
        return True
    j = i + 1
    # (things listed, trailing off, 傩戏、花鼓戏、龙舟竞渡……, end no sentence:
    # a kicker's words)
    while (
        j < len(lines)
        and kinds[j] == LineKind.TEXT
        and (
            not ends_sentence(squeeze(lines[j].raw))
            or LIST_TRAILING_OFF.match(squash(lines[j].raw))
        )
        and not _jumps_on(lines[j].raw)
    ):
        j += 1
    if j < len(lines) and kinds[j] in (LineKind.MARKER, LineKind.TEXT) and _jumps_on(lines[j].raw):
        return False  # a paragraph cut by its jump marker (▷下转2版)
    if j >= len(lines) or kinds[j] != LineKind.TEXT:
        # (a sentence finished inside the lines that follow is running
        # text's: no headline line holds one, so line ``i`` opens a
        # paragraph cut where the next story's dateline is printed; so do
        # lines of clauses, a paragraph cut before the next story's stack)
        clauses = sum(any(c in squeeze(lines[k].raw)[:-1] for c in "，,、；;") for k in range(i, j))
        if clauses >= T.CUT_PARAGRAPH_CLAUSE_LINES or _SPEECH_CLAUSE.search(text):
            return False  # (and so does a line reporting speech: 某某说，…)
        if clauses and any(ends_with_number(lines[k].raw) for k in range(i, j)):
            # (and lines of a clause stopped on a bare figure, its unit
            # printed after the next story: …新 / 增参保 18.7 / title / …)
            return False

        return not any("。" in squeeze(lines[k].raw) for k in range(i + 1, j))
    body = body_of()
    if len(body) >= T.HEAD_STORY_MIN and not any(c in text for c in "，,；;"):
        # (a line with a clause break in it is a paragraph's, whatever it
        # shares with the story above)
        after = "".join(lines[k].raw for k in range(i + 1, j + 1))
        if _runs_on_full(lines, i, j) or _word_runs_into_text(lines, i):
            return False
        if (
            _justified(lines[i])
            and i + 1 < len(lines)
            and kinds[i + 1] == LineKind.TEXT
            and _PHRASE_CLOSED.match(squeeze(lines[i + 1].raw))
        ):
            return False  # (…买到了 spread to the column / “洋货”，也让…: one sentence)
        # (what follows may be a photo's caption, closed by its credit: a
        # picture of its own, whatever everyday words it shares with the story)
        captioned = (
            j + 1 < len(lines)
            and kinds[j + 1] == LineKind.CAPTION
            and any(CAPTION_START.match(lines[k].raw) for k in range(i + 1, min(j + 1, i + 3)))
        )
        return similarity(text, body) >= T.HEAD_REPEATS_STORY and (
            captioned or similarity(after, body) < T.HEAD_AFTER_UNRELATED
        )
    return False


def _signed_under_label(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` stands over a column's label and a writer's name, each a
    line of its own (…，也是一种导向 / 锐评 / 某某): a commentary's title
    printed after its text, whatever its last character wants. Running text
    cut by the next piece's stack meets that piece's title first."""
    if i + 2 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    label, writer = squash(lines[i + 1].raw), squash(lines[i + 2].raw)
    return all(is_cjk(c) for c in label) and looks_like_column(label) and is_name_line(writer)


def _drawn_twice_in_reach(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` opens a run of lines of no clause that runs into a title
    drawn twice on its line for a bold effect (the extraction reads both
    copies into one: 某某某某某某某某): headlines bunched over that title,
    whatever the narrow column's width under it. No running text runs so.
    (The doubled line itself is left to the other tests: it may title a
    photo or a box.)"""
    for k in range(i, min(len(lines), i + T.DOUBLED_TITLE_REACH + 1)):
        flat = squash(lines[k].raw)
        if kinds[k] != LineKind.TEXT or any(c in flat for c in "，,；;。：:、"):
            return False
        if undouble(flat) != flat:
            return k > i
    return False


def _restated_under(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i``, of no clause, is told again by the two lines under it: a
    report's headline over its lead, which restates what it names, however
    near the column's width it is set. No line of running text has the
    words of the next two, opening a sentence of its own (…委员长会议 /
    还决定，… goes on its sentence, as does a line stopped on a word that
    wants more, …等; a copy of the line is the extraction's)."""
    under = [
        squeeze(lines[k].raw)
        for k in range(i + 1, min(len(lines), i + 3))
        if kinds[k] == LineKind.TEXT
    ]
    if len(under) != 2 or under[0] == text or stops_on_open_word(text):
        return False
    flat, first = squash(text), squash(under[0])
    if len(flat) >= T.TITLE_OPENS_TEXT_MIN and first.startswith(flat) and len(first) > len(flat):
        # (an essay's text may open on its title's words: 母亲的菜园 / 母亲的菜园在…)
        return not _CLAUSE_INSIDE.search(flat)
    return start_of(under[0]) == Start.PLAIN and _restated(text, "".join(under))


def _restated(text: str, under: str) -> bool:
    """``text``, a phrase of no clause, has nearly all its words in ``under``."""
    if any(c in text for c in "，,；;、：:") or len(words(text)) < T.HEAD_RESTATED_WORDS:
        return False
    return word_share(text, under) >= T.HEAD_RESTATED


#: A brief's place in brackets opening it (【衡阳】…, （岳阳）…, [常德]…).
BRIEF_PLACE = re.compile(r"^[【\[（(〔][\u4e00-\u9fff]{2,6}[】\]）)〕]\s*[\u4e00-\u9fff]")


#: Who speaks, then what they said (…张海鹰说，企业…): running text, never a
#: headline's words.
_SPEECH_CLAUSE = re.compile(r"(?:说|表示|介绍|指出|强调|告诉记者)[，,：:]")


def _attribution(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i`` (``text``) says who spoke the quotation on the line above."""
    return i > 0 and kinds[i - 1] == LineKind.TEXT and says_who(text, squeeze(lines[i - 1].raw))


def says_who(text: str, above: str) -> bool:
    """A short dash-led line under a finished quotation (…好项目。” /
    ——网友“某某”) says who spoke, and one naming a source (——摘自…, as
    the paper prints under text it reprints) under any finished sentence
    says where from: the paragraph goes on in it and ends there. A dash-led
    subtitle stands under a title, which finishes no sentence."""
    if DASH_LED.match(text) is None or len(squash(text)) > T.ATTRIBUTION_MAX:
        return False
    if _QUOTATION_END.search(above) is not None:
        return True
    return _SOURCE_NOTE.match(squash(text)) is not None and ends_sentence(above)


#: A reprint's source under its text (——摘自…, ——选自…, ——来源：…).
_SOURCE_NOTE = re.compile(r"^[—－-]{1,2}(?:摘自|选自|转自|摘编自|来源)")
#: A quotation finished at a line's end (。” / ！” / ？” / ”。).
_QUOTATION_END = re.compile(r"(?:[。！？!?][”」]|[”」][。！？!?])\s*$")


def _signed_quotation(text: str, above: str) -> bool:
    """A quotation finished and signed after a dash on its own line (…不少。”
    ——某县城超市经营者 某某), or the signature wrapped from the line above
    (…走得进来。”——省商 / 流通业发展处负责人): the paragraph ends there."""
    signed = _SIGNED_AFTER.search(text)
    if signed is not None:
        return is_name_line(signed.group(1).split()[-1]) if " " in signed.group(1) else False
    wrapped = _SIGNED_AFTER.search(above) or _DASH_AFTER.search(above)
    return (
        wrapped is not None
        and not any(c in text for c in "，,。；;：:、“”")
        and len(squash(text)) <= T.ATTRIBUTION_MAX
    )


#: A quotation finished, then who spoke it after a dash (。”——某某).
_SIGNED_AFTER = re.compile(r"[。！？!?][”」]\s*[—－]{1,2}\s*([^，,。；;：:、“”]{1,24})$")
#: A quotation finished, then a dash its line breaks (。”— / —某某).
_DASH_AFTER = re.compile(r"[。！？!?][”」]\s*[—－]{1,2}$")


def _word_runs_into_text(lines: list[Line], i: int) -> bool:
    """Line ``i``'s last word runs on into the next line, which holds running
    text (…关注农村贫 / 困人口脱贫问题。她说，…): a paragraph's line."""
    nxt = squeeze(lines[i + 1].raw)
    return (
        bool(_CLAUSE_INSIDE.search(nxt))
        and word_across(squeeze(lines[i].raw), nxt) >= T.HEAD_CUT_WORD
    )


def _runs_on_full(lines: list[Line], i: int, j: int) -> bool:
    """Line ``i`` and the next are as wide as each other (or ``i`` is short
    by an indent under a finished paragraph), and the sentence they run in
    ends on the line after (``j``): a paragraph's first lines,
    full width, whatever words the first shares with the story above. (A
    story opening under a headline runs a longer first sentence.)"""
    text, nxt = squeeze(lines[i].raw), squeeze(lines[i + 1].raw)
    # (under a finished paragraph, short of the next by a paragraph's indent)
    indent = T.FIRST_LINE_INDENT_MAX if i > 0 and ends_sentence(squeeze(lines[i - 1].raw)) else 0
    short_of = width(nxt) - width(text)
    return (
        j - i == T.SHORT_SENTENCE_LINES
        and -T.FULL_WIDTH_SLACK <= short_of <= indent + T.FULL_WIDTH_SLACK
    )


#: A line opening on a phrase, quoted or a word's last characters, closed by
#: a pause or stop (“洋货”，…, 基地。…): the rest of a sentence.
_PHRASE_CLOSED = re.compile(r"^(?:“[^”]{1,8}”|[\u4e00-\u9fff]{1,3})[。！？；，,、]")
#: A piece opening on a word's last characters and a stop (基地。…).
_WORD_CLOSED = re.compile(r"^[\u4e00-\u9fff]{1,3}[。！？；，,]")


#: A clause or sentence mark: no photo title holds one.
_CLAUSE_MARKS = re.compile(r"[，,。；;：:、]")
#: A headline's place, a colon, then what it tells of the place (炎陵：小果子
#: 撑起大产业), no other mark: no paragraph's line (某某说：… opens on who
#: speaks, 记者：… an interview's turn).
_PLACE_THEN_CLAIM = re.compile(
    r"^(?![\u4e00-\u9fff]*(?:说|道|问|答|称|示|绍|记者|主持人)[：:])[\u4e00-\u9fff]{2,4}[：:][^，,。；;：:、“”]{4,}$"
)


def _credit_alone(raw: str) -> bool:
    """The line holds a credit and nothing before it."""
    match = credit_match(raw)
    return match is not None and not squash(raw[: match.start()])


def _figure_printed_under(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` stops its sentence where the figure the next line opens on
    goes on it, its sentence going on after the figure: on the word a
    report's amount follows (…覆盖率已达到 / 96%，…), on a phrase of no clause
    under a line of clauses (…引进 / 和培育加工企业 / 46家，…), or on a word's
    last character or two, cut from the line over it (…累计互认检查检验项 / 目 /
    420万项次，…). The page broke the line before the figure."""
    if i <= 0 or i + 1 >= len(lines) or kinds[i] != LineKind.TEXT or kinds[i + 1] != LineKind.TEXT:
        return False
    text, below = squash(lines[i].raw), squash(lines[i + 1].raw)
    if not text or not is_cjk(text[-1]) or not FIGURE_START.match(below):
        return False
    if not any(c in below for c in "，,；;。"):
        return False  # (…产值增长 / 18%: a headline's figure, on its line alone)
    above = squash(lines[i - 1].raw)
    if kinds[i - 1] != LineKind.TEXT or ends_sentence(above):
        return False  # (a kicker stopped on 签约 over a title opening on a figure)
    if BEFORE_FIGURE.search(text):
        return True
    if _CLAUSE_INSIDE.search(above) and not _CLAUSE_INSIDE.search(text + "。"):
        # (a phrase between two lines of clauses, the figure counting what
        # it names: …华容县建设芥菜产业园，引进 / 和培育加工企业 / 46家，…)
        return True
    return len(text) <= T.WORD_CUT_PIECE and word_across(above, text) >= T.HEAD_CUT_WORD


def _verb_left_for_next_line(text: str, under: str) -> bool:
    """The line's last clause puts its object first with 把 and stops on that
    object, before any verb, and the next line opens on the verb (…把双季稻
    面积 / 层层分解，…): one clause of running text. A headline's 把 has its
    verb (把论文写在大地上)."""
    if "把" not in text:
        return False
    tags = pos_tags(squeeze(text).rsplit("，", 1)[-1])
    at = max((k for k, tag in enumerate(tags) if tag.word == "把" and tag.flag == "p"), default=-1)
    if at <= 0 or at == len(tags) - 1 or not tags[-1].flag.startswith("n"):
        return False  # (nor a line opening on 把: a verse's, 把一条小路 / 走成了…)
    if any(tag.flag.startswith(("v", "p")) for tag in tags[at + 1 :]):
        return False
    opening = pos_tags(under[: T.CUT_CONTEXT])[:2]
    if not opening:
        return False
    if opening[0].flag.startswith("v"):
        return True
    # (or on an adverb before it, one said twice among them: 层层分解)
    first = opening[0].word
    adverb = opening[0].flag == "d" or (len(first) == 2 and first[0] == first[1])
    return adverb and len(opening) == 2 and opening[1].flag.startswith("v")


def _stops_mid_phrase(text: str) -> bool:
    """The line has a clause in it and stops on a word no phrase ends on (a
    preposition, conjunction or particle: …今年不少地方把): running text."""
    return any(c in text for c in "，,；;") and stops_on_open_word(text)


def _printed_twice(lines: list[Line], i: int) -> bool:
    """The line after line ``i`` holds the same text."""
    return i + 1 < len(lines) and squash(lines[i + 1].raw) == squash(lines[i].raw)


def _body_line_twice(lines: list[Line], i: int) -> bool:
    """Line ``i`` and the next are one line of running text printed twice:
    it holds a clause break, stops mid-sentence and the line after the copy
    goes on its sentence (…涵盖先进制造、数 / the same / 字经济、…). A
    headline drawn twice for bold is followed by anything but its words."""
    text = squeeze(lines[i].raw)
    if i + 2 >= len(lines) or ends_sentence(text):
        return False
    if CAPTION_START.match(text) or _stops_mid_phrase(text):
        return True  # a sentence opening on its day (7月2日，…), or cut mid-phrase
    after = squeeze(lines[i + 2].raw)
    if DASH_LED.match(after):
        return False  # (a title drawn twice over its dash-led subtitle: 某某，某某 / ——探访…)
    if not any(c in text for c in "，,、；;"):
        # (a line of no clause mark: only the next line's first word closed
        # by a stop says its sentence ran on, …研制生产的重要 / 基地。近年来…)
        return bool(_WORD_CLOSED.match(after))
    if start_of(after) != Start.PLAIN or word_across(text, after) >= T.HEAD_CUT_WORD:
        return True
    # (or the next line is the column's next line of clauses, as wide as it:
    # …某种粮大户从 / the same / 一家农资店购买…，播种后…)
    return (
        any(c in after for c in "，,、；;")
        and not ends_sentence(after)
        and abs(width(text) - width(after)) <= T.FLOW_SLACK
    )


def _names_alone(text: str) -> bool:
    """Names and nothing else: each part a name's length (three characters at
    most) or a name read whole (欧阳明远), not two phrases of four
    (防汛抗洪 众志成城)."""
    parts = text.split()
    return bool(parts) and (all(len(p) <= 3 for p in parts) or is_name_line(text.strip()))


#: A byline line stopped on a role, its names on the next line (…记者, 通讯员).
_ROLE_LAST = re.compile(r"(?:记者|通讯员|实习生)\s*$")


def _byline_goes_on(
    lines: list[Line], kinds: list[LineKind], i: int, names: list[Line], bare: bool
) -> int:
    """The lines under the byline line ``i`` that the byline, broken over
    several lines, goes on on: appended to ``names``; returns the line after
    the byline. (``bare``: a name alone under a headline, which no name line
    under it completes.)"""
    line, j = lines[i], i + 1
    while j < len(lines) and len(names) <= T.BYLINE_MAX_NAME_LINES:
        if (
            kinds[j] == LineKind.BYLINE
            and lines[j].gap <= 1
            and (
                _BYLINE_GOES_ON.match(lines[j].raw)
                # (the names a line stopped on its role leaves to it)
                or (_ROLE_LAST.search(names[-1].raw) and NAMES.match(lines[j].raw))
            )
        ):
            # A byline broken before 通讯员 or 报道: the next byline line goes on it.
            names.append(lines[j])
            j += 1
        elif (
            lines[j].gap <= 1
            and _ROLE_LAST.search(names[-1].raw)
            and NAMES.match(squeeze_names(lines[j].raw))
        ):
            # A byline broken after its role, its names spread (记者 / 罗  毅 报道):
            # the names go on it.
            names.append(lines[j])
            j += 1
        elif (
            # (under a title, a second writer's name set tight under the first
            # signs with it: 陈某某 / 谭某)
            (not bare or (lines[j].gap == 0 and is_name_line(lines[j].raw.strip())))
            and kinds[j] == LineKind.TEXT
            # (a two-character name may be spread to three's width: 秦  川)
            and (NAMES.match(lines[j].raw) or is_name_line(lines[j].raw.strip()))
            and not EDITORS_NOTE.match(lines[j].raw)
            # (the paper's commentator signs unnamed: only a person's name
            # goes on 湖南日报评论员, never the phrase or label under it)
            and not (line.raw.rstrip().endswith("评论员") and not _names_alone(lines[j].raw))
            # (a label or the next item's title under a signature is no name)
            and (
                # (broken inside a name, or between two: 胡信松 / 王亮 通讯员 谭凯)
                is_byline(line.raw + lines[j].raw)
                or (
                    bool(ROLE_AMONG_NAMES.match(lines[j].raw))
                    and is_byline(f"{line.raw} {lines[j].raw}")
                )
                or (not line.raw.strip()[-1:].isdigit() and is_name_line(lines[j].raw.strip()))
            )
        ):
            # A byline broken between its names: the name line completes it.
            names.append(lines[j])
            j += 1
        elif (
            kinds[j] == LineKind.TEXT
            and lines[j].gap <= 1
            and squash(lines[j].raw)[:1] in "（("
            and is_byline(" ".join(n.raw for n in names) + lines[j].raw)
        ):
            # The writer's note under the name (某某 / （作者系…）): the byline's.
            names.append(lines[j])
            j += 1
        else:
            break
    return j


def _box_in_text(lines: list[Line], kinds: list[LineKind], i: int) -> int:
    """How many short lines from ``i`` on are a box drawn into running text: a
    phrase or two of a few characters each (抗旱保供 / 在行动) under a line of
    clauses that leaves its sentence open, over a line of the column's width
    that goes on with it. 0: none. A headline follows a finished paragraph."""
    if (
        0 < i < len(lines) - 1
        and kinds[i - 1] == kinds[i + 1] == LineKind.TEXT
        and _HOTLINE.fullmatch(squash(lines[i].raw))
        and not ends_sentence(squeeze(lines[i - 1].raw))
    ):
        return 1  # (a hotline's box, 举报投诉电话 12350, drawn into a sentence left open)
    if i == 0 or kinds[i - 1] != LineKind.TEXT or not _box_phrase(lines[i].raw):
        return 0  # (the cheap test first: most lines are no box's)
    above = squeeze(lines[i - 1].raw)
    if ends_sentence(above) or not _CLAUSE_INSIDE.search(above) or above[-1:] in "，,、；;：:":
        return 0
    if word_across(above, squeeze(lines[i].raw)) >= T.HEAD_CUT_WORD:
        return 0  # (the sentence's own last word: …拟任某县 / 委书记)
    n = 0
    while (
        n < T.BOX_IN_TEXT_LINES
        and i + n < len(lines)
        and kinds[i + n] == LineKind.TEXT
        and _box_phrase(lines[i + n].raw)
    ):
        n += 1
    if not n or i + n >= len(lines) or kinds[i + n] != LineKind.TEXT:
        return 0
    below = squeeze(lines[i + n].raw)
    if FIGURE_START.match(below) and BEFORE_FIGURE.search(squash(lines[i + n - 1].raw)):
        return 0  # the sentence's own words before its figure (…覆盖率已达到 / 96%…)
    return n if not _box_phrase(below) and width(below) >= width(above) - T.FLOW_SLACK else 0


#: A hotline's box: what it takes, then its number (举报投诉电话12350, 服务热线0731-12345).
_HOTLINE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:电话|热线)[0-9０-９\-－]{5,13}")


def _box_phrase(raw: str) -> bool:
    flat = squash(raw)
    return 0 < len(flat) <= T.BOX_IN_TEXT_MAX and all(is_cjk(c) for c in flat)


def _paragraph_end_twice(lines: list[Line], i: int) -> bool:
    """Line ``i``, printed again right under itself, is the last line of a
    paragraph of running prose: it finishes the sentence the clauses of the
    line over it began (…光伏产品增长较快， / “湘品出海”…持续拓展。 / the
    same). No paragraph opens on the very line that closed the one before;
    a verse's refrain stands on lines of no clause."""
    text = squeeze(lines[i].raw)
    if i == 0 or not ends_sentence(text) or len(squash(text)) < T.TWIN_LINE_MIN:
        return False
    above = squeeze(lines[i - 1].raw)
    return not ends_sentence(above) and bool(_CLAUSE_INSIDE.search(above))


def _caption_apart(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A photo's caption printed with no credit beside it: a sentence or two
    on one line that stands out of the columns around it. No paragraph's line
    is wider than its column, and no headline finishes a sentence."""
    text = squeeze(lines[i].raw)
    if not ends_sentence(text) or not any(c in text for c in "，,"):
        return False
    if len(squash(text)) > T.UNCREDITED_CAPTION_MAX or text.count("。") > 2:
        return False
    columns = [c for c in (_column_at(lines, kinds, i, -1), _column_at(lines, kinds, i, 1)) if c]
    if not columns or any(width(text) < c + T.CAPTION_WIDER_THAN_COLUMN for c in columns):
        return False
    # (a caption of a group, its credit under the group's last caption: read with the group)
    group = lines[i + 1 : i + 1 + T.PHOTO_MAX_CAPTIONS]
    return not any(credit_match(line.raw) for line in group)


def _sentences_to_credit(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Do the lines from ``i`` on run, tight, to a sentence end right over a
    photo's credit, in a caption's few lines?"""
    for j in range(i, min(len(lines) - 1, i + T.COLUMN_CAPTION_LINES)):
        if kinds[j] != LineKind.TEXT or lines[j + 1].gap > T.CAPTION_GAP:
            return False
        if ends_sentence(squeeze(lines[j].raw)) and credit_match(lines[j + 1].raw) is not None:
            return True
    return False


#: A cartoon's words, told (漫画：办公桌上摞着…): its caption; a cartoon
#: titled so (漫画：“打卡”) names no more than its title.
_CARTOON_WORDS = re.compile(r"^漫画[：:](?![“「][^”」]{1,12}[”」]$).{6,}")


def _caption_over_credit(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A photo's caption set to its column's width under the photo's title:
    opening on its day (8月31日，…) or on a clause, its lines running on to a
    sentence end right over the credit (…同学。 / 某某 摄; a cartoon's
    words, …没有带回来。 / 某某 作), a few lines at most."""
    if (
        not CAPTION_START.match(squash(lines[i].raw))
        and not _CLAUSE_INSIDE.search(squeeze(lines[i].raw))
        and not _CARTOON_WORDS.match(squash(lines[i].raw))
    ):
        return False  # (a cartoon's title over its words)
    # (of a sentence or two, each a line or more: 6月16日，… / …订单。 /
    # 今年以来，…。 / 某某 摄)
    return _sentences_to_credit(lines, kinds, i)


def _clauses_run_on(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` and the next are one paragraph's running text, whatever
    their widths: clauses on both, and a word run over the break between
    them (会议要求，…落实支 / 持民营经济…，). A headline is a phrase or two."""
    if i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    text, nxt = squeeze(lines[i].raw), squeeze(lines[i + 1].raw)
    # (or the next runs on into the line under it the same way: 比赛设…三个
    # 项目，参赛 / 选手须在…规定菜品和自 / 选菜品。…)
    runs_on = (
        i + 2 < len(lines)
        and kinds[i + 2] == LineKind.TEXT
        and word_across(nxt, squeeze(lines[i + 2].raw)) >= T.HEAD_CUT_WORD
    )
    return (
        bool(_CLAUSE_INSIDE.search(text))
        and (bool(_CLAUSE_INSIDE.search(nxt + "。")) or runs_on)
        and word_across(text, nxt) >= T.HEAD_CUT_WORD
    )


def _word_from_clause_above(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i`` finishes a word the line above, running text of clauses
    left open, cut (…某村，驻村工 / 作队队长…): that text's next line."""
    above = squeeze(lines[i - 1].raw)
    return (
        kinds[i - 1] == LineKind.TEXT
        and bool(_CLAUSE_INSIDE.search(above))
        and not ends_sentence(above)
        # (a line opening on a place's name opens on a word of its own:
        # …单日最高车 / 长株潭城际铁路… reads no 车长)
        and not opens_on_place(text)
        and word_across(above, text) >= T.HEAD_CUT_WORD
    )


def _item_runs_on(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` opens a numbered item whose words run over the line's end
    into clauses (二、征稿要求：围绕“某某”主 / 题，讲述…): a notice's point,
    set as text, never a crosshead, which is a phrase complete on its line."""
    if i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    text, nxt = squeeze(lines[i].raw), squeeze(lines[i + 1].raw)
    return (
        item_number(text) > 0
        and bool(_STOPS_OR_PAUSES.search(nxt))
        and word_across(text, nxt) >= T.HEAD_CUT_WORD
    )


#: A clause that is only a list of short names closed by 等 and the noun it
#: names (，住建、城管、水务等部门): a subject, its verb on the next line (a
#: verb over the list, 涵盖农业、制造…等领域, makes its first item longer).
_LIST_AWAITS_VERB = re.compile(
    r"[，,](?:[\u4e00-\u9fff]{1,3}、)+[\u4e00-\u9fff]{1,3}等[\u4e00-\u9fff]{1,3}$"
)

#: A clause break with text after it on the line.
_CLAUSE_INSIDE = re.compile(r"[，,、；;].")


def _notice_titled(
    lines: list[Line], kinds: list[LineKind], i: int, text: str, above_ends: bool = True
) -> bool:
    """Line ``i`` names a notice (…的公告, …征稿启事), holds no clause,
    and stands between a finished sentence (``above_ends``; else any line)
    and a line opening one of its own: the notice's title, however wide,
    over its text."""
    if not NOTICE_TITLE.search(squash(text)) or _STOPS_OR_PAUSES.search(text):
        return False
    if (
        above_ends
        and i > 0
        and kinds[i - 1] == LineKind.TEXT
        and not ends_sentence(squeeze(lines[i - 1].raw))
    ):
        return False
    if i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    below = squeeze(lines[i + 1].raw)
    if SALUTATION.match(squash(below)):
        return True  # (…的通知 / 各有关单位：: the notice addresses its readers)
    start = start_of(below)
    # (a first word that may end a word, 因工作需要…, opens a sentence when
    # no word runs into it from the title)
    return start in (Start.PLAIN, Start.FIGURE) or (
        start == Start.FRAGMENT and word_across(text, below) < T.HEAD_CUT_WORD
    )


def _over_notice_title(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i``, of no clause, stands between a finished sentence and a
    notice's title over its text: a headline line, the notice's first or
    the title of the item above, printed after it; running text never
    stops short of a notice's title unfinished."""
    if _STOPS_OR_PAUSES.search(text) or i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    # (over it, maybe another line of no clause: a kicker over that title)
    k = i - 1
    if k > 0 and kinds[k] == LineKind.TEXT and not _STOPS_OR_PAUSES.search(squash(lines[k].raw)):
        k -= 1
    if k >= 0 and kinds[k] == LineKind.TEXT and not ends_sentence(squeeze(lines[k].raw)):
        return False
    return _notice_titled(lines, kinds, i + 1, squeeze(lines[i + 1].raw), above_ends=False)


#: A pointer in brackets to more on another page of the issue, closing a
#: text (（相关报道见今日1版）, （详见第3版））.
_SEE_PAGE = re.compile(
    r"[（(](?:相关|更多)?[\u4e00-\u9fff]{0,6}?(?:详见|见)[\u4e00-\u9fff]{0,3}第?[0-9０-９]{1,2}版[）)]"
)


#: A bound stopping a sentence before its figure (不少于 / 100场, 不低于, 高于).
_BOUND_BEFORE_FIGURE = re.compile(r"(?:不少|不低|不超|不高|多|少|高|低)于$")


#: A stop or a pause inside a line: running text, no title.
_STOPS_OR_PAUSES = re.compile(r"[，,；;。：:！？!?]")


def _cut_before_next(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Lines from ``i`` on run unfinished into the next story's dateline or
    a jump marker sending them on (▷下转2版), one of them breaking a clause
    and running a word over its break: a paragraph cut there, however short
    its first line, never a stack."""
    j = i + 1
    while j < len(lines) and kinds[j] == LineKind.TEXT and not ends_sentence(squeeze(lines[j].raw)):
        j += 1
    if j >= len(lines) or not (
        kinds[j] == LineKind.DATELINE or (kinds[j] == LineKind.MARKER and _jumps_on(lines[j].raw))
    ):
        return False  # (a stack's lines may break inside a word over a writer: 不妨从劳 / 动开始)
    return any(_clause_runs_a_word_on(lines, k) for k in range(i, j - 1))


def _clause_runs_a_word_on(lines: list[Line], k: int) -> bool:
    """Line ``k`` holds a pause and runs a word over the break into
    the next line (…重点帮扶县，用于产 / 业发展…): a paragraph's running text.
    A headline's line breaks between its phrases."""
    text, nxt = squeeze(lines[k].raw), squeeze(lines[k + 1].raw)
    return (
        bool(_PAUSE_INSIDE.search(text))
        # (a headline's last word may be left alone on a line: …线路1.2万 / 公里)
        and len(squash(nxt)) > T.WORD_CUT_PIECE
        and word_across(text, nxt) >= T.HEAD_CUT_WORD
    )


#: Who made a photo and wrote its words, alone on a line (文/图 某某, 图/文 某某).
_PHOTO_AND_WORDS = re.compile(
    r"^\s*(?:文\s*[·/／]\s*图|图\s*[·/／]\s*文)\s*[丨|｜:：]?\s*[\u4e00-\u9fff]"
)

#: A pause between clauses with text after it on the line (a list's 、 is
#: a headline's too: 无人驾驶矿卡、智能农机…).
_PAUSE_INSIDE = re.compile(r"[，,；;].")


def _jumps_on(text: str) -> bool:
    """The line holds a 下转 marker: its paragraph goes on on another page."""
    return any(jump.direction == "to" for _m, jump in jumps_in(text))


def _title_opens_page(lines: list[Line], kinds: list[LineKind]) -> bool:
    """The page's first line, of no clause and narrower than the line under
    it, with no word run over the break between them (脱贫攻坚要…敲到底 /
    冬日的湘西山区，…): a title over its text. A paragraph's first line opens
    a clause the next line goes on with (中国（湖南）自由贸易 / 试验区…)."""
    if len(lines) < 2 or kinds[1] != LineKind.TEXT:
        return False
    text, nxt = squeeze(lines[0].raw), squeeze(lines[1].raw)
    return (
        len(squash(text)) >= T.PAGE_TITLE_MIN
        and not any(c in text for c in _CLAUSE_OR_NOTE)
        and width(text) <= width(nxt) - T.FLOW_SLACK
        and word_across(text, nxt) < T.HEAD_CUT_WORD
        # (a title states something; a paragraph may open on what it names,
        # 第三届某某博览会 / 在长沙开幕。…)
        and says_something(text)
    )


def _title_under_label(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A phrase under a column's label alone on its line (评论员文章 / 把…办扎实),
    shorter than the column under it by more than a first line's indent: the
    piece's title, whose text the label heads, not that text's first line."""
    if i == 0 or kinds[i - 1] != LineKind.TEXT:
        return False
    label, text = squash(lines[i - 1].raw), squeeze(lines[i].raw)
    # (an opinion column may be named in two characters: 来论, 新论)
    shaped = label_shaped(label) or bool(OPINION_COLUMN.search(label))
    # (a title of two clauses over its writer's bare name: 禁捕之后，更要“护渔” / 某某某)
    signed = (
        i + 2 < len(lines)
        and is_name_line(lines[i + 1].raw.strip())
        and kinds[i + 2] == LineKind.TEXT
    )
    if not shaped or (_CLAUSE_INSIDE.search(text) and not signed):
        return False
    # (a column's name of no known kind, 观潮台, printed over two pieces or
    # more of the page: a commentary page's column all the same)
    opinion = bool(OPINION_COLUMN.search(label)) or (
        label_shaped(label) and sum(squash(line.raw) == label for line in lines) > 1
    )
    if not (looks_like_column(label) or opinion):
        return False
    if text[-1:] in _PAUSES:
        return False  # (stopped on a pause, 不少地方推进便民服务，: its sentence goes on)
    column = _column_at(lines, kinds, i, 1)
    if column is None:
        return False
    below = squeeze(lines[i + 1].raw) if i + 1 < len(lines) else ""
    if (
        (opinion or (looks_like_column(label) and bool(_MARKED_WORDS.search(text))))
        and not ends_sentence(text)
        and width(text) <= column
        # (a sentence may open on what reads as a word's second half, 省第…,
        # when no word runs over the break)
        and start_of(below) in (Start.PLAIN, Start.FRAGMENT)
        and word_across(text, below) < T.HEAD_CUT_WORD
    ):
        # (an opinion column's label heads a titled piece: the phrase under it,
        # no wider than the column and opening no sentence the next line goes
        # on, is its title, whatever indent it lacks)
        return True
    return width(text) < column - T.FIRST_LINE_INDENT_MAX


def _title_over_label(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A phrase over a column's label alone on its line, the label over a
    paragraph's first line (民宿火了，标准要跟上 / 纵横谈 / 这两年，…): the
    piece's title, printed above its column's name, no paragraph's last line
    (that finishes its sentence) nor one cut (that stops on a pause or runs
    into the label's words)."""
    if i + 2 >= len(lines) or kinds[i + 1] != LineKind.TEXT or kinds[i + 2] != LineKind.TEXT:
        return False
    text, label = squeeze(lines[i].raw), squash(lines[i + 1].raw)
    if not (label_shaped(label) and (looks_like_column(label) or OPINION_COLUMN.search(label))):
        return False
    if ends_sentence(text) or text[-1:] in _PAUSES or word_across(text, label) >= T.HEAD_CUT_WORD:
        return False
    # (the column under the label, or the one above where too few lines show it)
    column = _column_at(lines, kinds, i + 2, 1) or _column_at(lines, kinds, i, -1)
    return (
        column is not None
        and width(text) <= column
        and start_of(squeeze(lines[i + 2].raw)) == Start.PLAIN
    )


#: Marks setting words apart in a title (“重”, 《某书》, (国画)): they widen
#: its line to the column's width, where the width tells a title no more.
_MARKED_WORDS = re.compile(r"[“”‘’《》（）()]")
#: The marks a sentence pauses on, never a title's last.
_PAUSES = "，,、；;"


def _title_under_note(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A phrase under a piece closed on its note (…红利。（摘自某刊文章，作 /
    者某某） / 服务型制造是…方向), shorter than the column under it by more
    than a first line's indent: the next piece's title. A writer's or a
    source's note closes its piece; what follows it is another."""
    if i == 0 or kinds[i - 1] != LineKind.TEXT or not _closes_note(lines, i - 1):
        return False
    text = squeeze(lines[i].raw)
    if ends_sentence(text) or _CLAUSE_INSIDE.search(text):
        return False
    if _CARTOON_TITLE.match(squash(text)):
        return True  # (a cartoon's title names it so: 漫画：最后一道“门槛”, however wide)
    column = _column_at(lines, kinds, i, 1)
    return column is not None and width(text) < column - T.FIRST_LINE_INDENT_MAX


def _title_under_signature(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A phrase under a writer's bare name signing the finished text above it
    (…“验收单”。 / 某某 / 普惠金融要“惠”得更实): the next piece's title, however
    near the narrow column's width; a signature closes its piece. The next
    piece's column may be named between them (…。 / 某某 / 一家之言 / title)."""
    at = i - 1
    labelled = at > 1 and _label_between(lines, kinds, at)
    at -= labelled
    if at < 1 or kinds[at] != LineKind.TEXT or kinds[at - 1] != LineKind.TEXT:
        return False
    name = squash(lines[at].raw)
    # (over a column's name, a bare full name signs the piece above, however
    # jieba reads it: 易大江 / 一家之言)
    if not (
        (is_name_line(lines[at].raw.strip()) and _read_as_name(name))
        or (labelled and _signature_text(lines[at].raw))
    ):
        return False
    if not ends_sentence(squeeze(lines[at - 1].raw)):
        return False
    text = squeeze(lines[i].raw)
    if ends_sentence(text) or _CLAUSE_INSIDE.search(text) or text[-1:] in _PAUSES:
        return False
    if _justified(lines[i]):
        return False  # (a line set to the column's width: the text the name heads)
    # (the next piece's first line of text, its title printed elsewhere, goes
    # on into the line under it: 县域经济是国民经济的基 / 础…)
    below = squeeze(lines[i + 1].raw) if i + 1 < len(lines) else ""
    return start_of(below) in (Start.PLAIN, Start.FRAGMENT) and (
        word_across(text, below) < T.HEAD_CUT_WORD
    )


def _label_between(lines: list[Line], kinds: list[LineKind], k: int) -> bool:
    """Line ``k`` is a column's name alone on its line, no writer's name."""
    raw = lines[k].raw.strip()
    return (
        kinds[k] == LineKind.TEXT
        and label_shaped(squash(raw))
        and not (is_name_line(raw) and _read_as_name(squash(raw)))
    )


#: A cartoon's title, named so (漫画：某某): a line no longer than a photo's title.
_CARTOON_TITLE = re.compile(rf"^漫画[：:·・].{{1,{T.PHOTO_TITLE_MAX}}}$")


def _closes_note(lines: list[Line], k: int) -> bool:
    """Line ``k`` closes a note opened on it or on the line above it."""
    if squeeze(lines[k].raw)[-1:] not in "）)":
        return False
    return any(
        AUTHOR_NOTE.match(lines[m].raw) or NOTE_AFTER_STOP.search(squeeze(lines[m].raw))
        for m in (k, k - 1)
        if m >= 0
    )


def _narrower_than_columns(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """A line that stops mid-sentence is a paragraph's first or middle line,
    as wide as its column (less an indent), unless it is a headline, label
    or crosshead. Narrower by far than the columns printed before and after
    it, it is one of those."""
    text = squeeze(lines[i].raw)
    own = width(text)
    if i + 1 < len(lines) and kinds[i + 1] == LineKind.TEXT:
        # A line of clauses over one as wide that goes on: a paragraph of a
        # narrow column (a commentary's), whatever the wider columns around.
        # So is a line whose sentence runs into the clauses of the next, as
        # wide or wider by a first line's indent (…历史文化名 / 城”，釉下…).
        nxt = squeeze(lines[i + 1].raw)
        if not ends_sentence(nxt) and (
            (any(c in text for c in "，、") and abs(width(nxt) - own) <= T.FLOW_SLACK)
            or (
                _CLAUSE_INSIDE.search(nxt)
                and -T.FLOW_SLACK <= width(nxt) - own <= T.FIRST_LINE_INDENT_MAX
            )
        ):
            return False
    columns = [c for c in (_column_at(lines, kinds, i, -1), _column_at(lines, kinds, i, 1)) if c]
    return bool(columns) and all(own <= c - T.NARROWER_THAN_COLUMN for c in columns)


def _between_two_columns(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """A line of no clause under a finished paragraph, narrower than the
    column above by more than an indent and wider than the column below (…搭建
    平台。 / 某某专列开进高校 / 全省某某大会提出…): no line of either
    column's text, a headline between two stories set to their own widths."""
    if (
        i == 0
        or _STOPS_OR_PAUSES.search(squash(text))
        or not ends_sentence(squeeze(lines[i - 1].raw))
    ):
        return False
    above, below = _column_at(lines, kinds, i, -1), _column_at(lines, kinds, i, 1)
    if above is None or below is None:
        return False
    own = width(text)
    return own <= above - T.FIRST_LINE_INDENT_MAX - T.FLOW_SLACK and own >= below + T.FLOW_SLACK


def _breaks_flow(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Read as a paragraph's first line, would line ``i`` fit the lines that
    must follow it? A paragraph's lines up to its last are all the column's
    full width and only the first is indented: so no line that goes on
    after it is narrower than it, it is no wider than them, and the next is
    not indented under it (that one starts a paragraph of its own). A line
    that breaks this is a headline, label or crosshead."""
    own = width(squeeze(lines[i].raw))
    # (line ``i`` is inside a paragraph when it holds clauses, or when the
    # line under it is as wide, no first line indented under a headline)
    clauses = bool(_CLAUSE_INSIDE.search(squeeze(lines[i].raw))) or _as_wide_under(
        lines, kinds, i, own
    )
    widths: list[float] = []
    # (a line with a glyph gap was justified to the column's full width: the
    # extraction left the gap's width out of its text, so it is never read
    # as narrower than the line over it)
    gapped: list[bool] = []
    before_figure: list[bool] = []
    texts: list[str] = []
    for j in range(i + 1, min(len(lines), i + 1 + T.FLOW_LINES)):
        if kinds[j] != LineKind.TEXT:
            break
        if _box_in_text(lines, kinds, j):
            break  # (a box's short lines drawn into the sentence: no line of it)
        text = squeeze(lines[j].raw)
        # (a sentence's line stopped on a bare figure, or the figure printed
        # alone, with no unit under it, was cut before its unit, printed
        # after the next story: …养老保险新 / 增参保 18.7)
        cut_at_figure = clauses and ends_with_number(text) and not _unit_under(lines, kinds, j)
        if _FIGURE_RUN.match(text) and not cut_at_figure:
            continue  # (a figure set apart from its unit: a run, no line of the column)
        cut = _jumps_on(text) or (j + 1 < len(lines) and kinds[j + 1] == LineKind.MARKER)
        cut = cut or cut_at_figure
        if ends_sentence(text) or text[-1:] in "；;：:" or cut or NOTE_AFTER_STOP.search(text):
            # a paragraph's last line (of a list, too), one cut by a jump
            # marker, or one whose last sentence a source note follows
            # (…数字红利。（摘自某刊文章，作 / 者某某）)
            break
        widths.append(width(text))
        texts.append(text)
        # (a spread line under a line of clauses is full, set to the column's
        # width; right under line ``i`` it may be a paragraph's first, set to
        # the width its indent leaves, and under a phrase a paragraph's line
        # under a headline: there its closed-up width stands)
        gapped.append(_justified(lines[j]) if j > i + 1 and clauses else _gapped(lines[j]))
        before_figure.append(_cut_before_figure(lines, kinds, j))
    if not widths:
        return False
    full = [w for w, gap in zip(widths, gapped, strict=True) if not gap]
    # (a line the page broke before the figure the next opens on, 区域内 /
    # 261家企业…, is short of the column, not of line ``i``)
    # (line ``i`` as wide as the column, the lines past one as wide holding
    # a clause are its paragraph's, whatever the page set into them: a stack
    # printed inside that paragraph is no sign that line ``i`` heads anything)
    reach = len(widths)
    if own >= max(widths) - T.FLOW_SLACK:
        reach = next(
            (
                n
                for n, (w, text) in enumerate(zip(widths, texts, strict=True))
                if n > 0 and w >= own - T.FLOW_SLACK and _CLAUSE_INSIDE.search(text)
            ),
            reach,
        )
    narrower = [
        w
        for w, gap, cut in zip(widths[:reach], gapped, before_figure, strict=False)
        if not gap and not cut and w < own - T.FLOW_SLACK
    ]
    # (one line cut short among full ones, line ``i`` short of those by an
    # indent, is a paragraph's: …土石方1300 万 / 立方米)
    wider = [w for w in full if w > own + T.FLOW_SLACK]
    cut_short = (
        len(narrower) == 1 and len(wider) >= 2 and max(wider) - own <= T.FIRST_LINE_INDENT_MAX
    )
    if (narrower and not cut_short) or own > max(widths) + T.FLOW_SLACK:
        return True
    # (a line set with figures, 公共厕所 60 座、…8, is justified to the
    # column's width whatever half widths its figures count: no indent
    # under a line whose sentence goes on at a comma)
    figures = squeeze(lines[i].raw)[-1:] in "，,、" and any(
        c.isdigit() for c in squash(lines[i + 1].raw)
    )
    indented = (
        not gapped[0]
        and not before_figure[0]
        and not figures
        and widths[0] <= min(widths[1:], default=own) - T.FLOW_SLACK
    )
    # (or it and the two lines under it all short of the full lines that
    # follow, none finishing a sentence: no paragraph is printed so; a
    # stack's lines over a paragraph's indented first line are)
    rest = [w for w, gap in zip(widths[2:], gapped[2:], strict=True) if not gap]
    stacked = (
        len(rest) >= 2
        and not any(gapped[:2])
        and not any(_clause_or_note(squeeze(lines[k].raw)) for k in (i, i + 1))
        and max(own, widths[0], widths[1]) <= median(rest) - T.FLOW_SLACK
    )
    return (len(widths) >= 3 and indented) or stacked or _short_stack_over_text(lines, kinds, i)


#: A subtitle's leading dash (——记某某).
_SUBTITLE_DASH = re.compile(r"^[—－]{2}")

#: A figure alone on a line, no unit (…整治背街小巷 / 2140 / 128条…): the
#: extraction set the run apart from its unit, wherever that is printed.
_FIGURE_RUN = re.compile(r"^[0-9０-９][0-9０-９.．]*$")


def _short_stack_over_text(lines: list[Line], kinds: list[LineKind], i: int) -> bool:
    """Line ``i`` and the lines under it, three or four, each short of the
    column's full width and none finishing a sentence or holding a clause,
    then text with clauses set to that width: a stack's lines (步行街、夜市人气旺
    / 长沙夜间消费… / 夜经济要… / 更要… / 入夜之后，城市的另一 / …); no
    paragraph's lines but its last stop short."""
    run = 0
    for k in range(i, min(len(lines), i + T.STACK_MAX_LINES + 1)):
        text = squeeze(lines[k].raw)
        if kinds[k] != LineKind.TEXT or ends_sentence(text) or _clause_or_note(text):
            break
        run += 1
    if not T.SHORT_STACK_MIN_LINES <= run <= T.STACK_MAX_LINES:
        return False
    under = []
    for k in range(i + run, min(len(lines), i + run + T.FLOW_LINES)):
        text = squeeze(lines[k].raw)
        if kinds[k] != LineKind.TEXT or _gapped(lines[k]):
            break
        under.append(text)
    prose = [t for t in under if _CLAUSE_OR_NOTE_RE.search(t)]
    if len(prose) < T.SHORT_STACK_MIN_LINES or not _CLAUSE_OR_NOTE_RE.search(under[0]):
        return False
    full = max(width(t) for t in under)
    return all(width(squeeze(lines[k].raw)) <= full - T.FLOW_SLACK for k in range(i, i + run))


def _clause_or_note(text: str) -> bool:
    """A clause's or a note's mark in the line; a list's pause alone between
    short nouns is a headline's too (步行街、夜市人气旺)."""
    if not _CLAUSE_OR_NOTE_RE.search(text):
        return False
    return bool(_CLAUSE_OR_NOTE_RE.search(text.replace("、", ""))) or len(text) > T.HEAD_LIST_MAX


def _one_line_briefs(lines: list[Line], kinds: list[LineKind], i: int) -> int:
    """How many one-line briefs line ``i``, a briefs' name alone (简讯),
    stands over: lines of text each a finished sentence or two, wider than
    any column line (the strip runs across the page); 0 when fewer than two."""
    if not BRIEFS_COLUMN.fullmatch(squash(lines[i].raw)):
        return 0
    k = i + 1
    while (
        k < len(lines)
        and kinds[k] == LineKind.TEXT
        and len(squash(lines[k].raw)) >= T.ONE_LINE_BRIEF_MIN
        and ends_sentence(squeeze(lines[k].raw))
        and not dateline_match(lines[k].raw)
    ):
        k += 1
    return k - i - 1 if k - i - 1 >= T.BRIEFS_MIN else 0


def _unit_under(lines: list[Line], kinds: list[LineKind], j: int) -> bool:
    """The line under line ``j`` is text opening on a unit (…1300 万 / 立方米)."""
    return (
        j + 1 < len(lines)
        and kinds[j + 1] == LineKind.TEXT
        and start_of(squeeze(lines[j + 1].raw)) == Start.UNIT
    )


def _cut_before_figure(lines: list[Line], kinds: list[LineKind], j: int) -> bool:
    """Line ``j`` stops on a character of its sentence and the next line
    opens on a figure that goes on it: a line cut short before its figure."""
    text = squash(lines[j].raw)
    return (
        j + 1 < len(lines)
        and kinds[j + 1] == LineKind.TEXT
        and bool(text)
        and is_cjk(text[-1])
        and bool(FIGURE_START.match(squash(lines[j + 1].raw)))
    )


#: A space a justified line's spreading left between two characters of
#: Chinese text or at its punctuation (体系 ， 共设立), not the space an
#: extraction prints around a figure (2380 名).
_CHINESE = r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20]"
_GLYPH_GAP = re.compile(_CHINESE + " +" + _CHINESE)


def _as_wide_under(lines: list[Line], kinds: list[LineKind], i: int, own: float) -> bool:
    """Line ``i`` is as wide as the column and the line under it is text as
    wide, its sentence going on: no paragraph's first line, indented, under
    a headline."""
    if i + 1 >= len(lines) or kinds[i + 1] != LineKind.TEXT:
        return False
    text = squeeze(lines[i + 1].raw)
    return (
        not ends_sentence(text)
        and not lines[i + 1].spread
        and abs(width(text) - own) <= T.SAME_WIDTH_SLACK
        and _full_width(lines, kinds, i, squeeze(lines[i].raw))
    )


def _gapped(line: Line) -> bool:
    """The line holds a glyph's gap the extraction dropped: justified to the
    column's full width."""
    return bool(_GLYPH_GAP.search(line.raw.strip()))


def _justified(line: Line) -> bool:
    """The line was set to the column's full width: spread character by
    character, or left with a glyph's gap."""
    return line.spread or _gapped(line)


#: Quote and title marks, which a title's length leaves out.
_MARKS = re.compile(r"[“”‘’《》「」\"']")
#: A title naming a work in title marks: an artwork's, over its caption.
_WORK_NAMED = re.compile(r"《[^》]+》")


def _full_width(lines: list[Line], kinds: list[LineKind], i: int, text: str) -> bool:
    """Line ``i`` (``text``) is as wide as the column printed around it."""
    column = _column_at(lines, kinds, i, -1) or _column_at(lines, kinds, i, 1)
    return column is not None and width(text) >= column - T.FLOW_SLACK


def _column_at(lines: list[Line], kinds: list[LineKind], i: int, step: int) -> float | None:
    """The full width of the column printed next to line ``i`` (before it,
    step -1, or after it, step 1): the upper middle of the widths of the
    lines there that stop mid-sentence (a paragraph's last line is short)."""
    widths: list[float] = []
    k = i + step
    while 0 <= k < len(lines) and abs(k - i) <= T.COLUMN_REACH and len(widths) < T.COLUMN_SAMPLE:
        if kinds[k] == LineKind.TEXT:
            text = squeeze(lines[k].raw)
            w = width(text)
            if not ends_sentence(text) and T.COLUMN_LINE_MIN <= w < T.WIDE_LINE:
                widths.append(w)
        k += step
    return column_width(widths) if len(widths) >= T.COLUMN_SAMPLE_MIN else None


def _is_subhead(zone: list[Line], draft: Draft, runs, lines, i) -> bool:
    """A lone short line between two paragraphs of a story that has run a
    while, with body text going on after it, is a crosshead (小标题) of that
    story: no headline of a new story is printed so without a byline, a
    dateline or a label near it. Not a crosshead: a column label, a bare
    name, or a line that repeats the story above while the text after it is
    about something else (that story's headline, printed after its body)."""
    if len(zone) != 1 and not _wrapped_crosshead(zone, runs):
        return False
    raw = "".join(line.raw.strip() for line in zone)
    text = squeeze(raw)
    # (a section named and summed up, 优化服务：从…到…, runs longer)
    longest = T.PARA_SUBHEAD_MAX if SECTION_GIST.match(squash(text)) else T.SUBHEAD_MAX
    if len(text) > longest or len(text) < T.SUBHEAD_SERIES_MIN or ends_sentence(text):
        return False
    if looks_like_column(text) or is_name_line(raw.strip()):
        return False
    k = next((m for m in range(i - 1, -1, -1) if lines[m].no == zone[0].no), 0)
    last = k + len(zone) - 1  # (the crosshead's last line)
    if k > 0 and _closes_note(lines, k - 1):
        return False  # (a writer's or source's note closed the piece above)
    if NOTICE_TITLE.search(squash(text)):
        return False  # (a notice's or a tips box's name heads an item of its own: 健康提示)
    if len(text) < T.SUBHEAD_MIN and not _crosshead_series(lines, i, text, runs):
        return False  # (three characters head a section only among crossheads like it)
    after = "".join(line.raw for line in lines[i : i + T.TOPIC_LOOKAHEAD // 2])
    story = "".join(line.raw for run in runs if run not in (BREAK, PHOTO) for line in run)
    before = story[-T.BODY_CONTEXT :]
    # A label's words are a standing title's; a crosshead's (荒山变茶园) are
    # the words of the section it opens, or the story goes on under it.
    if (
        _label_like(text)
        and word_share(text, after) < T.LABEL_WORDS_IN_BODY
        and similarity(after, before) < T.CROSSHEAD_SAME_STORY
        and not _crosshead_series(lines, i, text, runs)
    ):
        return False
    repeats = similarity(text, before) >= T.HEAD_REPEATS_STORY
    lead = "".join(squeeze(line.raw) for line in lines[last + 1 : last + 3])
    flat = squash(text)
    first = squash(lines[last + 1].raw) if last + 1 < len(lines) else ""
    if len(flat) >= T.TITLE_OPENS_TEXT_MIN and first.startswith(flat) and first != flat:
        # (a title its text opens on, word for word: 母亲的菜园 / 母亲的菜园在…;
        # a line printed twice is the extraction's copy)
        return False
    if _restated(text, lead) and similarity(after, before) < T.SUBHEAD_SAME_STORY:
        return False  # (a headline its lead restates, over text of another topic)
    if draft.starts_with == Opener.BYLINE and WRITER_SIGN.match(squash(draft.byline)):
        # (a writer's essay, 文丨某某, seldom runs in sections: a line naming
        # what it told over text of something else is its title, printed
        # after it; a reporter's feature runs in sections whatever they name)
        return not (repeats and similarity(after, before) < T.SUBHEAD_SAME_STORY)
    if draft.starts_with in (Opener.JUMP, Opener.BYLINE):
        return True
    if len(squash(story)) < T.SUBHEAD_STORY_MIN:
        return False
    if (
        draft.starts_with == Opener.DATELINE
        and similarity(after, before) < T.SUBHEAD_SAME_STORY
        and similarity(text, before) > similarity(text, after)
    ):
        # A crosshead names the section it opens; a line that speaks of the
        # report above rather than of the text under it, text of another
        # topic, is that report's headline printed after its body.
        return False
    if draft.starts_with == Opener.DATELINE and _names_another_place(
        text, story, lines[i : i + T.PLACE_UNDER_LINES]
    ):
        # A dated report's section stays where the report happens: a line
        # opening on a place the report never names, which the text under it
        # names, heads the next piece (衡阳… report / 浏阳经开区… / 5月19日，浏阳…).
        return False
    # (drawn twice for a bold effect, the copy right under it)
    bold = i >= 2 and squash(lines[i - 1].raw) == squash(lines[i - 2].raw) == squash(raw)
    if (
        draft.starts_with == Opener.DATELINE
        and len(phrases(raw)) > 1
        and (bold or similarity(after, before) < T.SUBHEAD_SAME_STORY)
    ):
        # A line of two phrases, drawn bold or over text of another topic,
        # is a headline (寒潮来袭　注意防寒保暖): the next piece's, printed
        # with no dateline.
        return False
    return not (repeats and similarity(after, before) < T.SUBHEAD_SAME_STORY)


def _wrapped_crosshead(zone: list[Line], runs) -> bool:
    """Two lines that are one crosshead wrapped at the column's width (以技术
    改造提升生产效 / 率): the first as wide as the story's lines, the second
    the last characters of a word the first began, neither closing a sentence."""
    if len(zone) != 2:
        return False
    head, rest = squash(zone[0].raw), squash(zone[1].raw)
    widths = [width(line.raw) for run in runs if run not in (BREAK, PHOTO) for line in run]
    return (
        bool(widths)
        and 0 < len(rest) <= T.CROSSHEAD_WRAP_REST
        # (a word runs over the break: not a title over its writer's bare
        # name or its column's label, 某某要“护” / 微言)
        and word_across(head, rest) >= T.HEAD_CUT_WORD
        and not ends_sentence(head)
        and not ends_sentence(rest)
        and width(zone[0].raw) >= column_width(widths) - T.CROSSHEAD_WRAP_SHORT
    )


def _names_another_place(text: str, story: str, under: list[Line]) -> bool:
    """``text`` opens on a place ``story`` never names, and the lines ``under``
    it name that place."""
    if not opens_on_place(text):
        return False
    places = places_named(text)
    below = "".join(line.raw for line in under)
    return not (places & places_named(story)) and bool(places & places_named(below))


#: Marks of a clause, a sentence or a bracketed note: no headline line of a
#: stack printed into a cut paragraph holds one.
_CLAUSE_OR_NOTE = "，,、；;。：:（）()"

_CLAUSE_OR_NOTE_RE = re.compile(f"[{re.escape(_CLAUSE_OR_NOTE)}]")

#: A title that says its piece is verse: 洞庭五月（组诗）, 秋分（外一首）, 诗三首.
_POEM_TITLE = re.compile(
    r"[（(](?:组诗|外[一二三四五]首|[二三四五六七八九十]首)[)）]$|^组诗|诗[二三四五六七八九十]首$"
)


def _crosshead_series(lines: list[Line], i: int, text: str, runs) -> bool:
    """A feature's crossheads come in a series (老林变新林 … 卖果变卖油): a
    line of about the same length stands between finished paragraphs of the
    same stretch of text, before (a subhead read already) or after it. A
    column's label stands once."""
    if any(len(run) == 1 and run[0].gap < 0 for run in runs if run not in (BREAK, PHOTO)):
        return True  # (subheads are kept as runs of one line marked by gap -1)
    own = len(squash(text))
    for k in range(i + 1, min(len(lines), i + T.CROSSHEAD_SERIES_WITHIN)):
        line = squeeze(lines[k].raw)
        if (
            abs(len(squash(line)) - own) <= T.CROSSHEAD_SERIES_SLACK
            and not ends_sentence(line)
            and not any(c in line for c in "，,。；;")
            and ends_sentence(squeeze(lines[k - 1].raw))
            and not dateline_match(line)
            and not is_byline(line)
        ):
            return True
    return False


def _label_like(text: str) -> bool:
    """A column label's shape: a few characters, no punctuation, no space."""
    return label_shaped(text) and " " not in text.strip()


def _group_parts(caption: list[Line]) -> list[list[Line]]:
    """Under a group credit (以上图片均由…) each caption opening on its day
    is a paragraph of the one photo item the credit closes."""
    match = credit_match(caption[-1].raw)
    if not match or not ("均由" in match.group(0) or "以上" in match.group(0)):
        return [caption]
    parts: list[list[Line]] = []
    for line in caption:
        if not parts or CAPTION_START.match(line.raw) or SAME_DAY_CAPTION.match(line.raw):
            parts.append([])
        parts[-1].append(line)
    return parts


def _fill_caption(photo: Draft, caption: list[Line]) -> None:
    if len(caption) > 1 and _credit_alone(caption[0].raw) and not credit_match(caption[-1].raw):
        # (the credit drawn over its caption: the lines under it are the caption)
        photo.byline = squeeze_names(caption[0].raw.strip())
        photo.paras.append(
            Para(squeeze(" ".join(li.raw for li in caption[1:])), [li.no for li in caption])
        )
        photo.lines.update(line.no for line in caption)
        return
    text = " ".join(line.raw for line in caption)
    if len(caption) > 1 and _credit_cut_at_line_end(caption, len(caption) - 2):
        # (a credit cut inside a word at a line's end reads on with no space: 通 + 讯员)
        text = " ".join(line.raw for line in caption[:-1]).rstrip() + caption[-1].raw.strip()
    match = credit_match(text)
    if match:
        photo.byline = squeeze_names(match.group(0).strip())
        text = text[: match.start()]
    elif len(caption) > 1 and is_byline(caption[-1].raw):
        photo.byline = squeeze_names(caption[-1].raw.strip())  # (…记者 某某 报道)
        text = " ".join(line.raw for line in caption[:-1])
    photo.paras.append(Para(squeeze(text), [line.no for line in caption]))
    photo.lines.update(line.no for line in caption)


def _reflow(draft: Draft, runs) -> None:
    """Body runs -> paragraphs; a subhead run (marked by gap -1) stays whole."""
    after_photo = False
    for run in runs:
        if run == PHOTO:
            after_photo = True
            continue
        if run == BREAK or not run:
            continue
        if len(run) == 1 and run[0].gap < 0:
            raw = run[0].raw
            draft.paras.append(Para(squeeze(raw), [run[0].no], subhead=True, raw=raw))
            continue
        texts = [squeeze(line.raw) for line in run]
        for whole in join_column_lines(texts):
            for group in (
                g
                for items in _items_apart(whole, texts)
                for part in _note_apart(items, texts)
                for g in _voice_apart(part, texts)
            ):
                text = "".join(texts[k] for k in group)
                draft.paras.append(Para(text, [run[k].no for k in group], after_photo=after_photo))
                after_photo = False


def _items_apart(group: list[int], texts: list[str]) -> list[list[int]]:
    """A numbered series' item (一、… 二、…, a notice's points) opens its
    paragraph on a line under a finished sentence or a colon, however wide
    the line above: the group parts there. The item must be one of a series
    read in the same text (二、 after 一、, 一、 before 二、), so a line opening
    on a pair of figures (一、二线城市…) stays where it is."""
    numbers = [item_number(text) for text in texts]
    parts: list[list[int]] = [[group[0]]]
    for k in group[1:]:
        above = texts[k - 1].rstrip()
        n = numbers[k]
        if (
            n
            and (ends_sentence(above) or above[-1:] in "：:")
            and (n - 1 in numbers[:k] if n > 1 else 2 in numbers[k:])
        ):
            parts.append([])
        parts[-1].append(k)
    return parts


def _note_apart(group: list[int], texts: list[str]) -> list[list[int]]:
    """A note on the source or the writer, printed on after a paragraph's
    last sentence (…红利。（摘自某刊文章，作 / 者某某）) or opening a line of
    its own, closes its paragraph: the group parts after the line its
    bracket closes on."""
    parts: list[list[int]] = [[]]
    in_note = False
    for n, k in enumerate(group):
        parts[-1].append(k)
        in_note = (
            in_note or bool(NOTE_AFTER_STOP.search(texts[k])) or bool(AUTHOR_NOTE.match(texts[k]))
        )
        if in_note and texts[k][-1:] in "）)" and n + 1 < len(group):
            parts.append([])
            in_note = False
    return parts


def _voice_apart(group: list[int], texts: list[str]) -> list[list[int]]:
    """Who speaks (某某（全国人大代表，…）), on lines of its own over the words
    spoken, is a paragraph of its own: the group parts where the bracket
    closes at a line's end."""
    if not MEMBER_VOICE.match(squash(texts[group[0]])):
        return [group]
    depth = 0
    for n, k in enumerate(group[:-1]):
        depth += _brackets_open(texts[k])
        if depth <= 0:
            return [group[: n + 1], group[n + 1 :]] if texts[k][-1:] in "）)" else [group]
    return [group]


def _brackets_open(text: str) -> int:
    """How many more brackets ``text`` opens than it closes."""
    return sum(text.count(c) for c in "（(") - sum(text.count(c) for c in "）)")
