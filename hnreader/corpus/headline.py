"""Headline hierarchy: which printed pieces are 引题 kicker, 主题 title, 副题 subtitle."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .reflow import squeeze, width

# A kicker reports who did what (…在…会上强调 / …调研 / …出台十条措施 / ——),
# the title below it carries the message.
_KICKER_END = re.compile(
    r"(?:强调|要求|指出|表示|提出|寄语|——|—|：|:|召开|举行|调研|出台\S*措施|发布\S*提示|行动|"
    r"座谈会|会议|宣讲调研|部署|开展专项整治|实施——)$"
)
_KICKER_ANY = re.compile(r"在.{2,30}(?:上|时|中)(?:强调|要求|指出|表示)|调研|主持召开")
_ATTENDED = re.compile(r"(?:出席|讲话|致辞|参加)$")
# A subtitle adds facts: figures, a clause, or the event itself.
_SUBTITLE_HINT = re.compile(r"[0-9０-９%％，,、；：]|出席|举行$|召开$|开幕$|大会$")


@dataclass(frozen=True, slots=True)
class Headline:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""

    @property
    def text(self) -> str:
        return "".join((self.kicker, self.title, self.subtitle))


def clean(part: str) -> str:
    """A headline piece: layout spaces gone, the space between phrases kept."""
    phrases = [squeeze(p) for p in re.split(r"\s{1,}", part.strip()) if p.strip()]
    out = ""
    for phrase in phrases:
        if out and _phrase_break(out, phrase):
            out += " "
        out += phrase
    return out


def _phrase_break(left: str, right: str) -> bool:
    """Keep a space only between two whole phrases, not around digits or signs."""
    a, b = left[-1], right[0]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        return True
    return (
        len(right) >= 4
        and len(left) >= 4
        and not (a.isdigit() or b.isdigit())
        and (a not in "“‘《（(、，" and b not in "”’》）)、，%")
    )


def split_roles(units: Sequence[str], separate_lines: bool) -> Headline:
    """Assign kicker/title/subtitle to headline pieces in print order.

    ``units`` are the printed lines (``separate_lines``) or the space-separated
    phrases of one headline line.
    """
    units = [u for u in (clean(u) for u in units) if u]
    if not units:
        return Headline()
    if separate_lines:
        units = _rejoin_broken(units)
    if len(units) == 1:
        return Headline(title=units[0])
    if separate_lines and len(units) >= 3:
        return Headline(units[0], " ".join(units[1:-1]), units[-1])
    first, rest = units[0], units[1:]
    if is_kicker(first, rest[0]):
        title_parts, sub = _title_then_subtitle(rest, separate_lines)
        return Headline(first, " ".join(title_parts), " ".join(sub))
    title_parts, sub = _title_then_subtitle(units, separate_lines)
    return Headline("", " ".join(title_parts), " ".join(sub))


def is_kicker(first: str, second: str) -> bool:
    """Is ``first`` the kicker above ``second``, rather than the title over a subtitle?"""
    if _KICKER_END.search(first) or _KICKER_ANY.search(first):
        return True
    if " " in first and " " not in second and not _SUBTITLE_HINT.search(second):
        return True  # two parallel phrases above a plain statement
    return width(first) >= 1.6 * width(second) and width(first) >= 18


def _rejoin_broken(units: list[str]) -> list[str]:
    """A long line followed by a short tail is one piece printed on two lines
    (…产业集群 / 融通生态大会开幕)."""
    out: list[str] = []
    for unit in units:
        if (
            out
            and len(unit) <= 8
            and len(out[-1]) >= 16
            and " " not in unit + out[-1]  # two whole phrases are a finished line
            and not _ATTENDED.search(unit)
        ):
            out[-1] += unit
        else:
            out.append(unit)
    return out


def _title_then_subtitle(units: Sequence[str], separate_lines: bool) -> tuple[list[str], list[str]]:
    """Title phrases run until a piece that reads as a subtitle."""
    title = [units[0]]
    for i, unit in enumerate(units[1:], 1):
        parallel = (
            not separate_lines
            and not _SUBTITLE_HINT.search(unit)
            and len(unit) <= 16
            and len(unit) <= 1.8 * len(title[-1])
        )
        if not parallel:
            return title, list(units[i:])
        title.append(unit)
    return title, []
