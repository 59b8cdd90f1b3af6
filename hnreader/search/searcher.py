"""Queries answered from the archive: the engine finds and ranks, the text confirms.

Ranking, best first: the exact words in the title (then the rest of the
headline), the exact words in the body, every query term present (jieba words;
single characters for short queries), then approximate matches (one character
wrong, missing or extra; a shuffled short name; pinyin or its initials for
Latin letters that match no text); newer issues first among equals.

Each level is one engine query (documents at this level and not at a better
one) ordered by the reading-order fast field, so the engine hands back exactly
the results to show, in order; the exact match offsets for snippets,
highlighting and n/N are then computed for those results only.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from ..archive.engine import all_of, any_of
from ..corpus.near import near_enough
from .query import Query, Term, parse
from .text import BODY, HEAD, SCOPES, SEP, FoldedArticle, Match, pinyin

if TYPE_CHECKING:
    from ..archive import Archive
    from ..corpus.model import Article

# Levels of a match, best first; a score is 100 per level plus small refinements.
HEADLINE, BODY_LEVEL, TERMS, FUZZY = 4, 3, 2, 1
TITLE_BONUS = 5  # the title proper weighs a little more than kicker and subtitle
THRESHOLDS = (100.0 * HEADLINE + TITLE_BONUS, 100.0 * HEADLINE, 100.0 * BODY_LEVEL, 100.0 * TERMS)
FUZZY_BUDGET = 400  # candidate articles checked for approximate matches per word
PINYIN_CAP = 400  # articles found by pinyin per word
COMBINE_POOL = 2000  # documents of one level scored clause by clause (several words)
SHOWN = 12  # hits whose snippets a search works out at once (a screenful of the list)
SNIPPET = 60  # characters of context shown around a match
# Refinements of an approximate match (added to 100 * FUZZY), closest first.
NEAR_PINYIN, NEAR_INITIALS, NEAR_EDIT, NEAR_GAP, NEAR_SHUFFLED = 9.0, 8.0, 8.0, 7.0, 6.0
# Engine fields holding each scope of a term.
SCOPE_FIELD = {"": "all", "headline": "head", "title": "title", "byline": "by", "column": "col"}
NAME_FIELDS = ("head", "by", "col")  # where names and shuffled names are looked for

__all__ = ["Hit", "Match", "Results", "Searcher"]


class Hit:
    """One search result: the article, its score, every match, and a snippet.

    Past the first screenful, a hit made by a search holds the article's
    metadata only (no paragraphs); its matches and snippet (which need the
    body, folded) are worked out when first asked for, and ``article`` then
    becomes the whole article. A long list of results costs only what is shown.
    """

    __slots__ = ("_detail", "_load", "article", "near", "score")

    def __init__(
        self,
        article: Article,
        score: float,
        matches: tuple[Match, ...] = (),
        snippet: str = "",
        snippet_spans: tuple[tuple[int, int], ...] = (),
        load: Callable[[], tuple[Article, tuple[Match, ...], str, tuple]] | None = None,
        near: bool = False,
    ) -> None:
        self.article = article
        self.score = score
        #: Found only approximately (or word by word), not as typed.
        self.near = near
        self._load = load
        self._detail = None if load else (matches, snippet, snippet_spans)

    def _details(self) -> tuple:
        if self._detail is None:
            assert self._load is not None
            body, *self._detail = self._load()
            self._load = None
            if body is not None:
                self.article = body
        return self._detail

    @property
    def matches(self) -> tuple[Match, ...]:
        return self._details()[0]

    @property
    def snippet(self) -> str:
        return self._details()[1]

    @property
    def snippet_spans(self) -> tuple[tuple[int, int], ...]:
        return self._details()[2]

    def __repr__(self) -> str:
        return f"Hit({self.article.id!r}, {self.score:g})"


class Results(list):
    """Hits, best first; ``total`` counts every article that matched, beyond the limit."""

    total: int = 0


_jieba_lock = threading.Lock()
_jieba: Any = None


def _cut(text: str) -> list[str]:
    """jieba words of ``text``, loading jieba (slow, once) on first use."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            from ..jieba_setup import use_user_cache

            use_user_cache()
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return [w for w in _jieba.lcut(text) if w.strip()]


