"""Raw lines: the non-blank lines of a page, its layout, and what each line is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..reflow import squash, squeeze, width
from . import thresholds as T
from .kinds import Layout, LineKind
from .patterns import credit_match, dateline_match, is_byline, jumps_in


@dataclass(slots=True)
class Line:
    """One non-blank raw line."""

    no: int  # 1-based line number in the raw page
    raw: str  # the line without surrounding whitespace
    gap: int  # blank lines before it
    indent: bool  # the raw line began with whitespace


def read_lines(raw_lines: Sequence[str], skip: set[int]) -> list[Line]:
    """The non-blank lines, without those at indexes in ``skip`` (the masthead)."""
    out: list[Line] = []
    gap = 0
    for i, text in enumerate(raw_lines):
        if i in skip:
            gap = 0
            continue
        if not text.strip():
            gap += 1
            continue
        out.append(Line(i + 1, text.strip(), gap, text[:1].isspace()))
        gap = 0
    return out


def detect_layout(lines: Sequence[Line]) -> Layout:
    """Column lines are never much wider than a column; on a paragraph page
    many lines are (only captions are wide on a column page)."""
    widths = [width(squeeze(li.raw)) for li in lines]
    if not widths:
        return Layout.PARAGRAPHS
    wide = sum(w > T.COLUMN_MAX_WIDTH for w in widths)
    if wide >= T.PARAGRAPH_PAGE_WIDE_SHARE * len(widths):
        return Layout.PARAGRAPHS
    return Layout.COLUMNS


def line_kind(line: Line) -> LineKind:
    """What a column-page line is, read alone."""
    text = line.raw
    if dateline_match(text):
        return LineKind.DATELINE
    if is_byline(text):
        return LineKind.BYLINE
    jumps = jumps_in(text)
    if jumps:
        match, jump = jumps[0]
        if jump.direction == "from" and match.start() <= T.JUMP_OPENS_WITHIN:
            return LineKind.JUMP_FROM
        if not squash(text[: match.start()] + text[match.end() :]):
            return LineKind.MARKER
    if credit_match(text):
        return LineKind.CAPTION
    if width(squeeze(text)) >= T.WIDE_LINE:
        return LineKind.WIDE
    return LineKind.TEXT


def line_kinds(lines: Sequence[Line]) -> list[LineKind]:
    """Kinds of all lines: a wide line is a caption only when a credit closes
    it (the caption's last line follows tight); otherwise text."""
    kinds = [line_kind(line) for line in lines]
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == LineKind.WIDE:
            follows = (
                i + 1 < len(kinds) and kinds[i + 1] == LineKind.CAPTION and lines[i + 1].gap <= 1
            )
            kinds[i] = LineKind.CAPTION if follows else LineKind.TEXT
    return kinds
