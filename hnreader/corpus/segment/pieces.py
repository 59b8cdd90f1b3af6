"""Paragraph pages: the running text of the page as pieces, each under the
story whose opener was printed last above it (the page's flow), before the
assignment gives each to its story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import ArticleKind
from ..reflow import squash
from . import thresholds as T
from .blocks import Block
from .draft import Draft
from .joins import figure_goes_on
from .kinds import BlockRole, Opener
from .patterns import REPORTED, credit_match, jumps_in
from .vocabulary import DANGLING_END, SPEECH_VERBS

#: Figures and the marks around them: no topic. A run of figures, or one
#: mark; written to begin on one class of characters, so that the engine
#: scans a text for that class rather than trying both branches at each
#: character (the same matches as ``[0-9０-９.．%％]+|[▲△▼▽▷◁►◄]``).
_FIGURES = re.compile(r"[0-9０-９.．%％▲△▼▽▷◁►◄](?:(?<=[0-9０-９.．%％])[0-9０-９.．%％]*)?")


def signs_off(block: Block) -> bool:
    """A reporters' line closing a story (…记者 某某 报道), not a photo's credit."""
    return (
        block.role == BlockRole.CREDIT
        and squash(block.text).endswith("报道")
        and not credit_match(block.text)
    )


def _prose(text: str) -> bool:
    """Running text (a clause mark in it), not a title line."""
    return any(c in text for c in "，。,；;")


def body_sequence(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    """Give every unowned block to the article it is printed under; the text
    blocks of articles (not photos) in print order."""
    current = -1
    box_owner = -1
    closed = False  # the story read last is a poem, whole: no text runs on it
    for block in blocks:
        if block.owner >= 0:
            if drafts[block.owner].kind == ArticleKind.PHOTO:
                box_owner = block.owner
                continue
            current = block.owner
            closed = block.verse
            continue
        if closed and block.role == BlockRole.TEXT:
            drafts.append(Draft(starts_with=Opener.BODY))  # a piece the assignment may send home
            current, closed = len(drafts) - 1, False
        if current < 0 and block.role == BlockRole.TEXT and (box_owner >= 0 or _prose(block.text)):
            # Text before any story (after a photo, or running text under the
            # page's head): a piece of its own that the assignment may send to
            # the story it was cut from.
            drafts.append(Draft(starts_with=Opener.BODY))
            current = len(drafts) - 1
        block.owner = current if current >= 0 else box_owner
    return _body_of(blocks, drafts)


def _body_of(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    return [
        b
        for b in blocks
        if b.owner >= 0
        and b.role in (BlockRole.TEXT, BlockRole.DATELINE, BlockRole.MARKER)
        and drafts[b.owner].kind != ArticleKind.PHOTO
        and not b.verse  # (a poem's lines are whole, neither cut nor finishing a cut)
    ]


def topic_text(text: str) -> str:
    """What a story's words say about its topic: without jump markers
    (（上接1版②）) and figures, which any story holds as substrings (1, 2)."""
    for match, _jump in reversed(jumps_in(text)):
        text = text[: match.start()] + text[match.end() :]
    return _FIGURES.sub(" ", text)


def crosshead_series(texts: Sequence[str]) -> set[int]:
    """Indexes of the texts that are a feature's crossheads of the comma kind,
    printed as a series (一条路，打开了一扇门 / 一座桥，连起了两岸心; 路通了，… /
    产业兴了，…): two short phrases parted by one comma, no sentence closed.
    Once two of one build stand on the page, a line of that shape built a
    little like another is one of the series (江豚回来了，湖水更清了). A line
    whose figure opens the next (目前，全省已有 / 2.8万名…) is a cut sentence."""
    shapes = {
        k: shape
        for k, text in enumerate(texts)
        if (shape := _comma_phrases(text))
        and not (k + 1 < len(texts) and figure_goes_on(text, texts[k + 1]))
    }
    shared = {(j, k): _shared(a, b) for j, a in shapes.items() for k, b in shapes.items() if j != k}
    if not any(n >= T.SERIES_CROSSHEAD_SHARED for n in shared.values()):
        return set()
    return {j for (j, _k), n in shared.items() if n}


def comma_crosshead(text: str) -> bool:
    """A line of a comma crosshead's shape (十六岁学绣，一坐就是四十年)."""
    return _comma_phrases(text) is not None


