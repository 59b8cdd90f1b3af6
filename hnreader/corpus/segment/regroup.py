"""Late passes over a page's drafts, whatever its layout: headline lines,
labels and names moved to the draft they belong to once every story is
assembled (a stack bunched over another story, a label over a notice, a
title printed inside its report's text, a photo's title under its credit).

``regroup`` runs them in order; each reads the whole page, as one draft's
evidence is often in another's text.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise

from ..match import pair_codes, similarity
from ..model import ArticleKind
from ..reflow import ends_sentence, is_cjk, squash, squeeze
from . import thresholds as T
from .column_headlines import campaign_label
from .draft import Draft, Para
from .hunan_words import opens_on_place
from .kinds import Opener
from .lines import Line
from .patterns import (
    BRIEFS_COLUMN,
    CAPTION_START,
    GROUP_CREDIT,
    LIST_ORDER,
    SALUTATION,
    SECTION_GIST,
    is_name_line,
    looks_like_column,
)
from .pieces import section_number
from .roles import article_kind, label_shaped, lone_line, word_share


def regroup(drafts: list[Draft], lines: Sequence[Line], columns: bool = False) -> list[Draft]:
    """The page's drafts after the late passes, in print order (``columns``:
    a column page's, read line by line, no assignment weighing its pieces)."""
    if not columns:
        _group_photo_over_its_credit(drafts, lines)
    _give_back_report_heads(drafts)
    _give_back_bunched_lines(drafts)
    _title_over_photo_after_report(drafts)
    _lone_label_as_title(drafts, lines)
    _lone_crosshead_as_title(drafts, lines)
    drafts = _crosshead_opening_another(drafts, lines)
    drafts = _works_noted_one_by_one(drafts, lines)
    drafts = _briefs_one_by_one(drafts, lines)
    drafts = _briefs_titled_after(drafts, lines)
    _title_under_photo(drafts, lines)
    _cartoon_title(drafts, lines)
    _name_beside_title(drafts)
    _crosshead_to_its_series(drafts)
    _series_crosshead_over_another(drafts)
    _numbered_crosshead_out_of_stack(drafts)
    drafts = _numbered_sections_together(drafts)
    _briefs_under_label(drafts)
    _letters_under_label(drafts)
    _paragraphs_of_the_story_before(drafts, columns)
    if not columns:
        _title_printed_in_cut(drafts, lines)
        _title_over_rest_of_cut(drafts, lines)
    _title_its_lead_restates(drafts)
    _list_order_opens_list(drafts)
    _office_signs_text_above(drafts, lines)
    return drafts


#: An office of the state or a company signing what it wrote (a reply to a
#: reader's letter): a place's name, then the office (某县交通运输局).
_OFFICE = re.compile(r"(?:局|厅|委员会|办公室|政府|管理处|公司|集团)$")


