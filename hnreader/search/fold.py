"""Folding text for search: one form for what is printed and what is typed.

Both sides of every comparison go through :func:`fold`: NFKC (full-width
letters, digits and punctuation become their ordinary forms), lower case,
traditional characters become simplified (OpenCC ``t2s``), and whitespace and
quotation marks are dropped, so that the layout spaces of extracted text
(``总 部``) and the quotes around a slogan (“三湘护水”行动) never break a match.
:class:`Folded` keeps the way back from folded offsets to the original string,
so a match found in folded text can be highlighted in the displayed text.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from dataclasses import dataclass

# Dropped from folded text: readers type neither layout spaces nor the quotes
# and title marks around names, slogans and titles.
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff“”‘’\"'「」『』《》〈〉﹁﹂﹃﹄")

_lock = threading.Lock()
_converter = None
# char -> folded form ("" when dropped); grows as new characters are seen.
_FOLD: dict[str, str] = {}


class _Table(dict[int, str]):
    """The same as a str.translate table (an irregular character maps to its
    folded form too: only the folded text, without the way back, needs no
    more). A character not seen before is learnt as ``translate`` meets it."""

    def __missing__(self, code: int) -> str:
        _learn({chr(code)})
        return self[code]


_TABLE = _Table()
# Characters whose folded form is not exactly one character (dropped or expanded).
_IRREGULAR: set[str] = set()
_irregular_re: re.Pattern[str] | None = None


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        import opencc  # the module of opencc-python-reimplemented

        _converter = opencc.OpenCC("t2s")
    return _converter.convert(text)


def fold_char(ch: str) -> str:
    """The folded form of one character: possibly empty or several characters."""
    found = _FOLD.get(ch)
    if found is None:
        _learn({ch})
        found = _FOLD[ch]
    return found


def _learn(chars: set[str]) -> None:
    global _irregular_re
    with _lock:
        for ch in chars:
            if ch in _FOLD:
                continue
            if ch.isspace() or ch in _DROPPED:
                out = ""
            else:
                out = unicodedata.normalize("NFKC", ch).lower()
                # Quotes can appear after NFKC (full-width ＂ becomes ").
                out = "".join(c for c in out if not c.isspace() and c not in _DROPPED)
                if out and not out.isascii():
                    out = _t2s(out)
            if len(out) != 1:
                _IRREGULAR.add(ch)
            # Identity entries too: a failed lookup costs str.translate far more.
            _TABLE[ord(ch)] = out
            _FOLD[ch] = out
        if _IRREGULAR:
            _irregular_re = re.compile("[" + "".join(map(re.escape, sorted(_IRREGULAR))) + "]")


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text and the map from its offsets back to the original string.

    ``cuts``/``shifts`` hold the folded offsets at which the distance to the
    original changes and the distance from there on (original = folded +
    shift); both are empty when the two strings line up one to one.
    """

    text: str
    cuts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def original(self, index: int) -> int:
        """The original offset of the folded character at ``index``."""
        if not self.cuts:
            return index
        k = bisect.bisect_right(self.cuts, index) - 1
        return index + (self.shifts[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering the folded span ``[start, end)``."""
        if end <= start:
            at = self.original(start)
            return at, at
        return self.original(start), self.original(end - 1) + 1


def fold(text: str) -> Folded:
    """Fold ``text`` for search, keeping the map back to ``text``'s offsets."""
    chars = set(text)
    missing = chars.difference(_FOLD)
    if missing:
        _learn(missing)
    if chars.isdisjoint(_IRREGULAR):
        return Folded(text.translate(_TABLE))
    # Regular runs are translated whole; only the irregular characters are walked.
    pieces: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    shift = out = prev = 0
    assert _irregular_re is not None
    for m in _irregular_re.finditer(text):
        i = m.start()
        if i > prev:
            if prev - out != shift:
                shift = prev - out
                cuts.append(out)
                shifts.append(shift)
            pieces.append(text[prev:i].translate(_TABLE))
            out += i - prev
        piece = _FOLD[m.group()]
        for j in range(len(piece)):
            if i - (out + j) != shift:
                shift = i - (out + j)
                cuts.append(out + j)
                shifts.append(shift)
        pieces.append(piece)
        out += len(piece)
        prev = i + 1
    if prev < len(text):
        if prev - out != shift:
            cuts.append(out)
            shifts.append(prev - out)
        pieces.append(text[prev:].translate(_TABLE))
    return Folded("".join(pieces), tuple(cuts), tuple(shifts))


def fold_text(text: str) -> str:
    """Just the folded text (the same as ``fold(text).text``), for queries,
    comparisons and the engine's fields."""
    # (``_TABLE`` learns the characters it has not seen: no pass over the
    # text to find them first)
    return text.translate(_TABLE)


def fold_aligned(text: str) -> str:
    """Folded text of exactly the same length: each character folds to one
    (a dropped one stays as it is), so positions can be highlighted directly."""
    return "".join((fold_char(ch) or ch)[:1] for ch in text)
