"""Column widths: where a run of body text changes the width it is set to.

Each story on a column page is set to one column width; a commentary is set
narrower than the news around it, an essay of a literary page to its own.
Only a paragraph's full lines tell the width: its first is indented, its
last runs short."""

from __future__ import annotations

from collections.abc import Iterable
from statistics import median

from ..reflow import ends_sentence, width
from . import thresholds as T


def full_widths(texts: Iterable[str], after_end: bool = True) -> list[float]:
    """The widths of the full lines among ``texts`` (squeezed, in print
    order): no paragraph's last line, nor its first (the line after one that
    ended a sentence; ``after_end``: whether the line before the first ended
    one)."""
    out: list[float] = []
    before_ended = after_end
    for text in texts:
        ended = ends_sentence(text)
        if not ended and not before_ended:
            out.append(width(text))
        before_ended = ended
    return out


def steps(above: list[float], below: list[float], tight: bool = False) -> bool:
    """The full lines above and below are set to two column widths: each side
    steady, the two apart by a column's change, not a line's slack. With
    ``tight`` (another sign says a story begins here), sides steadier still
    tell a smaller change."""
    if min(len(above), len(below)) < T.COLUMN_CHANGE_LINES - 1:
        return False
    spread = max(max(ws) - min(ws) for ws in (above, below))
    change = abs(median(above) - median(below))
    if tight and spread <= T.COLUMN_CHANGE_TIGHT:
        return change >= T.COLUMN_CHANGE_MIN_TIGHT
    return spread < T.COLUMN_CHANGE_SPREAD and change >= T.COLUMN_CHANGE_MIN


def set_round(story: list[float], piece: list[float], rest: list[float]) -> bool:
    """The full lines ``rest`` are set to the column of ``story``'s, and the
    piece printed between them to another: a story's text set round a piece
    of another width printed inside it (a short commentary, a boxed report)."""
    if min(len(story), len(piece)) < T.COLUMN_CHANGE_LINES - 1 or not rest:
        return False
    column = median(story)
    return abs(column - median(piece)) >= T.COLUMN_CHANGE_MIN and all(
        abs(w - column) < T.COLUMN_CHANGE_MIN for w in rest
    )
