"""Working state while a page is segmented: raw lines and articles in the making."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ArticleKind, Jump
from .kinds import Opener
from .lines import Line


@dataclass(slots=True)
class Para:
    text: str
    lines: list[int]
    subhead: bool = False
    raw: str = ""  # as printed, for subheads whose phrase space matters
    after_photo: bool = False  # a photo was printed between it and the paragraph before
    verse: bool = False  # a line of a poem, never a crosshead


@dataclass(slots=True)
class Draft:
    """An article being assembled."""

    kind: ArticleKind | None = None  # when the opening tells it
    heads: list[list[Line]] = field(default_factory=list)  # headline pieces, print order
    column: str = ""
    byline: str = ""
    dateline: str = ""
    paras: list[Para] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    jumps: list[Jump] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    starts_with: Opener | None = None  # what opened it

    @property
    def body(self) -> str:
        return "".join(p.text for p in self.paras)

    @property
    def first_line(self) -> int:
        return min(self.lines) if self.lines else 0

    def hand_on(self, cut: int, target: Draft) -> None:
        """Give the paragraphs from ``cut`` on to ``target``, after its own."""
        moved = self.paras[cut:]
        del self.paras[cut:]
        target.paras.extend(moved)
        nos = {no for para in moved for no in para.lines}
        target.lines |= nos
        self.lines -= nos

    def take_text(self, other: Draft, before: bool = False) -> None:
        """Take all of ``other``'s text (its paragraphs, lines, jump markers),
        after this draft's own or, with ``before``, ahead of them."""
        if before:
            self.paras[:0] = other.paras
        else:
            self.paras.extend(other.paras)
        self.lines |= other.lines
        self.markers.extend(other.markers)
        self.jumps.extend(other.jumps)
        other.paras, other.lines, other.markers, other.jumps = [], set(), [], []