def _office_signs_text_above(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """An office's name printed alone under the finished text of a piece
    neither signed nor dated (…感谢读者的关心。 / 某县交通运输局), read as the
    next piece's kicker or column: it signs the piece above, a reply to a
    letter or a notice."""
    at = {line.no: k for k, line in enumerate(lines)}
    ends = {
        at[max(no for p in d.paras for no in p.lines)]: d
        for d in drafts
        if d.paras and all(no in at for p in d.paras for no in p.lines)
    }
    for draft in drafts:
        found = _office_line(draft, lines)
        if found is None or found.no not in at:
            continue
        above = ends.get(at[found.no] - 1)
        if above is None or above is draft or above.byline or above.dateline:
            continue
        if not ends_sentence(above.paras[-1].text):
            continue
        if draft.column == squash(found.raw):
            draft.column = ""
            first = squash("".join(li.raw for li in draft.heads[0])) if draft.heads else ""
            if len(draft.heads) > 1 and label_shaped(first) and looks_like_column(first):
                draft.column = first  # (the label the office's name kept out)
                draft.heads.pop(0)
        else:
            draft.heads.pop(0)
            draft.lines.discard(found.no)
        above.byline = squash(found.raw)
        above.lines.add(found.no)


def _office_line(draft: Draft, lines: Sequence[Line]) -> Line | None:
    """The line naming an office that the draft took as its kicker or its
    column (None: none)."""
    if len(draft.heads) > 1 and len(draft.heads[0]) == 1:
        line = draft.heads[0][0]
        if _names_office(squash(line.raw)):
            return line
    if draft.column and _names_office(draft.column):
        return next((li for li in lines if squash(li.raw) == draft.column), None)
    return None


def _names_office(flat: str) -> bool:
    return (
        T.ISSUER_MIN <= len(flat) <= T.ISSUER_MAX
        and opens_on_place(flat)
        and bool(_OFFICE.search(flat))
        and all(is_cjk(c) for c in flat)
    )


def _list_order_opens_list(drafts: list[Draft]) -> None:
    """How a list of names is ordered, in brackets under its title
    ((以姓氏笔画为序)), was read as the list's subtitle: it is the list's first
    line."""
    for draft in drafts:
        if len(draft.heads) < 2 or len(draft.heads[-1]) != 1:
            continue
        line = draft.heads[-1][0]
        if LIST_ORDER.fullmatch(squash(line.raw)):
            draft.heads.pop()
            draft.paras.insert(0, Para(squeeze(line.raw), [line.no]))


def _title_its_lead_restates(drafts: list[Draft]) -> None:
    """Headlines bunched over one story: a piece of its stack, a title of
    its own, that another dated report's lead restates word for word (某高铁某段
    开始联调联试 / …今天，某高铁某段开始联调联试，…) and its own text does not, is
    that report's title. The title the report held goes to the story with
    no headline whose text uses its words most; with none, nothing moves."""
    for draft in drafts:
        if len(draft.heads) < 2:
            continue
        own = squash(draft.body)
        for unit in list(draft.heads):
            text = squash("".join(line.raw for line in unit))
            if len(text) < T.RESTATED_TITLE_MIN or text in own:
                continue
            hosts = [
                d for d in drafts if d is not draft and d.dateline and d.paras and text in _lead(d)
            ]
            if len(hosts) != 1 or any(_unit_text(u) in _lead(hosts[0]) for u in hosts[0].heads):
                continue
            host = hosts[0]
            heir = _headless_taking(drafts, host) if host.heads else None
            if host.heads and heir is None:
                continue
            if heir is not None:
                _move_heads(host, heir, host.heads)
            _move_heads(draft, host, [unit])
            break


def _lead(draft: Draft) -> str:
    return squash(draft.paras[0].text)


def _unit_text(unit: list[Line]) -> str:
    return squash("".join(line.raw for line in unit))


def _headless_taking(drafts: list[Draft], host: Draft) -> Draft | None:
    """The story with no headline whose text uses most of the words of
    ``host``'s stack, when enough of them."""
    stack = "".join(_unit_text(u) for u in host.heads)
    shares = [
        (word_share(stack, d.body), k)
        for k, d in enumerate(drafts)
        if d is not host and not d.heads and d.paras and d.kind != ArticleKind.PHOTO
    ]
    best = max(shares, default=(0.0, -1))
    return drafts[best[1]] if best[0] >= T.LABEL_WORDS_IN_BODY else None


def _move_heads(source: Draft, target: Draft, units: list[list[Line]]) -> None:
    moved = list(units)
    source.heads = [u for u in source.heads if all(u is not m for m in moved)]
    target.heads = moved + target.heads
    nos = {line.no for u in moved for line in u}
    source.lines -= nos
    target.lines |= nos


def _paragraphs_of_the_story_before(drafts: list[Draft], columns: bool = False) -> None:
    """Two dated reports printed in pieces that alternate at paragraph ends:
    the first's paragraphs, the second's dateline and lead, more of the
    first, the rest of the second. Where a piece ends on a finished
    paragraph only the subject tells whose paragraphs follow: paragraphs
    inside the second report that read as the first's subject many times
    more than as its own go back to the first. On a column page the second's
    rest may have been read into the first instead, after the first's rest:
    those last paragraphs go to the second (``columns``)."""
    order = sorted((d for d in drafts if d.lines), key=lambda d: d.first_line)
    # Pairs of characters as integers, each paragraph's read once.
    pairs = {id(p): pair_codes(p.text) for d in order for p in d.paras}

    def pairs_of(para: Para) -> frozenset[int]:
        return pairs[id(para)]

    # (a pair the page's other stories use too says less whose it is)
    spread: Counter[int] = Counter()
    for d in order:
        spread.update(frozenset().union(*(pairs[id(p)] for p in d.paras)))
    for k, (before, second) in enumerate(pairwise(order), start=1):
        # (the dated report printed last before it, over a piece of no
        # dateline between them: a continuation's, a photo's)
        first = next((d for d in reversed(order[:k]) if d.dateline), before)
        if not (first.dateline and second.dateline and first.paras):
            continue
        if len(second.paras) >= T.OTHER_STORY_PARAS_MIN and ends_sentence(first.paras[-1].text):
            taken = _their_paragraphs(first, second, spread, pairs_of)
            if taken:
                _hand_over(second, first, taken)
                continue
        if first is not before:
            continue
        # (or the other way round: the first cut over the second's stack, its
        # sentence going on under the second's text, and the second's own
        # paragraphs, printed after that, read into the first's)
        if not columns:
            continue  # (a paragraph page's pieces were weighed whole by the assignment)
        start = second.first_line
        later = [k for k, p in enumerate(first.paras) if p.lines and min(p.lines) > start]
        if len(later) < T.OTHER_STORY_PARAS_MIN - 1 or later[0] == 0:
            continue
        if max(first.paras[later[0] - 1].lines, default=0) < start:
            continue  # (no paragraph of the first read across the second's text)
        taken = [k for k in _their_paragraphs(second, first, spread, pairs_of) if k in later]
        # (the second's rest, printed after the first's: the first's last paragraphs)
        if taken and taken == list(range(taken[0], len(first.paras))):
            _hand_over(first, second, taken)
    _jumped_rest_of_an_earlier_story(order, spread, pairs_of)


def _jumped_rest_of_an_earlier_story(
    order: list[Draft], spread: Counter[int], pairs_of: Callable[[Para], frozenset[int]]
) -> None:
    """A dated report whose first paragraphs stand under its headline (as a
    front page prints its lead) and whose rest, sent on to another page
    (下转2版), is printed further down under another report's text: that report's last paragraphs,
    marker and all, reading as the earlier report's subject many times more
    than as their own, go back to it (a report printed whole and finished
    that sends nothing on)."""
    for k, second in enumerate(order):
        if not (second.dateline and second.jumps and second.jumps[-1].direction == "to"):
            continue
        if len(second.paras) < T.OTHER_STORY_PARAS_MIN:
            continue
        for first in order[: max(0, k - 1)]:  # (the report right above: the pass before)
            if not (first.dateline and first.paras and not first.jumps):
                continue
            if not ends_sentence(first.paras[-1].text):
                continue
            taken = _their_paragraphs(first, second, spread, pairs_of)
            # (the text from the first paragraph taken to the marker is one
            # run: the rest goes too when it is at least half taken, its
            # short last paragraphs saying too little whose they are)
            tail = list(range(taken[0], len(second.paras))) if taken else []
            if taken and len(taken) * 2 >= len(tail):
                _hand_over(second, first, tail)
                # (the marker closing the text goes with it)
                first.jumps.append(second.jumps.pop())
                if second.markers:
                    first.markers.append(second.markers.pop())
                break


def _hand_over(source: Draft, target: Draft, taken: list[int]) -> None:
    """``source``'s paragraphs ``taken`` moved to the end of ``target``'s."""
    moved = [source.paras[k] for k in taken]
    source.paras[:] = [p for k, p in enumerate(source.paras) if k not in taken]
    target.paras.extend(moved)
    for para in moved:
        source.lines.difference_update(para.lines)
        target.lines.update(para.lines)


def _their_paragraphs(
    first: Draft, second: Draft, spread: Counter[int], pairs_of: Callable[[Para], frozenset[int]]
) -> list[int]:
    """The second report's paragraphs (never its lead) each of which reads
    as the first report's subject many times more than as its own's
    (``_likeness``), taken one at a time, the surest first, each taken
    counting as the first's from then on. The pieces may alternate more than
    once, so the taken need not stand together; and the second's own subject
    is read from its lead and the paragraphs nearer the lead than the first
    report, not from every paragraph printed under its dateline (half of
    which may be the first's)."""
    paras = [pairs_of(p) for p in second.paras]
    theirs: Counter[int] = Counter()
    for para in first.paras:
        theirs.update(pairs_of(para))
    whole: Counter[int] = Counter()  # (counted when first needed: seldom)
    taken: list[int] = []
    moved: Counter[int] = Counter()
    lead = Counter(paras[0])
    # (the second's own: its lead, and each paragraph as like it as the first)
    ours = [0] + [
        k
        for k in range(1, len(paras))
        if _likeness(paras[k] & lead.keys(), lead, 1, spread)
        >= _likeness(paras[k] & theirs.keys(), theirs, len(first.paras), spread)
    ]
    while True:
        best, pick = 0.0, None
        n_first = len(first.paras) + len(taken)
        for k in range(1, len(paras)):
            n_own = len(ours) - (k in ours)
            if k in taken or not n_own:
                continue
            # (over the pairs the first report uses at all: most it does not)
            to_first = _likeness(paras[k] & theirs.keys(), theirs, n_first, spread)
            if to_first < T.OTHER_STORY_LIKENESS_MIN:
                continue
            if not whole:
                for m in ours:
                    whole.update(paras[m])
            own = {pair: whole[pair] - (k in ours) for pair in paras[k]}
            to_own = _likeness(paras[k], own, n_own, spread)
            ratio = to_first / max(to_own, 1e-9)
            if ratio >= T.OTHER_STORY_LIKENESS_RATIO and ratio > best:
                best, pick = ratio, k
        if pick is None:
            break
        taken.append(pick)
        theirs.update(paras[pick])
        moved.update(paras[pick])
    return sorted(taken)


def _likeness(pairs, used_by, paragraphs: int, spread: Counter[int]) -> float:
    """Over a paragraph's pairs of characters, the share of a story's
    paragraphs that use each (``used_by``: how many of its ``paragraphs``
    do), over the number of the page's stories that use it, summed: names,
    places and terms recur in the paragraphs of the story they belong to,
    and in few others."""
    if not paragraphs:
        return 0.0
    return sum(used_by[pair] / max(spread[pair], 1) for pair in pairs) / paragraphs


def _letters_under_label(drafts: list[Draft]) -> None:
    """Readers' letters printed one after another under one label (读者来信):
    the label heads each letter of the run, each under its own title and
    salutation, signed by its reader."""
    label = ""
    for draft in sorted(drafts, key=lambda d: d.first_line):
        letter = bool(draft.paras) and bool(SALUTATION.match(draft.paras[0].text))
        if not letter:
            label = ""
        elif draft.column:
            label = draft.column
        elif label:
            draft.column = label


def _briefs_under_label(drafts: list[Draft]) -> None:
    """A run of briefs printed under one label (三湘简讯, 财经短讯): the
    label heads each brief of the run, not the first alone. The run goes on
    while the items under it are short reports, dated or titled and
    unsigned, with no column of their own and a title of one piece."""
    label = ""
    for draft in sorted(drafts, key=lambda d: d.first_line):
        if draft.kind == ArticleKind.PHOTO:
            continue
        first = squash("".join(line.raw for line in draft.heads[0])) if draft.heads else ""
        if not draft.column and len(draft.heads) > 1 and _briefs_label(first):
            # (the label read as the first brief's kicker: 财经速递 / 湖南首单…)
            draft.column, draft.heads = first, draft.heads[1:]
        if draft.column:
            label = draft.column if BRIEFS_COLUMN.search(draft.column) else ""
            continue
        # (a brief is dated, or titled and unsigned: 简讯 / title / text)
        opened = bool(draft.dateline) or (
            bool(draft.heads)
            and not draft.byline
            and draft.starts_with not in (Opener.BYLINE, Opener.JUMP, Opener.PHOTO)
        )
        brief = opened and len(draft.heads) <= 1 and len(draft.paras) <= T.BRIEF_PARAS_MAX
        if label and brief:
            draft.column = label
        else:
            label = ""


def _briefs_label(text: str) -> bool:
    """A run of briefs' label: a short name closed on 简讯, 快讯, 短讯…"""
    return len(text) <= T.BRIEFS_LABEL_MAX and bool(BRIEFS_COLUMN.search(text))


def _give_back_report_heads(drafts: list[Draft]) -> None:
    """A commentary prints its title alone (a subtitle at most under it): a
    headline piece over or under it that talks about a report on the page
    with no headline of its own, more than about the commentary, is that
    report's headline, set beside the commentary's."""
    headless = [
        d
        for d in drafts
        if not d.heads
        and d.paras
        and d.kind != ArticleKind.PHOTO
        and not _commentary(d, heads=False)
    ]
    for draft in drafts:
        if not headless or len(draft.heads) < 2 or not _commentary(draft, heads=True):
            continue
        taken: set[int] = set()  # (reports given a piece here may take the next)
        for piece in list(draft.heads):
            text = "".join(line.raw for line in piece)
            own = word_share(text, draft.body)
            k = max(range(len(headless)), key=lambda k: word_share(text, headless[k].body))
            report = headless[k]
            if report.heads and k not in taken:
                continue
            if word_share(text, report.body) <= own + T.REPORT_HEAD_LEAD:
                continue
            draft.heads.remove(piece)
            report.heads.append(piece)
            taken.add(k)
            if len(draft.heads) < 2:
                break


def _lone_label_as_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A short line taken for a column's name over a body left with no
    headline is that body's title when nothing says it is a column: no
    column's word ends it and the page prints it once (征稿启事, 温馨提示,
    a feature's two-word title). A column's name heads its pieces page after
    page; a notice's or a feature's title is its own."""
    for draft in drafts:
        if (
            not draft.column
            or draft.heads
            or not draft.paras
            or draft.starts_with == Opener.JUMP
            or looks_like_column(draft.column)
        ):
            continue
        printed = [line for line in lines if squash(line.raw) == draft.column]
        if len(printed) == 1 and printed[0].no in draft.lines:
            draft.heads.append(printed)
            draft.column = ""


def _name_beside_title(drafts: list[Draft]) -> None:
    """A writer's name set on the title's line, apart by a space (构建…长效机制
    某某): the extraction reads a title and a byline on one baseline as one
    line. An undated piece signed nowhere else takes the name as its byline."""
    for draft in drafts:
        if draft.byline or draft.dateline or not draft.heads or not draft.heads[-1]:
            continue
        last = draft.heads[-1][-1]
        match = _TITLE_THEN_NAME.match(last.raw)
        if not match or not is_name_line(match["name"]):
            continue
        title = match["title"]
        if len(squash(title)) < T.TITLE_BESIDE_NAME_MIN or any(c in title for c in "，。；,;"):
            continue
        draft.heads[-1][-1] = dataclasses.replace(last, raw=title)
        draft.byline = squash(match["name"])


#: A line of a title, then a space and two or three characters (a name).
_TITLE_THEN_NAME = re.compile(r"^(?P<title>.+?\S)[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})$")


def _lone_crosshead_as_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A dated report left with no headline, its text holding one line read
    as a crosshead: that line is its headline, printed inside its text where
    the page's columns broke (a short report has no crosshead; a long one has
    several)."""
    line_at = {line.no: line for line in lines}
    for draft in drafts:
        if draft.heads or not draft.dateline or draft.kind == ArticleKind.PHOTO:
            continue
        subheads = [k for k, para in enumerate(draft.paras) if para.subhead]
        if len(subheads) != 1 or subheads[0] == 0:
            continue
        if section_number(draft.paras[subheads[0]].text):
            continue  # (三、…: a feature's section, read into the report)
        printed = [line_at[no] for no in draft.paras[subheads[0]].lines if no in line_at]
        if printed:
            draft.paras.pop(subheads[0])
            draft.heads.append(printed)
            before = drafts[drafts.index(draft) - 1] if drafts[0] is not draft else None
            if before is None:
                continue
            cut = subheads[0]
            back = turns_back(draft.paras[cut:], "".join(p.text for p in draft.paras[:cut]), before)
            if back:
                draft.hand_on(cut + back, before)


def turns_back(rest: list[Para], story: str, before: Draft) -> int:
    """Where the text under a headline printed inside its story (``story``
    the text above the headline) turns back to the dated story printed
    before it, the two reports set in turns round the stack: the first of a
    run of paragraphs to the end that reads as the story before, while the
    paragraphs above it read as this one; 0 when it does not."""
    if before.kind == ArticleKind.PHOTO or not before.dateline or not before.heads:
        return 0
    best, cut = 0.0, 0
    for j in range(1, len(rest)):
        head = "".join(para.text for para in rest[:j])
        tail = "".join(para.text for para in rest[j:])
        leads = (
            similarity(tail, before.body) - similarity(tail, story),
            similarity(head, story) - similarity(head, before.body),
        )
        if min(leads) >= T.TOPIC_LEAD and sum(leads) > best:
            best, cut = sum(leads), j
    return cut


def _crosshead_opening_another(drafts: list[Draft], lines: Sequence[Line]) -> list[Draft]:
    """A headlined report whose text holds one line read as a crosshead, the
    text under it about something else and told in that line's words: the
    line is the headline of another piece printed on after the report (a
    commentary set in the report's column), not a crosshead of it."""
    line_at = {line.no: line for line in lines}
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if not draft.heads or not draft.dateline or draft.kind == ArticleKind.PHOTO:
            continue
        subheads = [k for k, para in enumerate(draft.paras) if para.subhead]
        if len(subheads) != 1 or subheads[0] == 0 or subheads[0] == len(draft.paras) - 1:
            continue
        k = subheads[0]
        head = draft.paras[k]
        if any(c in head.text for c in "，。；：,;:、"):
            continue  # (a line of clauses is a paragraph's, cut)
        before = "".join(p.text for p in draft.paras[:k])
        after = "".join(p.text for p in draft.paras[k + 1 :])
        if similarity(after, before) >= T.OTHER_PIECE_TOPIC:
            continue
        if word_share(head.text, after) < T.OTHER_PIECE_HEAD_WORDS or word_share(
            head.text, after
        ) <= word_share(head.text, before):
            continue
        printed = [line_at[no] for no in head.lines if no in line_at]
        if not printed:
            continue
        piece = Draft(heads=[printed], paras=draft.paras[k + 1 :], starts_with=Opener.HEAD)
        piece.lines = {no for para in piece.paras for no in para.lines} | set(head.lines)
        draft.paras = draft.paras[:k]
        draft.lines -= piece.lines
        out.append(piece)
    return out


def _works_noted_one_by_one(drafts: list[Draft], lines: Sequence[Line]) -> list[Draft]:
    """Notes on books printed one after another under one label (新书速递 /
    《某书》 / its note / 《另一书》 / …): a note titled by the work's name
    alone, whose text holds lines that are each another work's name alone,
    is a run of notes; each such line titles the note under it, in the same
    column. A feature's crossheads are phrases, never a work's name alone."""
    line_at = {line.no: line for line in lines}
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if len(draft.heads) != 1 or not _WORK_ALONE.fullmatch(squash(unit_text(draft.heads[0]))):
            continue
        cuts = [
            k
            for k, para in enumerate(draft.paras)
            if k and para.subhead and _WORK_ALONE.fullmatch(squash(para.text))
        ]
        if not cuts:
            continue
        out.extend(_parted_at(draft, cuts, line_at))
    _works_under_label(out)
    return out


def _parted_at(draft: Draft, cuts: list[int], line_at: dict[int, Line]) -> list[Draft]:
    """The pieces ``draft``'s crossheads at ``cuts`` head, in print order,
    taken out of it: each a draft of its own under that crosshead's line, in
    the same column (a crosshead with no text under it stays)."""
    pieces: list[Draft] = []
    for k, end in reversed(list(zip(cuts, [*cuts[1:], len(draft.paras)], strict=True))):
        head = draft.paras[k]
        printed = [line_at[no] for no in head.lines if no in line_at]
        if not printed or end == k + 1:
            continue
        piece = Draft(
            heads=[printed],
            paras=draft.paras[k + 1 : end],
            column=draft.column,
            starts_with=Opener.HEAD,
        )
        piece.lines = {no for para in piece.paras for no in para.lines} | set(head.lines)
        del draft.paras[k:end]
        draft.lines -= piece.lines
        pieces.insert(0, piece)  # (taken from the last)
    return pieces


def _briefs_one_by_one(drafts: list[Draft], lines: Sequence[Line]) -> list[Draft]:
    """Briefs printed one after another under their column's label (简讯 /
    title / its paragraph / title / …), undated, read as one piece whose
    crossheads are the later briefs' titles: each crosshead titles the brief
    under it, in the same column. A feature's sections run longer than a
    brief, and a feature is seldom set under a briefs' label."""
    line_at = {line.no: line for line in lines}
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if draft.dateline or not _briefs_label(draft.column) or len(draft.heads) != 1:
            continue
        cuts = [k for k, para in enumerate(draft.paras) if k and para.subhead]
        ends = [*cuts[1:], len(draft.paras)]
        if not cuts or any(
            end == k + 1 or end - k - 1 > T.BRIEF_PARAS_MAX
            for k, end in zip(cuts, ends, strict=True)
        ):
            continue
        if cuts[0] > T.BRIEF_PARAS_MAX:
            continue  # (the first brief runs as long as a feature's section)
        out.extend(_parted_at(draft, cuts, line_at))
    return out


def _briefs_titled_after(drafts: list[Draft], lines: Sequence[Line]) -> list[Draft]:
    """Briefs each printed before its title (text / title / text / title),
    read as one piece titled by the last title, the others its crossheads:
    a crosshead that tells the brief above it, not the text under it, is
    that brief's title. A feature's crosshead heads the section under it."""
    line_at = {line.no: line for line in lines}
    out: list[Draft] = []
    for draft in drafts:
        cuts = _titles_after_briefs(draft)
        for start, k in zip([0, *[c + 1 for c in cuts]], cuts, strict=False):
            head = draft.paras[k]
            piece = Draft(
                heads=[[line_at[no] for no in head.lines if no in line_at]],
                paras=draft.paras[start:k],
                column=draft.column,
                starts_with=Opener.BODY,
            )
            piece.lines = {no for para in piece.paras for no in para.lines} | set(head.lines)
            out.append(piece)
        if cuts:
            draft.paras = draft.paras[cuts[-1] + 1 :]
            draft.lines -= {no for piece in out[-len(cuts) :] for no in piece.lines}
        out.append(draft)
    return out


def _titles_after_briefs(draft: Draft) -> list[int]:
    """Where ``draft``'s crossheads title the briefs above them (see
    ``_briefs_titled_after``); none when any does not."""
    if draft.dateline or draft.byline or len(draft.heads) != 1 or not draft.paras:
        return []
    text_lines = draft.lines - _head_lines(draft)
    if not text_lines or min(line.no for line in draft.heads[0]) < max(text_lines):
        return []  # (its title is printed over its text, or inside it)
    cuts = [k for k, para in enumerate(draft.paras) if k and para.subhead]
    if not cuts or cuts[-1] == len(draft.paras) - 1:
        return []
    starts = [0, *[c + 1 for c in cuts]]
    ends = [*cuts, len(draft.paras)]
    spans = [draft.paras[a:b] for a, b in zip(starts, ends, strict=True)]
    if any(
        not span or len(span) > T.BRIEF_PARAS_MAX or any(p.subhead for p in span) for span in spans
    ):
        return []
    texts = ["".join(p.text for p in span) for span in spans]
    for n, k in enumerate(cuts):
        head = draft.paras[k].text
        above, below = word_share(head, texts[n]), word_share(head, texts[n + 1])
        if above < T.LABEL_WORDS_IN_BODY or above <= below:
            return []
    title = "".join(line.raw for line in draft.heads[0])
    return cuts if word_share(title, texts[-1]) >= T.LABEL_WORDS_IN_BODY else []


def _head_lines(draft: Draft) -> set[int]:
    """The numbers of ``draft``'s headline lines."""
    return {line.no for unit in draft.heads for line in unit}


def _works_under_label(drafts: list[Draft]) -> None:
    """Notes each titled by a work's name alone, printed one after another
    (新书速递 / 《某书》 / … / 《另一书》 / …): the label over the first heads
    them all."""
    label = ""
    for draft in sorted(drafts, key=lambda d: d.first_line):
        if draft.kind == ArticleKind.PHOTO:
            continue
        work = len(draft.heads) == 1 and bool(
            _WORK_ALONE.fullmatch(squash(unit_text(draft.heads[0])))
        )
        if not work or draft.dateline:
            label = ""
        elif draft.column:
            label = draft.column
        elif label:
            draft.column = label


#: A line that is a work's name and nothing else (《湘江北去》).
_WORK_ALONE = re.compile(r"《[^《》]{2,20}》")


def unit_text(unit: list[Line]) -> str:
    """A headline piece's text, its lines as printed."""
    return "".join(line.raw for line in unit)


def _title_under_photo(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A short line left alone right under an untitled photo's caption and
    credit, nothing printed between: the photo's title, set under the
    picture (雪后韶山), not page furniture."""
    order = [line.no for line in lines]
    at = {no: k for k, no in enumerate(order)}
    owner = {no: k for k, d in enumerate(drafts) for no in d.lines}
    for k, draft in enumerate(drafts):
        if not lone_line(draft) or len(draft.lines) != 1:
            continue
        (no,) = draft.lines
        if at.get(no, 0) == 0:
            continue
        above = owner.get(order[at[no] - 1], -1)
        if above < 0 or above == k:
            continue
        photo = drafts[above]
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.byline:
            continue
        flat = squash(draft.body)
        if looks_like_column(flat) or campaign_label(flat):
            continue  # (a column's or a campaign's name over the next story)
        if max(photo.lines) != order[at[no] - 1]:
            continue  # (the photo goes on under it: a line inside its caption)
        photo.heads.append([lines[at[no]]])
        photo.lines.add(no)
        draft.paras, draft.lines = [], set()


def _give_back_bunched_lines(drafts: list[Draft]) -> None:
    """Headlines bunched over the first story (秋冬季火灾防控… / 国家文物局
    部署…): a line at either end of a report's stack that names little of
    what its story tells (a common word: 部署), and much of what a report with
    no headline tells, is that report's headline."""
    headless = [
        d
        for d in drafts
        if not d.heads and d.paras and d.kind != ArticleKind.PHOTO and d.starts_with != Opener.JUMP
    ]
    for draft in drafts:
        if not headless or sum(len(unit) for unit in draft.heads) < 2:
            continue
        if _commentary(draft, heads=True):
            continue  # (``_give_back_report_heads`` reads a commentary's)
        for end in (-1, 0):
            report = None
            kicked = _kicker_of_bunched(draft, drafts, headless) if end == 0 else None
            # (line by line from that end: a two-line headline goes whole;
            # the stack's last line too once the report took one: the whole
            # stack the report's, printed after its text)
            while sum(len(unit) for unit in draft.heads) > (0 if report is not None else 1):
                unit = draft.heads[end]
                line = unit[end]
                text = line.raw
                own = word_share(text, draft.body)
                if own > T.BUNCHED_OWN_WORDS:
                    break
                best = max(headless, key=lambda d: word_share(text, d.body))
                theirs = word_share(text, best.body)
                # (a report printed right above the stack, its headline under
                # its text, needs less: the two stacks are bunched where one
                # story ends and the next begins)
                above = end == 0 and best is _printed_right_above(drafts, line.no)
                least, lead = (
                    (T.BUNCHED_ABOVE_WORDS, T.BUNCHED_ABOVE_LEAD)
                    if above
                    else (T.BUNCHED_HEAD_WORDS, T.BUNCHED_LEAD)
                )
                if (report is not None and best is not report) or theirs < max(least, own + lead):
                    if report is not None or kicked is None:
                        break
                    best = kicked
                if report is None and best.heads:
                    break
                report = best
                unit.remove(line)
                if not unit:
                    draft.heads.remove(unit)
                if end == 0:
                    report.heads.append([line])
                else:
                    report.heads.insert(0, [line])
                draft.lines.discard(line.no)
                report.lines.add(line.no)
            if report is not None:
                break


def _kicker_of_bunched(draft: Draft, drafts: list[Draft], headless: list[Draft]) -> Draft | None:
    """A stack's first line, too short to tell whose it is (法治湖南建设), over
    a line that is the headline of the report printed right above, its text
    before the stack: that report's kicker, given back with its title."""
    stack = [line for unit in draft.heads for line in unit]
    if len(stack) < 3:
        return None
    first, second = stack[0], stack[1]
    if word_share(first.raw, draft.body) > T.BUNCHED_OWN_WORDS:
        return None
    report = max(headless, key=lambda d: word_share(second.raw, d.body))
    if report.heads or report is not _printed_right_above(drafts, first.no):
        return None
    own = word_share(second.raw, draft.body)
    if own > T.BUNCHED_OWN_WORDS:
        return None
    theirs = word_share(second.raw, report.body)
    return report if theirs >= max(T.BUNCHED_ABOVE_WORDS, own + T.BUNCHED_ABOVE_LEAD) else None


def _title_over_photo_after_report(drafts: list[Draft]) -> None:
    """A dated report left with no headline, a photo's stack of two lines
    printed next under its text: the stack's first line, naming what the
    report tells far more than what the caption does, is the report's headline,
    printed after its text (as the report's stack above gave it up)."""
    for story in drafts:
        if story.heads or not story.dateline or not story.paras or not story.lines:
            continue
        if story.kind == ArticleKind.PHOTO:
            continue
        end = max(story.lines)
        under = min(
            (d for d in drafts if d.lines and d.first_line > end),
            key=lambda d: d.first_line,
            default=None,
        )
        if under is None or under.kind != ArticleKind.PHOTO or len(under.heads) < 2:
            continue
        piece = _unit_text(under.heads[0])
        theirs = word_share(piece, story.body[: T.STRAY_HEAD_LEAD])
        if theirs >= max(
            T.BUNCHED_HEAD_WORDS, word_share(piece, under.body) + T.BUNCHED_ABOVE_LEAD
        ):
            _move_heads(under, story, under.heads[:1])


def _printed_right_above(drafts: list[Draft], no: int) -> Draft | None:
    """The draft whose text the page prints last before line ``no``."""
    before = [
        (max(n for n in d.lines if n < no), i)
        for i, d in enumerate(drafts)
        if any(n < no for n in d.lines)
    ]
    return drafts[max(before)[1]] if before else None


def _cartoon_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A cartoon printed with its title and credit alone (一周开了五个会 某某
    作): no caption under it, so its one short line of no sentence is its
    title, not a caption."""
    line_at = {line.no: line for line in lines}
    above_of = {line.no: above for above, line in pairwise(lines)}
    for draft in drafts:
        if draft.kind != ArticleKind.PHOTO or len(draft.paras) != 1:
            continue
        if not DRAWN_BY.search(squash(draft.byline)):
            continue  # (a photo's short caption is its caption)
        if draft.heads and not _label_over_cartoon(draft, drafts, line_at, above_of):
            continue
        para = draft.paras[0]
        flat = squash(para.text)
        if not flat or len(flat) > T.PHOTO_TITLE_MAX or any(c in flat for c in "。，；！？,;!?"):
            continue
        printed = [line_at[no] for no in para.lines if no in line_at]
        if len(printed) == 1:
            raw = printed[0].raw
            title = raw[: raw.find(flat[-1]) + 1] if flat[-1] in raw else raw
            draft.heads.append([dataclasses.replace(printed[0], raw=title)])
            draft.paras = []


def _label_over_cartoon(
    draft: Draft, drafts: list[Draft], line_at: dict[int, Line], above_of: dict[int, Line]
) -> bool:
    """A column's label read as the title of a cartoon printed under it
    whose own title stands on its credit's line (小份菜 大文明 某某 作): the
    label closes the piece whose headline and writer are printed right above
    it (title / writer / label), and goes to it as its column."""
    if len(draft.heads) != 1 or len(draft.heads[0]) != 1:
        return False
    (label,) = draft.heads[0]
    (no,) = draft.paras[0].lines[:1] or (None,)
    credit = squash(draft.byline)
    if no is None or no not in line_at or not squash(line_at[no].raw).endswith(credit):
        return False  # (the cartoon's title is not on its credit's line)
    above = above_of.get(label.no)
    if not label_shaped(label.raw) or above is None:
        return False
    owner = next((d for d in drafts if above.no in d.lines and d is not draft), None)
    if owner is None or owner.column or owner.kind == ArticleKind.PHOTO or not owner.heads:
        return False
    if not owner.byline or squash(above.raw) != squash(owner.byline):
        return False  # (the label closes a stack signed right above it)
    owner.column = squash(label.raw)
    owner.lines.add(label.no)
    draft.heads.clear()
    draft.lines.discard(label.no)
    return True


#: A drawing's credit (某某 作, 漫画/某某), not a photographer's.
DRAWN_BY = re.compile(r"作$|漫画")


def _numbered_sections_together(drafts: list[Draft]) -> list[Draft]:
    """A piece set in numbered sections (一、… 二、… 三、…, a theory page's
    way) runs over several columns with other pieces between: its first
    section, printed apart, reads as a story headed by its crosshead, and a
    later crosshead may be left at the foot of the piece above its section.
    A crosshead of the series heads nothing: the sections go back, in their
    numbers' order, to the piece that holds the series' later crossheads."""
    gone: set[int] = set()
    for k, opener in enumerate(drafts):
        if len(opener.heads) != 1 or opener.byline or opener.dateline or opener.column:
            continue
        head = "".join(line.raw for line in opener.heads[0])
        if section_number(head) != 1:
            continue
        owner = _holder_of_later_sections(drafts, opener)
        if owner is None:
            continue
        first_later = min(
            section_number(p.text) for p in owner.paras if p.subhead and section_number(p.text) > 1
        )
        between: list[Para] = []
        if first_later > 2:
            left = _section_left_at_foot(drafts, first_later - 1, (opener, owner))
            if first_later > 3 or left is None or owner.paras[0].subhead:
                continue  # (only one crosshead may be missing, and its text opens the owner's)
            holder, between = left, [left.paras.pop()]
            holder.lines -= set(between[0].lines)
        elif not owner.paras[0].subhead:
            continue  # (section 2's crosshead opens the owner's text, or nothing is sure)
        crosshead = Para(
            squeeze(head), [line.no for line in opener.heads[0]], subhead=True, raw=head
        )
        owner.paras[:0] = [crosshead, *opener.paras, *between]
        owner.lines |= opener.lines | {no for para in between for no in para.lines}
        gone.add(k)
    return [d for k, d in enumerate(drafts) if k not in gone and (d.paras or d.heads)]


def _crosshead_to_its_series(drafts: list[Draft]) -> None:
    """A feature's crossheads come in a series of one build (起步：… /
    突破：… / 远行：…, a word of two characters, a colon, a phrase). One such
    crosshead in another piece, over the end of its text, printed after the
    feature's last section: that section, printed on past a piece set into
    the feature's column, goes back to the feature with the text under it."""
    series = {
        id(d): [p for p in d.paras if p.subhead and SECTION_GIST.match(squash(p.text))]
        for d in drafts
    }
    for draft in drafts:
        own = series[id(draft)]
        if not own or draft.kind == ArticleKind.PHOTO:
            continue
        build = _gist_build(own[0].text)
        if any(_gist_build(p.text) != build for p in own):
            continue
        k = draft.paras.index(own[0])
        if k == 0 or not draft.paras[k - 1].text or not ends_sentence(draft.paras[k - 1].text):
            continue
        homes = [
            d
            for d in drafts
            if d is not draft
            and d.paras
            and max(no for p in d.paras for no in p.lines) < min(own[0].lines)
            and _series_of(d, series[id(d)], build, len(own))
        ]
        if len(homes) != 1:
            continue
        (home,) = homes
        if _first_gist_in_stack(home, build):
            # (the first crosshead of the series, right under the byline, was
            # read as the stack's last line: it heads the feature's first section)
            line = home.heads[-1].pop()
            home.heads = [unit for unit in home.heads if unit]
            first = Para(squeeze(line.raw), [line.no], subhead=True)
            first.raw = line.raw
            home.paras.insert(0, first)
        moved = draft.paras[k:]
        home.paras.extend(moved)
        draft.paras = draft.paras[:k]
        lines = {no for para in moved for no in para.lines}
        home.lines |= lines
        draft.lines -= lines
        series[id(home)].append(own[0])
        series[id(draft)] = []


def _series_crosshead_over_another(drafts: list[Draft]) -> None:
    """A feature's next crosshead of its series (第三笔账：… after 第一笔账：…
    and 第二笔账：…) printed over another story's stack, where the feature's
    column broke: read as that story's kicker, it is the feature's, a
    crosshead before the first of its paragraphs printed after it."""
    series = {
        id(d): [p for p in d.paras if p.subhead and SECTION_GIST.match(squash(p.text))]
        for d in drafts
    }
    for draft in drafts:
        if len(draft.heads) < 2 or len(draft.heads[0]) != 1:
            continue
        (line,) = draft.heads[0]
        text = squeeze(line.raw)
        if not SECTION_GIST.match(squash(text)):
            continue
        build = _gist_build(text)
        homes = [
            d
            for d in drafts
            if d is not draft
            and len(series[id(d)]) >= T.SERIES_CROSSHEADS_MIN
            and all(_gist_build(p.text) == build for p in series[id(d)])
            and max(series[id(d)][-1].lines) < line.no
        ]
        if len(homes) != 1:
            continue
        (home,) = homes
        at = next(
            (k for k, p in enumerate(home.paras) if p.lines and min(p.lines) > line.no),
            len(home.paras),
        )
        home.paras.insert(at, Para(text, [line.no], subhead=True, raw=line.raw))
        home.lines.add(line.no)
        draft.heads.pop(0)
        draft.lines.discard(line.no)
        _section_back(draft, home, at + 1)


def _section_back(draft: Draft, home: Draft, at: int) -> None:
    """The first paragraphs after ``draft``'s lead that read as the subject
    of ``home`` (whose crosshead was printed over ``draft``'s stack) more
    than as ``draft``'s headline and lead: the section under that crosshead,
    read into ``draft``. They go to ``home`` at ``at``, in print order."""
    if len(draft.paras) < 2:
        return
    ref = "".join(line.raw for unit in draft.heads for line in unit) + draft.paras[0].text
    moved: list[Para] = []
    for para in draft.paras[1:]:
        if similarity(para.text, home.body) < similarity(para.text, ref) + T.TOPIC_LEAD:
            break
        moved.append(para)
    if len(moved) == len(draft.paras) - 1:
        return  # (a story keeps a paragraph after its lead)
    for k, para in enumerate(moved):
        draft.paras.remove(para)
        home.paras.insert(at + k, para)
        nos = set(para.lines)
        draft.lines -= nos
        home.lines |= nos


def _numbered_crosshead_out_of_stack(drafts: list[Draft]) -> None:
    """A numbered crosshead (一、…) read into a piece's stack beside its
    headline (the piece opening on its first section, its headline printed
    after its text): no headline opens on a section's number, so it is the
    piece's crosshead, over the first of its paragraphs printed after it."""
    for draft in drafts:
        if len(draft.heads) < 2:
            continue
        for unit in [u for u in draft.heads if len(u) == 1 and section_number(u[0].raw)]:
            (line,) = unit
            at = next(
                (k for k, p in enumerate(draft.paras) if p.lines and min(p.lines) > line.no),
                len(draft.paras),
            )
            draft.paras.insert(at, Para(squeeze(line.raw), [line.no], subhead=True, raw=line.raw))
            draft.heads.remove(unit)


def _series_of(home: Draft, gists: list[Para], build: int, more: int) -> bool:
    """``home`` holds crossheads of ``build`` enough, its first perhaps read as
    its stack's last line, that ``more`` of them elsewhere go on its series: a series
    of ``SERIES_CROSSHEADS_MIN`` and one more at least, all told."""
    held = len(gists) + _first_gist_in_stack(home, build)
    return (
        held >= 1
        and held + more > T.SERIES_CROSSHEADS_MIN
        and all(_gist_build(p.text) == build for p in gists)
    )


def _first_gist_in_stack(home: Draft, build: int) -> bool:
    """The feature's stack closes on a crosshead of the series (产业账：…
    under a title and its byline), its paragraphs opening with none."""
    if len(home.heads) < 2:
        return False
    flat = squash(home.heads[-1][-1].raw)
    return (
        bool(SECTION_GIST.match(flat))
        and _gist_build(flat) == build
        and not any(p.subhead for p in home.paras[:1])
    )


def _gist_build(text: str) -> int:
    """How long a gist crosshead's word before its colon is."""
    return len(re.split("[：:]", squash(text), maxsplit=1)[0])


def _holder_of_later_sections(drafts: list[Draft], opener: Draft) -> Draft | None:
    """The one headlined piece whose crossheads go on the series ``opener``
    begins (二、, 三、…) with their sections' text, its own headline not of
    the series."""
    holders = [
        d
        for d in drafts
        if d is not opener
        and d.heads
        and not section_number("".join(line.raw for line in d.heads[0]))
        and any(p.subhead and section_number(p.text) > 1 for p in d.paras[:-1])
    ]
    return holders[0] if len(holders) == 1 else None


def _section_left_at_foot(
    drafts: list[Draft], number: int, besides: tuple[Draft, ...]
) -> Draft | None:
    """The piece whose last paragraph is the series' crosshead ``number``,
    left there where the page's columns broke, or that crosshead left alone."""
    for draft in drafts:
        if draft in besides or not draft.paras or section_number(draft.paras[-1].text) != number:
            continue
        if len(draft.paras) > 1 or not (draft.heads or draft.byline or draft.dateline):
            return draft
    return None


def _commentary(draft: Draft, heads: bool) -> bool:
    return article_kind(draft, heads) == ArticleKind.COMMENTARY


def _title_printed_in_cut(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A paragraph page prints a dated story's title between the two pieces
    of another story's cut sentence (…各地各部门 / 某地某事充足 / 要把握…), and
    the title was read as the first words of the sentence's rest. With a
    dated story on the page that has no headline and uses the title's words
    more than the story it was read into, the title is that story's and the
    cut sentence is whole again."""
    line_at = {line.no: line for line in lines}
    for draft in drafts:
        for k in range(len(draft.paras) - 1, 0, -1):
            before, para = draft.paras[k - 1], draft.paras[k]
            head = _title_opening(para, before, line_at)
            if head is None:
                continue
            text = squash(head.raw)
            hosts = [
                (word_share(text, d.body), n)
                for n, d in enumerate(drafts)
                if d is not draft and d.dateline and not d.heads and d.paras
            ]
            share, n = max(hosts, default=(0.0, -1))
            own = word_share(text, squash(draft.body).replace(text, "", 1))
            if share < T.CUT_TITLE_WORDS or share <= own:
                continue
            before.text += para.text[len(squeeze(head.raw)) :]
            before.lines += para.lines[1:]
            del draft.paras[k]
            draft.lines.discard(head.no)
            drafts[n].heads = [[head]]
            drafts[n].lines.add(head.no)


def _title_over_rest_of_cut(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A paragraph page prints a dated story's title right over the rest of
    its cut first sentence, another story's paragraphs between the two pieces
    (…完成集装箱吞吐量 / other text / 某港吞吐量增长两成 / 21.3万标箱，…). The
    title was read as a lone last paragraph of the story above it; with the
    dated story under it headless and using its words more, it is that
    story's title."""
    owner = {no: n for n, d in enumerate(drafts) for no in d.lines}
    line_at = {line.no: line for line in lines}
    for n, draft in enumerate(drafts):
        para = draft.paras[-1] if len(draft.paras) > 1 else None
        if para is None or len(para.lines) != 1 or para.subhead:
            continue
        head = line_at.get(para.lines[0])
        if head is None or squeeze(head.raw) != para.text:
            continue
        text = squash(head.raw)
        if not T.CUT_TITLE_MIN <= len(text) <= T.CUT_TITLE_MAX or _CUT_TITLE_MARKS.search(text):
            continue
        host = owner.get(head.no + _NEXT, -1)
        if host in (-1, n):
            continue
        dated = drafts[host]
        if not dated.dateline or dated.heads or not dated.paras:
            continue
        share = word_share(text, dated.body)
        own = word_share(text, squash(draft.body).replace(text, "", 1))
        if share < T.CUT_TITLE_WORDS or share <= own:
            continue
        del draft.paras[-1]
        draft.lines.discard(head.no)
        dated.heads = [[head]]
        dated.lines.add(head.no)


def _title_opening(para: Para, before: Para, line_at: dict[int, Line]) -> Line | None:
    """The line opening ``para`` when it is a title's shape, the paragraph
    before it left open and more of the paragraph after it."""
    if len(para.lines) < 2 or para.subhead or before.subhead or ends_sentence(before.text):
        return None
    head = line_at.get(para.lines[0])
    if head is None or not para.text.startswith(squeeze(head.raw)):
        return None
    text = squash(head.raw)
    if not T.CUT_TITLE_MIN <= len(text) <= T.CUT_TITLE_MAX or _CUT_TITLE_MARKS.search(text):
        return None
    return head


#: How far the next printed line is from a line: the extraction sets a blank
#: line after every one.
_NEXT = 2
#: No title printed in a cut holds a sentence's marks.
_CUT_TITLE_MARKS = re.compile(r"[，,。；;：:、！!？?（）()]")


def _group_photo_over_its_credit(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A group of photos printed one paragraph a line: its title, a caption
    opening on the day, more short captions, then the group's credit (某某 /
    6月19日，… / …。 / …。 / 以上图片均由…摄). The photo item was opened by
    the credit with one caption; the title and the first captions were read
    as the story above's last crosshead and paragraphs, or its title printed
    after its text. They are the group's."""
    line_at = {line.no: line for line in lines}
    for photo in drafts:
        if photo.kind != ArticleKind.PHOTO or photo.heads or len(photo.paras) != 1:
            continue
        if not GROUP_CREDIT.search(squash(photo.byline)):
            continue
        top = min(photo.paras[0].lines)
        # (a blank line follows every printed line: the one above is two up)
        above = next((d for d in drafts if d is not photo and top - _NEXT in d.lines), None)
        if above is None:
            continue
        paras = [_title_glued_to_caption(para, line_at) for para in above.paras]
        paras = [part for pair in paras for part in pair]
        taken = _captions_at_end(paras, above, top)
        if taken is None:
            continue
        crosshead, captions = taken
        above.paras = paras[: len(paras) - len(captions) - (crosshead is not None)]
        # (its title a crosshead, or printed after the story's text)
        title = above.heads.pop() if crosshead is None else [line_at[crosshead.lines[0]]]
        photo.heads = [title]
        photo.paras[:0] = captions
        moved = {line.no for line in title} | {no for para in captions for no in para.lines}
        above.lines -= moved
        photo.lines |= moved


def _title_glued_to_caption(para: Para, line_at: dict[int, Line]) -> tuple[Para, ...]:
    """``para`` as a title's line apart and the caption it was read into
    (侗乡冬韵 + 11月28日，…), when it is one; else alone."""
    if len(para.lines) != 2 or para.subhead:
        return (para,)
    head = squeeze(line_at[para.lines[0]].raw)
    rest = para.text[len(head) :]
    if not para.text.startswith(head) or not CAPTION_START.match(rest):
        return (para,)
    if len(squash(head)) > T.PHOTO_TITLE_MAX or _CUT_TITLE_MARKS.search(head):
        return (para,)
    return Para(head, para.lines[:1], subhead=True), Para(rest, para.lines[1:])


def _captions_at_end(
    paras: list[Para], draft: Draft, top: int
) -> tuple[Para | None, list[Para]] | None:
    """The group's title and first captions at the end of ``draft``, right
    over line ``top`` (its ``paras``, a title read into a caption set apart):
    the title a crosshead (None when it is the draft's last headline piece,
    printed after its text) over short one-line captions, the first opening
    on the day."""
    captions: list[Para] = []
    for para in reversed(paras):
        if (
            len(para.lines) != 1
            or len(para.text) > T.GROUP_CAPTION_MAX
            or not ends_sentence(para.text)
        ):
            return None
        captions.insert(0, para)
        if CAPTION_START.match(para.text):
            break  # (the first caption opens on the day; the others need not)
    else:
        return None
    if max(captions[-1].lines) + _NEXT != top:
        return None
    first = min(captions[0].lines)
    rest = paras[: len(paras) - len(captions)]
    if rest and rest[-1].subhead:
        nos = rest[-1].lines
        if (
            len(nos) != 1
            or nos[0] + _NEXT != first
            or len(squash(rest[-1].text)) > T.PHOTO_TITLE_MAX
        ):
            return None
        return rest[-1], captions
    if not rest or (len(draft.heads) < 2 and not draft.column):
        return None
    last = draft.heads[-1]
    if len(last) != 1 or last[0].no + _NEXT != first:
        return None
    return None, captions