def terms_of(text: str) -> list[str]:
    """The words a query word must all contain at the third level.

    Never single characters: scattered, they find anything (天心 in 今天…中心).
    So a word of three characters or fewer has none (two words of two or more
    take four), and jieba is not loaded for it.
    """
    if len(text) < 4:
        return []
    words = list(dict.fromkeys(_cut(text)))
    return words if len(words) > 1 and all(len(w) > 1 for w in words) else []


def _has_words(q: Query) -> bool:
    """Whether some term of ``q`` is looked for word by word at the third level (else
    that level asks for what the second does)."""
    return any(
        not t.scope and not t.phrase and terms_of(t.text) for clause in q.clauses for t in clause
    )


@functools.lru_cache(maxsize=256)
def near_orders(text: str) -> tuple[str, ...]:
    """Other orders of a short name's characters that are still near (王丫小 for 王小丫)."""
    perms = set(map("".join, itertools.permutations(text))) - {text}
    return tuple(sorted(p for p in perms if near_enough(text, p)))


class Searcher:
    """Answers queries on an archive's engine and store."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.store = archive.store
        self.engine = archive.engine
        self._scopes: dict[tuple[str, ...], Any] = {}

    def forget(self) -> None:
        """Drop what was derived from the archive as it was (after an ingest)."""
        self._scopes.clear()

    def warm_up(self) -> None:
        """Load now what the first keystrokes of some queries would otherwise wait
        for, up to a second: the engine's files, jieba's dictionary (words of three
        characters or more), pypinyin's (Latin letters) and the edit distance
        (approximate matches)."""
        from rapidfuzz.distance import Levenshtein

        self.engine.searcher  # noqa: B018 (opens the index's files)
        _cut("预热")
        pinyin("预热")
        Levenshtein.distance("预热", "预热")

    # ---- public -------------------------------------------------------------------------

    def search(
        self,
        query: str | Query,
        limit: int = 100,
        paths: Sequence[str] | None = None,
        shown: int = SHOWN,
        within: Any = None,
    ) -> Results:
        """The best ``limit`` articles for ``query``, best first (under ``paths`` if given,
        among the documents of the engine query ``within`` if given); ``total`` on the
        list counts every match. A hit below the exact levels is ``near``.

        Matches and snippets are worked out now for the first ``shown`` hits,
        for the others when first asked for. Raises
        :class:`~hnreader.search.query.QueryError` for a query that cannot mean
        anything; an empty query finds nothing.
        """
        q = parse(query) if isinstance(query, str) else query
        hits = Results()
        if q.is_empty or limit <= 0:
            return hits
        ranked, hits.total = self._ranked(q, limit, paths, within)
        keys = [k for k, _ in ranked]
        heads = self.store.articles_by_key(keys, bodies=False)
        bodies = self.store.articles_by_key(keys[:shown]) if shown > 0 else {}
        for key, score in ranked:
            article = heads.get(key)
            if article is None:
                continue  # indexed by a batch the store never committed
            body = bodies.get(key)
            near = bool(q.clauses) and score < 100.0 * BODY_LEVEL
            load = partial(self._details, key, q, body)
            hit = Hit(body or article, score, load=load, near=near)
            hits.append(hit)
            if body is not None:
                hit.matches  # noqa: B018 (worked out now, while the body is at hand)
        return hits

    def _details(self, key: int, q: Query, body: Article | None) -> tuple:
        if body is None:
            body = self.store.articles_by_key([key]).get(key)
        if body is None:  # removed from the archive since
            return (None, (), "", ())
        folded = FoldedArticle(body)
        return (body, *_snippet(folded, matches_in(folded, q)))

    def matches(self, article: Article, query: str | Query) -> tuple[Match, ...]:
        """Every match of ``query`` in ``article``, in reading order.

        The same predicate as :meth:`search`, for highlighting and n/N.
        """
        q = parse(query) if isinstance(query, str) else query
        if q.is_empty:
            return ()
        return matches_in(FoldedArticle(article), q)

    def count(
        self, query: str | Query, paths: Sequence[str] | None = None, within: Any = None
    ) -> int:
        """How many articles match ``query`` at any level but the approximate."""
        return self.engine.count(self.matching(query, paths, within))

    def counts(
        self,
        query: str | Query,
        field: str,
        paths: Sequence[str] | None = None,
        size: int = 100,
        within: Any = None,
    ) -> dict[Any, int]:
        """Matching articles counted by the values of ``field``.

        ``field``: ``month`` (YYYYMM), ``date`` (day ordinal), ``page``, ``kind``,
        ``reporter``, ``place`` or ``column``; computed from the engine's fast fields.
        """
        return self.engine.counts(self.matching(query, paths, within), field, size)

    def counts_by(
        self,
        query: str | Query,
        sizes: dict[str, int],
        paths: Sequence[str] | None = None,
        within: Any = None,
    ) -> dict[str, dict[Any, int]]:
        """:meth:`counts` of several fields in one pass over the matching articles."""
        return self.engine.counts_by(self.matching(query, paths, within), sizes)

    def matching(
        self, query: str | Query, paths: Sequence[str] | None = None, within: Any = None
    ) -> Any:
        """The engine query for the articles matching ``query`` at any level but the
        approximate: what :meth:`count` and :meth:`counts` count."""
        q = parse(query) if isinstance(query, str) else query
        must, without = self._filters(q, paths, within)
        clauses = [self._clause(c, THRESHOLDS[-1]) for c in q.clauses]
        return all_of([*must, *(c for c in clauses if c is not None)], without)

    # ---- ranking ------------------------------------------------------------------------

    def rank(
        self, q: Query, limit: int, paths: Sequence[str] | None = None, within: Any = None
    ) -> list[tuple[int, float]]:
        """The best ``limit`` (key, score) pairs, best first."""
        return self._ranked(q, limit, paths, within)[0]

    def _ranked(
        self, q: Query, limit: int, paths: Sequence[str] | None = None, within: Any = None
    ) -> tuple[list[tuple[int, float]], int]:
        """The best ``limit`` (key, score) pairs, best first, and how many matched."""
        engine = self.engine
        must, without = self._filters(q, paths, within)
        if not q.clauses:
            found = all_of(must, without)
            return [(k, 0.0) for k, _ in engine.entries(found, limit)], engine.count(found)
        out: list[tuple[int, float]] = []
        taken: set[int] = set()
        better: Any = None  # documents already placed at a higher level
        for level in THRESHOLDS:
            need = limit - len(out)
            if need <= 0:
                return out, max(self.count(q, paths, within), len(out))
            if level == THRESHOLDS[-1] and not _has_words(q):
                continue  # the third level asks what the second did: all placed already
            clauses = [self._clause(c, level) for c in q.clauses]
            if any(c is None for c in clauses):
                continue
            here = all_of([*clauses, *must], [*without, *([better] if better else [])])
            if len(q.clauses) == 1:
                found = [(key, level) for key, _ in engine.entries(here, need)]
            else:
                found = self._combined(q, here, level, need)
            for key, score in found:
                if key not in taken:
                    taken.add(key)
                    out.append((key, score))
            better = all_of(clauses)
        total = len(out)  # fewer than the limit: every exact match is here
        if len(out) < limit:
            for key, score in self._approximate(q, must, without, limit):
                if key in taken:
                    continue
                total += 1
                if len(out) < limit:
                    taken.add(key)
                    out.append((key, score))
            return out, total
        return out, max(self.count(q, paths, within), len(out))

    def _approximate(
        self, q: Query, must: list[Any], without: list[Any], limit: int
    ) -> list[tuple[int, float]]:
        """Documents where some clause matches only approximately, best first."""
        nears = [self._near(c, must, without, limit) for c in q.clauses]
        if len(q.clauses) == 1:
            ordered = sorted(nears[0].items(), key=lambda kv: (-kv[1][0], -kv[1][1]))
            return [(key, 100.0 * FUZZY + sub) for key, (sub, _) in ordered]
        candidates = set().union(*nears)
        if not candidates:
            return []
        engine = self.engine
        keyset = engine.keyset(sorted(candidates))
        best: dict[int, list[float | None]] = {k: [None] * len(q.clauses) for k in candidates}
        for i, clause in enumerate(q.clauses):
            for key, (sub, _) in nears[i].items():
                best[key][i] = 100.0 * FUZZY + sub
            for level in reversed(THRESHOLDS):
                reach = self._clause(clause, level)
                if reach is None:
                    continue
                for key, _ in engine.entries(all_of([keyset, reach]), len(candidates)):
                    best[key][i] = level
        ranks = dict(engine.entries(keyset, len(candidates)))
        scored = []
        n = len(q.clauses)
        for key, got in best.items():
            if any(s is None for s in got) or key not in ranks:
                continue  # a clause with no match at all
            levels = [int(s // 100) for s in got]
            low = min(levels)
            extra = sum(s % 100 for s in got)
            score = 100.0 * low + 10 * (sum(levels) - low * n) + extra
            scored.append((-score, -ranks[key], key))
        scored.sort()
        return [(key, -neg) for neg, _, key in scored]

    def _combined(self, q: Query, group: Any, level: float, need: int) -> list[tuple[int, float]]:
        """Documents whose weakest clause is at ``level``, by the score of every clause:
        100 per level of the weakest, 10 per level above it of each other clause,
        plus the clauses' refinements; newer first among equals. A group too large
        to score (past ``COMBINE_POOL``) is taken newest first."""
        engine = self.engine
        size = engine.count(group)
        if size > COMBINE_POOL:
            return [(key, level) for key, _ in engine.entries(group, need)]
        entries = engine.entries(group, size)
        best = {key: [level] * len(q.clauses) for key, _ in entries}
        for i, clause in enumerate(q.clauses):
            for higher in reversed([t for t in THRESHOLDS if t > level]):
                reach = self._clause(clause, higher)
                if reach is None:
                    continue
                for key, _ in engine.entries(all_of([group, reach]), size):
                    if key in best:
                        best[key][i] = higher
        low = int(level // 100)
        n = len(q.clauses)
        scored = []
        for key, rank in entries:
            levels = [int(s // 100) for s in best[key]]
            extra = sum(s % 100 for s in best[key])
            score = 100.0 * low + 10 * (sum(levels) - low * n) + extra
            scored.append((-score, -rank, key))
        scored.sort()
        return [(key, -neg) for neg, _, key in scored[:need]]

    def _filters(
        self, q: Query, paths: Sequence[str] | None, within: Any = None
    ) -> tuple[list[Any], list[Any]]:
        engine = self.engine
        must: list[Any] = [] if within is None else [within]
        if q.kinds:
            must.append(engine.kinds(sorted(q.kinds)))
        if q.dates:
            must.append(engine.dates(q.dates))
        if paths:
            key = tuple(paths)
            if key not in self._scopes:
                files = sorted(self.store.files(list(paths)))
                self._scopes[key] = engine.paths(files)
            must.append(self._scopes[key])
        without = [engine.text(SCOPE_FIELD[t.scope], t.text) for t in q.excluded]
        return must, without

    def _clause(self, clause: Sequence[Term], level: float) -> Any:
        """Documents where some term of ``clause`` reaches ``level`` (None: none can)."""
        found = [q for q in (self._term(t, level) for t in clause) if q is not None]
        return any_of(found) if found else None

    def _term(self, term: Term, level: float) -> Any:
        text = self.engine.text
        if term.scope:
            top = 100.0 * (HEADLINE if term.scope in ("headline", "title") else BODY_LEVEL)
            return text(SCOPE_FIELD[term.scope], term.text) if level <= top else None
        if level > 100.0 * HEADLINE:
            return text("title", term.text)
        if level > 100.0 * BODY_LEVEL:
            return text("head", term.text)
        if level > 100.0 * TERMS or term.phrase:
            return text("all", term.text)
        words = terms_of(term.text)
        if not words:
            return text("all", term.text)
        return all_of(text("all", w) for w in words)

    # ---- approximate --------------------------------------------------------------------

    def _near(
        self, clause: Sequence[Term], must: list[Any], without: list[Any], limit: int
    ) -> dict[int, tuple[float, int]]:
        """key -> (refinement, reading order) of approximate matches of ``clause``."""
        out: dict[int, tuple[float, int]] = {}
        for term in clause:
            if term.phrase or term.scope:
                continue
            seen_q = self._term(term, THRESHOLDS[-1])
            found: dict[int, tuple[float, int]] = {}
            text = term.text
            seen = None
            if text.isascii() and text.isalpha():
                seen = self.engine.count(all_of([seen_q, *must], without))
                if seen == 0:
                    found = self._pinyin(text, must, without)
            if not found and _chinese(text):
                if seen is None:
                    seen = self.engine.count(all_of([seen_q, *must], without))
                if seen < limit:
                    found = self._fuzzy(text, must, [*without, seen_q])
            for key, value in found.items():
                if key not in out or out[key] < value:
                    out[key] = value
        return out

    def _pinyin(
        self, text: str, must: list[Any], without: list[Any]
    ) -> dict[int, tuple[float, int]]:
        out: dict[int, tuple[float, int]] = {}
        if len(text) < 2:
            return out
        engine = self.engine
        full = engine.entries(all_of([engine.text("py", text), *must], without), PINYIN_CAP)
        pieces = self.store.pinyin([k for k, _ in full]) if full else {}
        for key, rank in full:
            if _pinyin_spans(text, pieces.get(key, ()), initials=False, first=True):
                out[key] = (NEAR_PINYIN, rank)
        if len(out) < PINYIN_CAP:
            initials = engine.entries(
                all_of([engine.text("pyi", text), *must], without), PINYIN_CAP
            )
            for key, rank in initials:
                if key not in out:
                    out[key] = (NEAR_INITIALS, rank)
                    if len(out) >= PINYIN_CAP:
                        break
        return out

    def _fuzzy(
        self, text: str, must: list[Any], without: list[Any]
    ) -> dict[int, tuple[float, int]]:
        """One character wrong, missing or extra, or a shuffled short name."""
        engine = self.engine
        out: dict[int, tuple[float, int]] = {}
        n = len(text)
        if 2 <= n <= 4:
            perms = near_orders(text)
            if perms:
                names = any_of(engine.text(f, p) for p in perms for f in NAME_FIELDS)
                for key, rank in engine.entries(all_of([names, *must], without), FUZZY_BUDGET):
                    out[key] = (NEAR_SHUFFLED, rank)
        if n < 3:
            return out
        edited = engine.one_edit("all", text)
        for key, rank in engine.entries(all_of([edited, *must], without), FUZZY_BUDGET):
            if key not in out:
                out[key] = (NEAR_EDIT, rank)
        if n == 3:
            gap = any_of(engine.gap(f, text[0], text[2]) for f in NAME_FIELDS)
            for key, rank in engine.entries(all_of([gap, *must], without), FUZZY_BUDGET):
                if key not in out:
                    out[key] = (NEAR_GAP, rank)
        return out


# ---- match offsets (only for the results shown) --------------------------------------


def matches_in(folded: FoldedArticle, q: Query) -> tuple[Match, ...]:
    """Every match of the query's terms in one article, in reading order."""
    spans: list[tuple[int, int]] = []
    for clause in q.clauses:
        for term in clause:
            spans.extend(_term_spans(folded, term))
    return folded.to_matches(_merge(spans))


