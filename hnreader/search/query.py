"""Parsing what a reader types into the search bar.

Words are separated by spaces and all must match; ``a | b`` matches either;
``"exact phrase"`` (or “…”) is matched as typed; ``-word`` excludes. Fields:
``题:``/``title:`` (headline), ``作者:``/``by:`` (byline and dateline),
``栏目:``/``column:``, ``kind:`` (消息 news, 评论 commentary, 通讯 feature,
图片 photo) and dates: ``2024-03-09``, ``2024-03`` and ``2024-03..2024-12`` as
bare words, or after ``date:``/``日期:`` (where a bare year also works; on its
own ``2024`` is text). Every text is folded (see :mod:`.fold`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from ..corpus.model import KIND_LABELS
from .fold import fold_text

# field name as typed (folded: lower case, half width) -> scope
FIELD_NAMES = {
    "题": "headline",
    "标题": "headline",
    "title": "headline",
    "作者": "byline",
    "记者": "byline",
    "by": "byline",
    "author": "byline",
    "栏目": "column",
    "column": "column",
    "kind": "kind",
    "类型": "kind",
    "体裁": "kind",
    "date": "date",
    "日期": "date",
}
KIND_NAMES = {**{k: k for k in KIND_LABELS}, **{v: k for k, v in KIND_LABELS.items()}}

_DATE_PART = r"\d{4}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?"
_BARE_DATE = re.compile(rf"(?:\d{{4}}[-/]\d{{1,2}}(?:[-/]\d{{1,2}})?|{_DATE_PART}\.\.{_DATE_PART})")
_DATE_RANGE = re.compile(rf"({_DATE_PART})(?:\.\.({_DATE_PART})?)?")
_OPEN_QUOTES = {'"': '"', "“": "”", "「": "」"}


class QueryError(ValueError):
    """A query that cannot mean anything (an unknown kind, an impossible date)."""


@dataclass(frozen=True, slots=True)
class Term:
    """One thing to look for: folded ``text`` in ``scope`` ("" means anywhere).

    ``phrase`` terms were quoted: they are matched exactly, never split into
    words or matched approximately.
    """

    text: str
    raw: str
    scope: str = ""
    phrase: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: every clause must match (a clause is a choice of terms)."""

    raw: str
    clauses: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    kinds: frozenset[str] = field(default_factory=frozenset)
    dates: tuple[tuple[dt.date, dt.date], ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the query asks for nothing at all."""
        return not (self.clauses or self.excluded or self.kinds or self.dates)

    def date_ok(self, date: dt.date | None) -> bool:
        """Whether an article of this issue date passes the date filters."""
        if not self.dates:
            return True
        return date is not None and any(lo <= date <= hi for lo, hi in self.dates)


def _tokens(text: str) -> list[str]:
    """Split on whitespace, keeping quoted parts (even unfinished ones) whole."""
    out: list[str] = []
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN_QUOTES:
            close = text.find(_OPEN_QUOTES[ch], i + 1)
            close = len(text) if close < 0 else close
            buf.append('"' + text[i + 1 : close] + '"')
            i = close + 1
            continue
        if ch.isspace() or ch == "|":
            if buf:
                out.append("".join(buf))
                buf = []
            if ch == "|":
                out.append("|")
        else:
            buf.append(ch)
        i += 1
    if buf:
        out.append("".join(buf))
    return out


def _unquote(token: str) -> tuple[str, bool]:
    if len(token) >= 2 and token[0] == '"' and token[-1] == '"':
        return token[1:-1], True
    return token, False


def _date_bounds(text: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in re.split(r"[-/.]", text)]
    year = parts[0]
    try:
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(year, parts[1])[1] if 1 <= parts[1] <= 12 else 0
            return dt.date(year, parts[1], 1), dt.date(year, parts[1], last)
        day = dt.date(year, parts[1], parts[2])
    except ValueError as exc:
        raise QueryError(f"not a date: {text}") from exc
    return day, day


def parse_dates(text: str) -> tuple[dt.date, dt.date]:
    """``2024``, ``2024-03``, ``2024-03-09`` or ``A..B`` -> inclusive range."""
    m = _DATE_RANGE.fullmatch(text.replace("．", ".").replace("／", "/"))
    if not m:
        raise QueryError(f"not a date: {text}")
    lo = _date_bounds(m.group(1))[0] if m.group(1) else dt.date.min
    hi = _date_bounds(m.group(2))[1] if m.group(2) else _date_bounds(m.group(1))[1]
    if text.endswith(".."):
        hi = dt.date.max
    if hi < lo:
        raise QueryError(f"empty date range: {text}")
    return lo, hi


def _kind(value: str) -> str:
    name = fold_text(value)
    if name in KIND_NAMES:
        return KIND_NAMES[name]
    # Unambiguous prefixes, so that typing ``kind:ne`` already narrows.
    found = {k for n, k in KIND_NAMES.items() if n.startswith(name)}
    if len(found) == 1:
        return found.pop()
    raise QueryError(
        f"unknown kind: {value} (消息 news, 评论 commentary, 通讯 feature, 图片 photo)"
    )


def parse(text: str) -> Query:
    """Parse ``text`` into a :class:`Query`; raises :class:`QueryError`."""
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    kinds: set[str] = set()
    dates: list[tuple[dt.date, dt.date]] = []
    join_next = False
    for token in _tokens(text):
        if token == "|":
            join_next = bool(clauses)
            continue
        negated = token.startswith("-") and len(token) > 1
        body = token[1:] if negated else token
        scope = ""
        head, sep, rest = body.partition(":")
        if not sep:
            head, sep, rest = body.partition("：")
        if sep and not head.startswith('"') and fold_text(head) in FIELD_NAMES:
            scope, body = FIELD_NAMES[fold_text(head)], rest
            if not body:
                continue  # a field name still being typed
        value, phrase = _unquote(body)
        if scope == "kind":
            kinds.add(_kind(value))
            continue
        if scope == "date" or (not phrase and not scope and _BARE_DATE.fullmatch(value)):
            try:
                dates.append(parse_dates(value))
            except QueryError:
                if scope == "date":
                    raise
            else:
                continue
        folded = fold_text(value)
        if not folded or folded == "-":
            continue
        term = Term(folded, value, scope, phrase)
        if negated:
            excluded.append(term)
        elif join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    return Query(
        raw=text,
        clauses=tuple(tuple(c) for c in clauses),
        excluded=tuple(excluded),
        kinds=frozenset(kinds),
        dates=tuple(dates),
    )
