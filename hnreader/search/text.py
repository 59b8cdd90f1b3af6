"""An article's searchable text: folded fields, and the way back to displayed offsets.

The folded text of an article is its column, kicker, title, subtitle, byline
and dateline, then its paragraphs, joined by ``SEP`` (folding removes every
newline, so ``SEP`` never occurs inside a field). The engine indexes the same
folded fields, so what it finds and what is highlighted agree.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from dataclasses import dataclass

from ..corpus.model import Article
from .fold import Folded, fold, fold_text

FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline")
HEAD = (1, 4)  # kicker..subtitle: the headline, as segment indexes [start, stop)
SCOPES = {"headline": (1, 4), "title": (2, 3), "byline": (4, 6), "column": (0, 1)}
BODY = len(FIELDS)
SEP = "\n"


@dataclass(frozen=True, slots=True)
class Match:
    """Where a query matched, as offsets into the displayed string.

    The string is ``getattr(article, field)``, or ``article.paragraphs[index]``
    when ``field`` is ``"paragraph"``.
    """

    field: str
    index: int
    start: int
    end: int


class FoldedArticle:
    """The folded text of one article, its segment starts and offset maps."""

    __slots__ = ("article", "maps", "starts", "text")

    def __init__(self, article: Article) -> None:
        segments = [getattr(article, f) for f in FIELDS]
        segments.extend(article.paragraphs)
        folded = [fold(s) for s in segments]
        self.article = article
        self.text = SEP.join(f.text for f in folded)
        self.starts = tuple(itertools.accumulate((len(f.text) + 1 for f in folded[:-1]), initial=0))
        self.maps = {i: (f.cuts, f.shifts) for i, f in enumerate(folded) if f.cuts}

    def segment(self, i: int) -> str:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[i] : end]

    def scope(self, lo: int, hi: int) -> tuple[int, int]:
        """Folded offsets of segments ``[lo, hi)``."""
        end = self.starts[hi] - 1 if hi < len(self.starts) else len(self.text)
        return self.starts[lo], end

    @property
    def head(self) -> str:
        a, b = self.scope(*HEAD)
        return self.text[a:b]

    def to_matches(self, spans: list[tuple[int, int]]) -> tuple[Match, ...]:
        """Folded spans -> matches in the displayed strings."""
        starts = self.starts
        out = []
        for a, b in spans:
            seg = bisect.bisect_right(starts, a) - 1
            end = starts[seg + 1] - 1 if seg + 1 < len(starts) else len(self.text)
            b = min(b, end)
            if b <= a:
                continue
            la, lb = a - starts[seg], b - starts[seg]
            cut = self.maps.get(seg)
            if cut:
                la, lb = Folded("", *cut).span(la, lb)
            if seg < BODY:
                out.append(Match(FIELDS[seg], 0, la, lb))
            else:
                out.append(Match("paragraph", seg - BODY, la, lb))
        return tuple(out)


def bigrams(segments: list[str], tail: bool = False) -> str:
    """Whitespace-separated character pairs of each segment, in order.

    A phrase of pairs at consecutive positions is an exact substring, so
    the engine finds any text of two characters or more. ``tail`` adds each
    segment's last character alone, so that every character starts a token
    (a single character is then found by a prefix).
    """
    out = []
    for seg in segments:
        if len(seg) == 1:
            out.append(seg)
        elif seg:
            out.append(" ".join(map(operator.add, seg, seg[1:])))
            if tail:
                out.append(seg[-1])
    return " ".join(out)


def query_bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


PINYIN_WORDS = 65_536  # words whose pinyin is kept: a paper's headline vocabulary


def pinyin(text: str) -> list[str]:
    """One lower-case pinyin piece per character of ``text``.

    The same as pypinyin's ``lazy_pinyin`` of the whole text, which reads each
    word of its own segmentation apart: so each word's reading is kept.
    """
    from pypinyin.seg.simpleseg import seg

    pieces = [p for word in seg(text) for p in _word_pinyin(word)]
    if len(pieces) != len(text):  # keep one piece per character, whatever happens
        pieces = [(_word_pinyin(ch) or (ch.lower(),))[0] for ch in text]
    return pieces


@functools.lru_cache(maxsize=PINYIN_WORDS)
def _word_pinyin(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(p.lower() for p in lazy_pinyin(word, errors=list))


def index_document(article: Article) -> dict[str, str]:
    """The folded texts the engine indexes for an article (see ``Engine`` fields)."""
    # The segments of FoldedArticle, without the way back to the displayed text.
    segs = [fold_text(getattr(article, f)) for f in FIELDS]
    segs.extend(map(fold_text, article.paragraphs))
    head = segs[HEAD[0] : HEAD[1]]
    pieces = pinyin(SEP.join(head))
    full = "".join(pieces)
    initials = "".join(p[:1] for p in pieces)
    return {
        "all": bigrams(segs),
        "uni": " ".join(set().union(*segs)),
        "head": bigrams(head, tail=True),
        "title": bigrams([segs[2]], tail=True),
        "by": bigrams(segs[4:6], tail=True),
        "col": bigrams([segs[0]], tail=True),
        "py": bigrams(full.split(SEP), tail=True),
        "pyi": bigrams(initials.split(SEP), tail=True),
        "pinyin": " ".join(pieces),
    }