def _comma_phrases(text: str) -> tuple[str, str] | None:
    """The two phrases of a line of a comma crosshead's shape, or None: no
    figure, bracket, list or sentence in it, and no report's attribution or
    speaker opening it (新区负责人介绍，下一步…: a paragraph's first words)."""
    flat = squash(text)
    if not T.PARA_SUBHEAD_MIN <= len(flat) <= T.SERIES_CROSSHEAD_MAX or flat.count(",") != 1:
        return None
    if any(c in flat for c in "。;!?:、()（）") or any(c.isdigit() for c in flat):
        return None
    first, second = flat.split(",")
    if len(first) < 2 or len(second) < 3 or second[-1] in DANGLING_END or second[-1] in _NUMERALS:
        return None
    if (
        first.endswith((*SPEECH_VERBS, *_SAYING))
        or REPORTED.match(flat)
        or _FRAMED_VIEW.match(first)
    ):
        return None
    return first, second


#: A bare numeral ends no headline: a line stopped on one is cut (…和作者一).
_NUMERALS = "一二三四五六七八九十"
#: Verbs of saying a report's sentences open on, beside a speech's.
_SAYING = ("介绍", "说", "透露", "认为", "坦言", "告诉记者")
#: A frame of a report's view (从贸易方式看，…): a sentence's opening.
_FRAMED_VIEW = re.compile(r"^从.+看$")


def _shared(a: tuple[str, str], b: tuple[str, str]) -> int:
    """How much of their build two comma lines share: the first phrase's
    length, first and last character, and the second's length and end."""
    (a1, a2), (b1, b2) = a, b
    return (
        (len(a1) == len(b1))
        + (a1[0] == b1[0])
        + (a1[-1] == b1[-1])
        + (len(a2) == len(b2))
        + (a2[-1] == b2[-1])
    )


def is_crosshead(text: str) -> bool:
    """A crosshead's shape (拆围：啃下最硬的“骨头”): short, no sentence or
    clause inside; the text goes on after it."""
    flat = squash(text)
    return T.PARA_SUBHEAD_MIN <= len(flat) <= T.PARA_SUBHEAD_MAX and not any(
        c in flat for c in "。，,；;！？!?"
    )


def section_number(text: str) -> int:
    """The number a crosshead of the numbered kind opens on (二、融合发展面临
    的几个短板: 2), 0 for any other line."""
    flat = squash(text)
    first = text.strip()[:1]
    if first in _CIRCLED and is_crosshead(flat):
        return _CIRCLED.index(first) + 1
    if not is_crosshead(flat):
        return 0
    # (a theory piece's crossheads may count so: 一是由“招商”向“选商”转变)
    return item_number(flat) or item_number(_ORDINAL_IS.sub("、", flat, count=1))


def item_number(text: str) -> int:
    """The number a line of a numbered series opens on (三、请过往车辆…: 3),
    whatever follows it; 0 for a line opening on none."""
    match = _SECTION.match(squash(text))
    if not match or not match.group(1):
        return 0
    tens, _, units = match.group(1).rpartition("十")
    if "十" not in match.group(1):
        return _DIGITS.index(units) + 1 if len(units) == 1 else 0
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (
        _DIGITS.index(units) + 1 if units else 0
    )


#: A numbered crosshead's opening (三、在重点领域率先突破).
_SECTION = re.compile(r"^((?:[二三四五六七八九]?十)?[一二三四五六七八九]?)、")
_DIGITS = "一二三四五六七八九"
_ORDINAL_IS = re.compile(r"(?<=^[一二三四五六七八九])是")
#: A crosshead may be numbered in circles (②课后服务“托”出新花样).
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
