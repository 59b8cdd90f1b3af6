"""Who signs a piece where the layout leaves it to its position: a pen name
under a commentary's last sentence, on either layout."""

from __future__ import annotations

import re

from ..match import dictionary_words, pos_tags
from ..reflow import ends_sentence, squash, squeeze_names
from .draft import Draft
from .hunan_words import names_place
from .lines import Line
from .patterns import is_byline, is_name_line, looks_like_column

#: A commentator's pen name printed alone under the piece (卓然, 湘平): two or
#: three characters that need be no name jieba knows.
_PEN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
#: A byline naming reporters: a news story's or a feature's, never a label's.
_REPORTERS = re.compile(r"记者|通讯员")
#: The bodies that sign a notice printed in the paper: courts, procuratorates,
#: governments and their bureaus, committees, offices, companies, associations.
_ISSUING_BODY = re.compile(
    r"(?:人民法院|人民检察院|人民政府|委员会|[局厅]|办公室|有限公司|有限责任公司|协会|学会)$"
)


def names_issuer(text: str) -> bool:
    """``text`` is a body's name and nothing else (湖南省某某市某某区人民法院,
    某某市住房和城乡建设局): no verb, so no headline (…举办…对接会)."""
    flat = squash(text)
    return bool(_ISSUING_BODY.search(flat)) and not any(
        tag.flag.startswith("v") for tag in pos_tags(flat)
    )


def pen_names_signing(drafts: list[Draft], lines: list[Line], boxed: list[str]) -> None:
    """A short line right under the last sentence of a labelled, unsigned
    commentary signs it, when nothing else holds it (the page's end under
    it), the commentary read it as its last paragraph, or the story under
    it took it for its label over a reporters' byline or its kicker: a
    commentary's writer signs at its end, a news story's label is printed
    over its headline, not over its byline, and no report's kicker is a
    word of two or three characters."""
    for k in range(1, len(lines)):
        line, text = lines[k], squash(lines[k].raw)
        if not _PEN_NAME.fullmatch(text) or is_name_line(text) or _no_pen_name(text):
            continue
        # (the story that holds the line's text ends on it, unless the
        # line stands alone)
        others = [d for d in drafts if not (lone_draft(d) and line.no in d.lines)]
        above = printed_above(others, line.no + 1)
        if above is None or above.byline or above.dateline or not above.column:
            continue
        # (read as the piece's last paragraph, a line of its own)
        signed_last = len(above.paras) > 1 and above.paras[-1].lines == [line.no]
        paras = above.paras[:-1] if signed_last else above.paras
        if max(no for para in paras for no in para.lines) != lines[k - 1].no:
            continue
        if not ends_sentence(paras[-1].text):
            continue
        holder = next((d for d in drafts if line.no in d.lines), None)
        if signed_last:
            above.paras.pop()
        elif holder is None and text in boxed:
            boxed.remove(text)
        elif holder is not None and lone_draft(holder):
            drafts.remove(holder)
        elif holder is not None and _label_over_reporters(holder, text, lines, k):
            holder.column = ""
            holder.lines.discard(line.no)
        elif holder is not None and _kicker_over_report(holder, line):
            holder.heads.pop(0)
            holder.lines.discard(line.no)
        else:
            continue
        above.byline = text
        above.lines.add(line.no)


def pen_name_under_stack(drafts: list[Draft], lines: list[Line]) -> None:
    """A labelled commentary's last headline line, a short word of its own
    under a line that is not full (端牢饭碗 / 湖南要多作贡献 / 湘平 / text):
    the writer's pen name, signed over the text as a reporter's name is, no
    last word of the title (a title wraps only from a full line)."""
    by_no = {line.no: line for line in lines}
    for draft in drafts:
        if draft.byline or draft.dateline or len(draft.heads) < 2:
            continue
        if not looks_like_column(draft.column):
            continue  # (a commentary's column: no label of other words, 以数字化转型)
        if len(draft.heads[-1]) != 1 or not draft.paras or not draft.paras[0].lines:
            continue
        line, above = draft.heads[-1][0], draft.heads[-2][-1]
        text = squash(line.raw)
        if not _PEN_NAME.fullmatch(text) or _a_word(text) or looks_like_column(text):
            continue
        first = draft.paras[0].lines[0]
        if not above.no < line.no < first:
            continue
        widest = max(len(squash(by_no[no].raw)) for no in draft.paras[0].lines if no in by_no)
        if len(squash(above.raw)) + len(text) > widest:
            continue  # (the line above full: the title's last word may wrap under it)
        draft.heads.pop()
        draft.byline = text


