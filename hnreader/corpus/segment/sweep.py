"""The last pass: nothing on a page is lost."""

from __future__ import annotations

from collections.abc import Sequence

from ..reflow import squash
from .lines import Line


def keep_the_rest(lines: Sequence[Line], articles, extras: list[str], duplicates) -> None:
    """Nothing is lost: a line whose text is not all in some article field or
    page extra is kept whole among the extras."""
    strings = [squash(s) for s in list(extras) + list(duplicates)]
    for art in articles:
        strings += [
            squash(s)
            for s in (
                art.column,
                art.kicker,
                art.title,
                art.subtitle,
                art.byline,
                art.dateline,
                *art.paragraphs,
                *art.markers,
            )
        ]
    hay = "\x00".join(strings)
    for line in lines:
        flat = squash(line.raw)
        if flat and flat not in hay and not _pieces_in(flat, hay):
            extras.append(line.raw)


def _pieces_in(text: str, hay: str) -> bool:
    """True when text is found in hay as a few long pieces (a line may hold a
    dateline and the start of the lead, stored apart)."""
    i = 0
    while i < len(text):
        lo, hi = 0, len(text) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if text[i : i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo < min(4, len(text) - i) or lo == 0:
            return False
        i += lo
    return True
