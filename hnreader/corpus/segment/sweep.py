"""The last pass: nothing on a page is lost, and what was kept only by this
pass is marked as such.

Every character of every raw line must be accounted for by a distinct
character of the page's output: an article field of the article that claims
the line, a page extra (masthead, box) or a duplicate. A line is matched as
a few pieces, longest first, and the output characters it matches are used
up, so one output string never accounts for two lines (a line "全媒" among
"全媒体" lines is not "found" in their text). A line not fully accounted for
is kept whole among the extras as ``ExtraKind.SWEPT``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Article
from ..reflow import squash
from .kinds import ExtraKind
from .lines import Line

#: A piece of a line shorter than this (characters) is accepted only as the
#: rest of the line: shorter pieces could be picked anywhere in a long text.
PIECE_MIN = 4
_USED = "\x01"


def article_strings(art: Article) -> list[str]:
    """The output fields of an article that hold page text (a derived title
    and the subheads, repeated in the paragraphs, do not)."""
    title = "" if art.title_derived else art.title
    return [
        art.column,
        art.kicker,
        title,
        art.subtitle,
        art.byline,
        art.dateline,
        *art.paragraphs,
        *art.markers,
    ]


class Ledger:
    """Output text that lines are matched against, used up as it is matched."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.parts = [s for s in (squash(x) for x in strings) if s]

    def take(self, text: str) -> bool:
        """Use up ``text`` as a few long pieces; False (and nothing used) when
        some of it is not there."""
        text = squash(text)
        for k, part in enumerate(self.parts):  # most lines are inside one string
            at = part.find(text)
            if at >= 0:
                self.parts[k] = part[:at] + _USED * len(text) + part[at + len(text) :]
                return True
        parts = list(self.parts)
        i = 0
        while i < len(text):
            found = self._longest(parts, text, i)
            if found is None:
                return False
            k, at, n = found
            parts[k] = parts[k][:at] + _USED * n + parts[k][at + n :]
            i += n
        self.parts = parts
        return True

    @staticmethod
    def take_across(ledgers: Sequence[Ledger], text: str) -> bool:
        """Use up ``text`` from several ledgers at once (a headline printed
        twice on one line: one copy in the article, the other a duplicate)."""
        text = squash(text)
        where = [(led, k) for led in ledgers for k in range(len(led.parts))]
        parts = [led.parts[k] for led, k in where]
        i = 0
        while i < len(text):
            found = Ledger._longest(parts, text, i)
            if found is None:
                return False
            k, at, n = found
            parts[k] = parts[k][:at] + _USED * n + parts[k][at + n :]
            i += n
        for (led, k), part in zip(where, parts, strict=True):
            led.parts[k] = part
        return True

    @staticmethod
    def _longest(parts: list[str], text: str, i: int) -> tuple[int, int, int] | None:
        """The longest prefix of text[i:] found in one part: (part, at, length)."""
        rest = len(text) - i
        need = min(PIECE_MIN, rest)
        best: tuple[int, int, int] | None = None
        for k, part in enumerate(parts):
            if len(part) < need:
                continue
            lo, hi = 0, min(rest, len(part))
            at = -1
            while lo < hi:  # binary search on the prefix length
                mid = (lo + hi + 1) // 2
                pos = part.find(text[i : i + mid])
                if pos >= 0:
                    lo, at = mid, pos
                else:
                    hi = mid - 1
            if lo >= need and (best is None or lo > best[2]):
                best = (k, at, lo)
                if lo == rest:
                    break
        return best


def keep_the_rest(
    lines: Sequence[Line],
    articles: Sequence[Article],
    kept_apart: Sequence[str],
    duplicates: Sequence[str],
) -> list[str]:
    """The lines (whole) whose text no output string accounts for.

    Lines claimed by an article are matched against that article's fields;
    the others, and what an article does not account for, against the page's
    extras and duplicates. Longer lines are matched first, so that a short
    line cannot use up the text of a long one.
    """
    ledgers = {id(a): Ledger(article_strings(a)) for a in articles}
    listed = {id(a): set(a.source_lines) for a in articles}
    owner: dict[int, Ledger] = {}
    for art in articles:
        for no in art.source_lines:
            owner.setdefault(no, ledgers[id(art)])
    spare = Ledger([*kept_apart, *duplicates])
    swept: set[int] = set()
    for line in sorted(lines, key=lambda li: -len(li.raw)):
        flat = squash(line.raw)
        if not flat:
            continue
        ledger = owner.get(line.no)
        if ledger is not None and ledger.take(flat):
            continue
        if spare.take(flat):
            continue
        if ledger is not None and Ledger.take_across([ledger, spare], flat):
            continue
        others = (ledgers[id(a)] for a in articles if line.no not in listed[id(a)])
        if any(led.take(flat) for led in others):
            continue  # a line split between two stories is listed by one
        swept.add(line.no)
    return [line.raw for line in lines if line.no in swept]


def swept_share(raw: str, extras: Sequence[str], kinds: Sequence[str]) -> float:
    """Share of a page's characters kept only by this pass."""
    total = len(squash(raw))
    swept = sum(len(squash(e)) for e, k in zip(extras, kinds, strict=True) if k == ExtraKind.SWEPT)
    return swept / total if total else 0.0