def _term_spans(fa: FoldedArticle, term: Term) -> list[tuple[int, int]]:
    """Folded spans of one term, at the best level reached."""
    text = fa.text
    lo, hi = 0, len(text)
    if term.scope:
        lo, hi = fa.scope(*SCOPES[term.scope])
    found = _find_all(text, term.text, lo, hi)
    if found or term.scope or term.phrase:
        return found
    words = terms_of(term.text)
    if words and all(w in text for w in words):
        for word in words:
            found.extend(_find_all(text, word, lo, hi))
        return found
    if term.text.isascii() and term.text.isalpha():
        pieces = tuple(pinyin(fa.head))
        spans = _pinyin_spans(term.text, pieces, initials=False, first=False)
        if not spans:
            spans = _pinyin_spans(term.text, pieces, initials=True, first=False)
        if spans:
            base = fa.starts[HEAD[0]]
            return [(base + a, base + b) for a, b in spans]
    return _fuzzy_spans(fa, term.text)


def _fuzzy_spans(fa: FoldedArticle, text: str) -> list[tuple[int, int]]:
    joined = fa.text
    n = len(text)
    found: list[tuple[int, int]] = []
    names_end = fa.starts[BODY] if len(fa.starts) > BODY else len(joined)
    if 2 <= n <= 4:
        for perm in near_orders(text):
            found.extend(_find_all(joined, perm, 0, names_end))
    if n >= 3:
        grams = [(text[j : j + 2], j) for j in range(n - 1)]
        found.extend(_near(text, joined, grams, first=False))
    if n == 3 and not found:
        pattern = re.compile(re.escape(text[0]) + "[^\n]" + re.escape(text[2]))
        found.extend(m.span() for m in pattern.finditer(joined, 0, names_end))
    return found