def name_over_report(drafts: list[Draft]) -> None:
    """A person's name alone over a dated report's stack (某某某 / title /
    湖南日报…讯): no kicker, for a report names its reporters in its
    dateline and a kicker says what or where, not who. The commentary
    printed right before it, labelled and unsigned, is the name's: its
    writer signs under its text, its title and its label printed after it."""
    for holder in drafts:
        if len(holder.heads) < 2 or len(holder.heads[0]) != 1:
            continue
        if not (holder.dateline or _REPORTERS.search(holder.byline)):
            continue
        line = holder.heads[0][0]
        if not is_name_line(squash(line.raw)):
            continue
        ends = [(_last_line(d), k) for k, d in enumerate(drafts) if d is not holder]
        before = [(end, k) for end, k in ends if end < line.no]
        if not before:
            continue
        above = drafts[max(before)[1]]
        if above.byline or above.dateline or not looks_like_column(above.column):
            continue
        holder.heads.pop(0)
        holder.lines.discard(line.no)
        above.byline = squeeze_names(line.raw)
        above.lines.add(line.no)


def _last_line(draft: Draft) -> int:
    """The last printed line a draft holds, of its text or its headline."""
    nos = [no for para in draft.paras for no in para.lines]
    nos += [line.no for piece in draft.heads for line in piece]
    return max(nos, default=-1)


def _a_word(text: str) -> bool:
    """A place of the province, or a word of jieba's own dictionary (春风,
    开幕): no pen name, which joins characters no word holds (湘和, 湘平)."""
    return names_place(text) or dictionary_words(text) == [text]


def lone_draft(draft: Draft) -> bool:
    """A draft of one line and nothing else: no headline, no byline."""
    return len(draft.lines) == 1 and not (draft.heads or draft.byline)


def _label_over_reporters(holder: Draft, text: str, lines: list[Line], k: int) -> bool:
    """Line ``k`` is the label ``holder`` took, printed over its reporters'
    byline (湖南日报记者 某某 / 通讯员 某某)."""
    return (
        holder.column == text
        and k + 1 < len(lines)
        and is_byline(lines[k + 1].raw)
        and squash(holder.byline).startswith(squash(lines[k + 1].raw))
        and _REPORTERS.search(holder.byline) is not None
    )


def _kicker_over_report(holder: Draft, line: Line) -> bool:
    """``line`` is the first of ``holder``'s headline lines, over the rest
    of its stack, and ``holder`` is a dated report or a reporters' story."""
    return (
        len(holder.heads) >= 2
        and [li.no for li in holder.heads[0]] == [line.no]
        and bool(holder.dateline or _REPORTERS.search(holder.byline))
    )


#: jieba's parts of speech no pen name is read as: verbs, numerals and
#: measures, adverbs, prepositions, conjunctions, particles, localisers.
_NO_NAME_TAGS = frozenset("vmqdpcuf")


def _no_pen_name(text: str) -> bool:
    """Words no writer signs with: a place of the province (张家界 over its
    report), a verb, figure or particle, a noun of jieba's own (观点)."""
    if names_place(text):
        return True
    tags = pos_tags(text)
    if any(tag.flag[0] in _NO_NAME_TAGS for tag in tags):
        return True
    return len(tags) == 1 and tags[0].flag == "n" and dictionary_words(text) == [text]


def printed_above(drafts: list[Draft], line_no: int) -> Draft | None:
    """The story whose text ends last before line ``line_no``."""
    ends = [
        (max(no for para in d.paras for no in para.lines), k)
        for k, d in enumerate(drafts)
        if any(para.lines for para in d.paras)
    ]
    before = [(end, k) for end, k in ends if end < line_no]
    return drafts[max(before)[1]] if before else None
