"""Paragraph pages: the running text of the page as pieces, each under the
story whose opener was printed last above it (the page's flow), before the
assignment gives each to its story."""

from __future__ import annotations

import re

from ..reflow import squash
from . import thresholds as T
from .blocks import Block
from .draft import Draft
from .kinds import BlockRole, Opener
from .patterns import credit_match, jumps_in

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
            if drafts[block.owner].kind == "photo":
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
        and drafts[b.owner].kind != "photo"
        and not b.verse  # (a poem's lines are whole, neither cut nor finishing a cut)
    ]


def topic_text(text: str) -> str:
    """What a story's words say about its topic: without jump markers
    (（上接1版②）) and figures, which any story holds as substrings (1, 2)."""
    for match, _jump in reversed(jumps_in(text)):
        text = text[: match.start()] + text[match.end() :]
    return _FIGURES.sub(" ", text)


def is_crosshead(text: str) -> bool:
    """A crosshead's shape (拆围：啃下最硬的“骨头”): short, no sentence or
    clause inside; the text goes on after it."""
    flat = squash(text)
    return T.PARA_SUBHEAD_MIN <= len(flat) <= T.PARA_SUBHEAD_MAX and not any(
        c in flat for c in "。，,；;！？!?"
    )