def _snippet(fa: FoldedArticle, matches: tuple[Match, ...]) -> tuple:
    """(matches, snippet, snippet spans) of one article."""
    article = fa.article
    # The body shows most; then the headline; then wherever the match is.
    first = next((m for m in matches if m.field == "paragraph"), None)
    if first is None:
        first = next((m for m in matches if m.field in ("kicker", "title", "subtitle")), None)
    if first is None and matches:
        first = matches[0]
    if first is None:
        text = article.paragraphs[0] if article.paragraphs else article.headline
        snippet = text[:SNIPPET] + ("…" if len(text) > SNIPPET else "")
        return matches, snippet, ()
    if first.field == "paragraph":
        text = article.paragraphs[first.index]
        same = [m for m in matches if m.field == "paragraph" and m.index == first.index]
    else:
        text = getattr(article, first.field)
        same = [m for m in matches if m.field == first.field]
    lo = max(0, first.start - SNIPPET // 3)
    hi = min(len(text), lo + SNIPPET)
    lo = max(0, min(lo, hi - SNIPPET))
    prefix = "…" if lo > 0 else ""
    snippet = prefix + text[lo:hi] + ("…" if hi < len(text) else "")
    spans = tuple(
        (len(prefix) + max(m.start, lo) - lo, len(prefix) + min(m.end, hi) - lo)
        for m in same
        if m.end > lo and m.start < hi
    )
    return matches, snippet, spans


def _chinese(text: str) -> bool:
    """Approximate matching is for Chinese words; on digits and dates it is noise."""
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _find_all(text: str, word: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not word:
        return out
    i = text.find(word, lo, hi)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + len(word), hi)
    return out


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _near(word: str, text: str, grams: list[tuple[str, int]], first: bool) -> list[tuple[int, int]]:
    """Spans of ``text`` one edit away from ``word``, found around its pairs.

    Only the neighbourhood of each occurrence of a pair of ``word`` is compared,
    so the cost follows the occurrences, not the length of ``text``.
    """
    from rapidfuzz.distance import Levenshtein

    n = len(word)
    lengths = (n, n + 1, n - 1) if n >= 4 else (n, n + 1)
    found: list[tuple[int, int]] = []
    tried: set[tuple[int, int]] = set()
    for g, j in grams:
        i = text.find(g)
        while i >= 0:
            base = i - j
            for start in (base, base - 1, base + 1):
                for length in lengths:
                    span = (start, start + length)
                    if start < 0 or span in tried:
                        continue
                    tried.add(span)
                    window = text[start : start + length]
                    if len(window) < length or SEP in window:
                        continue
                    if Levenshtein.distance(word, window, score_cutoff=1) <= 1:
                        found.append(span)
                        if first:
                            return found
            i = text.find(g, i + 1)
    return found


def _pinyin_spans(
    text: str, pieces: Sequence[str], initials: bool, first: bool
) -> list[tuple[int, int]]:
    """Character spans of a headline whose pinyin (or initials) reads ``text``.

    Full pinyin must start at a syllable; the last syllable may be partial
    (the reader is still typing it).
    """
    found: list[tuple[int, int]] = []
    n = len(pieces)
    for i in range(n):
        p = pieces[i]
        if not p or p[0] != text[0]:
            continue
        pos, k = 0, i
        while k < n and pos < len(text):
            piece = pieces[k][:1] if initials else pieces[k]
            if not piece or piece == SEP:
                break
            rest = text[pos:]
            if rest.startswith(piece):
                pos += len(piece)
                k += 1
            elif not initials and piece.startswith(rest):
                pos = len(text)
                k += 1
            else:
                break
        if pos == len(text):
            found.append((i, k))
            if first:
                return found
    return found
