"""The search index and query evaluation.

Built once per corpus: every article's fields are folded (see :mod:`.fold`)
into one text, and the characters and character pairs of those texts are
posted to the articles holding them. A query word finds its candidates in the
postings and is confirmed by exact search in the folded text. Ranking, best
first: the exact words in a headline, the exact words in the body, every
query term present (jieba words; single characters for short queries), then
approximate matches (one character wrong, missing or extra; a shuffled short
name; pinyin for Latin letters that match no text); newer issues first on ties.

Matches are reported as offsets into the displayed strings of the article,
through one function used for ranking, snippets, highlighting and n/N.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import logging
import operator
import re
import sys
import threading
from array import array
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from .fold import Folded, fold
from .model import Article, Corpus
from .near import SHORT, near_enough
from .query import Query, Term, parse

# The folded text of an article is these fields then its paragraphs, joined by
# "\n" (folding removes every newline, so it never occurs inside a field).
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline")
_HEAD = (1, 4)  # kicker..subtitle: the headline, as segment indexes [start, stop)
_SCOPES = {"headline": (1, 4), "title": (2, 3), "byline": (4, 6), "column": (0, 1)}
_BODY = len(FIELDS)
SEP = "\n"

# Levels of a match, best first. Scores are 100 per level plus small refinements.
HEADLINE, BODY, TERMS, FUZZY = 4, 3, 2, 1
_FUZZY_BUDGET = 400  # candidate articles checked for approximate matches per word
_PINYIN_CAP = 400  # articles found by pinyin per word
SNIPPET = 60

log = logging.getLogger(__name__)


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


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: the article, its score, every match, and a snippet."""

    article: Article
    score: float
    matches: tuple[Match, ...]
    snippet: str
    snippet_spans: tuple[tuple[int, int], ...]
    near: bool = False  # found only approximately (or word by word), not as typed


class Results(list):
    """Hits, best first; ``total`` counts every article that matched, beyond the limit."""

    total: int = 0


_jieba_lock = threading.Lock()
_jieba = None


def _cut(text: str) -> list[str]:
    """jieba words of ``text``, loading jieba (slow, once) on first use."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return [w for w in _jieba.lcut(text) if w.strip()]


def _pinyin(text: str) -> list[str]:
    from pypinyin import lazy_pinyin

    pieces = lazy_pinyin(text, errors=list)
    if len(pieces) != len(text):  # keep one piece per character, whatever happens
        pieces = [(lazy_pinyin(ch, errors=list) or [ch])[0] for ch in text]
    return [p.lower() for p in pieces]


def _sort_key(article: Article) -> tuple:
    date = article.issue_date.toordinal() if article.issue_date else 0
    return (-date, article.page_number or 0, article.position)


class SearchIndex:
    """Folded texts and character/pair postings of a corpus; answers queries."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # Articles newest first: document number order is the tie-break order.
        self.articles: list[Article] = sorted(corpus.articles, key=_sort_key)
        self._doc_of: dict[str, int] = {a.id: d for d, a in enumerate(self.articles)}
        self.texts: list[str] = []
        self.heads: list[str] = []
        self.starts: list[tuple[int, ...]] = []
        self.maps: list[dict[int, tuple[tuple[int, ...], tuple[int, ...]]] | None] = []
        self.kinds: list[str] = []
        self.dates: list[int] = []
        self.pinyin: list[tuple[str, ...]] = []
        self.pinyin_full: list[str] = []
        self.pinyin_initials: list[str] = []
        self.gram_keys: dict[str, int] = {}
        self.gram_offsets = array("I")
        self.gram_docs = array("I")
        self._cache: OrderedDict[tuple[str, str], frozenset[int]] = OrderedDict()
        self._filters: OrderedDict[tuple, frozenset[int]] = OrderedDict()
        self._cache_lock = threading.Lock()

    # ----------------------------------------------------------------- building

    @classmethod
    def build(
        cls, corpus: Corpus, progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """Fold every article and post its characters and pairs.

        ``progress(done, total)`` is called every few hundred articles.
        """
        self = cls(corpus)
        total = len(self.articles)
        code = _typecode(total)
        postings: defaultdict[str, array] = defaultdict(lambda: array(code))
        pinyin_seen: dict[str, tuple[str, ...]] = {}
        for d, article in enumerate(self.articles):
            segments = [getattr(article, f) for f in FIELDS]
            segments.extend(article.paragraphs)
            folded = [fold(s) for s in segments]
            text = SEP.join(f.text for f in folded)
            starts = tuple(itertools.accumulate((len(f.text) + 1 for f in folded[:-1]), initial=0))
            irregular = {i: (f.cuts, f.shifts) for i, f in enumerate(folded) if f.cuts}
            self.texts.append(text)
            self.starts.append(starts)
            self.maps.append(irregular or None)
            head = text[starts[_HEAD[0]] : starts[_HEAD[1]] - 1]
            self.heads.append(head)
            self.kinds.append(article.kind)
            self.dates.append(article.issue_date.toordinal() if article.issue_date else 0)
            pieces = pinyin_seen.get(head)
            if pieces is None:
                pieces = tuple(sys.intern(p) for p in _pinyin(head))
                pinyin_seen[head] = pieces
            self.pinyin.append(pieces)
            self.pinyin_full.append("".join(pieces))
            self.pinyin_initials.append("".join(p[0] for p in pieces))
            grams = set(text)
            grams.update(map(operator.add, text, text[1:]))
            for g in grams:
                postings[g].append(d)
            if progress and (d % 500 == 0 or d == total - 1):
                progress(d + 1, total)
        self._pack(postings)
        return self

    def _pack(self, postings: dict[str, array]) -> None:
        """All postings in one array, so that the index pickles and loads fast."""
        keys: dict[str, int] = {}
        offsets = array("I", [0])
        code = _typecode(len(self.articles))
        total = sum(len(found) for found in postings.values())
        docs = array(code, bytes(total * array(code).itemsize))  # sized once: no regrowth
        at = 0
        for n, g in enumerate(list(postings)):
            keys[g] = n
            found = postings.pop(g)  # freed as it goes: peak memory matters
            docs[at : at + len(found)] = found
            at += len(found)
            offsets.append(at)
        self.gram_keys, self.gram_offsets, self.gram_docs = keys, offsets, docs

    def __getstate__(self) -> dict:
        skip = ("_cache", "_cache_lock", "_filters")
        return {k: v for k, v in self.__dict__.items() if k not in skip}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._cache = OrderedDict()
        self._filters = OrderedDict()
        self._cache_lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.articles)

    # ----------------------------------------------------------------- postings

    def _posting(self, gram: str) -> array:
        n = self.gram_keys.get(gram)
        if n is None:
            return array(self.gram_docs.typecode)
        return self.gram_docs[self.gram_offsets[n] : self.gram_offsets[n + 1]]

    def _scope_text(self, d: int, scope: str) -> str:
        if not scope:
            return self.texts[d]
        if scope == "headline":
            return self.heads[d]
        if scope == "title":
            return self._segment(d, 2)
        lo, hi = _SCOPES[scope]
        starts = self.starts[d]
        return self.texts[d][starts[lo] : starts[hi] - 1]

    def docs_with(self, text: str, scope: str = "") -> frozenset[int]:
        """Documents whose folded text (in ``scope``) contains ``text`` exactly."""
        key = (text, scope)
        with self._cache_lock:
            found = self._cache.get(key)
            if found is not None:
                self._cache.move_to_end(key)
                return found
            # Typing extends a word one character at a time: narrow the last answer.
            base = self._cache.get((text[:-1], scope)) if len(text) > 2 else None
        if base is None and scope:
            base = self.docs_with(text)
        if base is not None:
            found = frozenset(d for d in base if text in self._scope_text(d, scope))
        else:
            found = self._lookup(text)
        with self._cache_lock:
            self._cache[key] = found
            while len(self._cache) > 256:
                self._cache.popitem(last=False)
        return found

    def _lookup(self, text: str) -> frozenset[int]:
        if len(text) <= 2:
            return frozenset(self._posting(text))
        grams = sorted({text[i : i + 2] for i in range(len(text) - 1)}, key=self._size)
        found = set(self._posting(grams[0]))
        for g in grams[1:]:
            if len(found) < 64:
                break
            found.intersection_update(self._posting(g))
        texts = self.texts
        return frozenset(d for d in found if text in texts[d])

    def _size(self, gram: str) -> int:
        n = self.gram_keys.get(gram)
        return 0 if n is None else self.gram_offsets[n + 1] - self.gram_offsets[n]

    # ----------------------------------------------------------------- querying

    def search(self, query: str | Query, limit: int = 100) -> list[Hit]:
        """The best ``limit`` articles for ``query``, best first.

        Raises :class:`~hnreader.corpus.query.QueryError` for a query that
        cannot mean anything; an empty query finds nothing.
        """
        q = parse(query) if isinstance(query, str) else query
        results = Results()
        if q.is_empty or limit <= 0:
            return results
        ranked, results.total = self._rank(q, limit)
        for d, score in ranked:
            near = bool(q.clauses) and score < 100.0 * BODY
            results.append(self._hit(d, score, self._matches(d, q), near))
        return results

    def matching(self, query: str | Query) -> list[Article]:
        """Every article :meth:`search` finds with no limit, best first.

        Without snippets or match offsets: for counting and exporting a result set.
        """
        q = parse(query) if isinstance(query, str) else query
        if q.is_empty:
            return []
        ranked, _ = self._rank(q, len(self.articles))
        return [self.articles[d] for d, _ in ranked]

    def matches(self, article: Article, query: str | Query) -> tuple[Match, ...]:
        """Every match of ``query`` in ``article``, in reading order.

        The same predicate as :meth:`search`, for highlighting and n/N.
        """
        q = parse(query) if isinstance(query, str) else query
        d = self._doc_of.get(article.id)
        if d is None or q.is_empty:
            return ()
        return self._matches(d, q)

    def _rank(self, q: Query, limit: int) -> tuple[list[tuple[int, float]], int]:
        """The best ``limit`` (document, score) pairs, best first, and how many matched."""
        allowed = self._filter(q)
        clauses = [
            _merge_choices([self._term_buckets(t, allowed, limit) for t in clause])
            for clause in q.clauses
        ]
        if not clauses:
            docs = range(len(self.articles)) if allowed is None else sorted(allowed)
            return [(d, 0.0) for d in docs[:limit]], len(docs)
        if len(clauses) == 1:
            return _top(clauses[0], limit), sum(len(docs) for docs in clauses[0].values())
        scores = [_by_doc(c) for c in clauses]
        scores.sort(key=len)
        buckets: dict[float, set[int]] = {}
        n = len(scores)
        for d, first in scores[0].items():
            got = [first]
            for other in scores[1:]:
                s = other.get(d)
                if s is None:
                    break
                got.append(s)
            else:
                levels = [int(s // 100) for s in got]
                low = min(levels)
                score = 100 * low + 10 * (sum(levels) - low * n) + sum(s % 100 for s in got)
                buckets.setdefault(float(score), set()).add(d)
        return _top(buckets, limit), sum(len(docs) for docs in buckets.values())

    def _filter(self, q: Query) -> frozenset[int] | None:
        """Documents passing kind, date and exclusion filters (None: all)."""
        if not (q.kinds or q.dates or q.excluded):
            return None
        key = (q.kinds, q.dates, q.excluded)
        with self._cache_lock:
            found = self._filters.get(key)
        if found is None:
            found = self._compute_filter(q)
            with self._cache_lock:
                self._filters[key] = found
                while len(self._filters) > 16:
                    self._filters.popitem(last=False)
        return found

    def _compute_filter(self, q: Query) -> frozenset[int]:
        if q.kinds or q.dates:
            ranges = [(lo.toordinal(), hi.toordinal()) for lo, hi in q.dates]
            kinds, dates = self.kinds, self.dates
            allowed = {
                d
                for d in range(len(self.articles))
                if (not q.kinds or kinds[d] in q.kinds)
                and (not ranges or any(lo <= dates[d] <= hi for lo, hi in ranges))
            }
        else:
            allowed = set(range(len(self.articles)))
        for term in q.excluded:
            allowed.difference_update(self.docs_with(term.text, term.scope))
        return frozenset(allowed)

    def _term_buckets(
        self, term: Term, allowed: frozenset[int] | None, limit: int
    ) -> dict[float, set[int]]:
        """Score -> documents, for one term."""
        text = term.text
        exact = self.docs_with(text, term.scope)
        if allowed is not None:
            exact = exact & allowed
        if term.scope:
            level = HEADLINE if term.scope == "headline" else BODY
            return {100.0 * level: set(exact)}
        head = self.docs_with(text, "headline") & exact
        # The title proper weighs a little more than kicker and subtitle.
        title = self.docs_with(text, "title") & head
        buckets = {
            100.0 * HEADLINE + 5: set(title),
            100.0 * HEADLINE: set(head - title),
            100.0 * BODY: set(exact - head),
        }
        if not term.phrase:
            seen = set(exact)
            words = self._terms_docs(text) - seen
            if allowed is not None:
                words &= allowed
            buckets[100.0 * TERMS] = set(words)
            seen |= words
            near: dict[int, float] = {}
            if text.isascii() and text.isalpha() and not seen:
                near = self._pinyin_docs(text, allowed)
            # Approximate matches rank last: only worth finding if they can be shown.
            if not near and len(seen) < limit and _chinese(text):
                near = self._fuzzy_docs(text, allowed, seen)
            for d, sub in near.items():
                buckets.setdefault(100.0 * FUZZY + sub, set()).add(d)
        return {s: docs for s, docs in buckets.items() if docs}

    def _head_end(self, d: int) -> int:
        """Where the body starts in document ``d`` (its end when it has no paragraph)."""
        starts = self.starts[d]
        return starts[_BODY] if len(starts) > _BODY else len(self.texts[d])

    def _segment(self, d: int, i: int) -> str:
        starts = self.starts[d]
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.texts[d])
        return self.texts[d][starts[i] : end]

    @staticmethod
    def _terms(text: str) -> list[str]:
        """The words a query word must all contain at the third level.

        Never single characters: scattered, they find anything (天心 in 今天…中心).
        """
        if len(text) <= SHORT:
            return []
        words = list(dict.fromkeys(_cut(text)))
        return words if len(words) > 1 and all(len(w) > 1 for w in words) else []

    def _terms_docs(self, text: str) -> frozenset[int]:
        words = self._terms(text)
        if not words:
            return frozenset()
        found = sorted((self.docs_with(w) for w in words), key=len)
        result = found[0]
        for other in found[1:]:
            result = result & other
        return result

    # ------------------------------------------------------------ approximate

    def _fuzzy_docs(
        self, text: str, allowed: frozenset[int] | None, skip: dict[int, tuple[int, float]]
    ) -> dict[int, float]:
        """Documents with a near miss of ``text``: one character wrong, missing or
        extra, or a shuffled short name. Refinement: closeness, 0..9."""
        out: dict[int, float] = {}
        n = len(text)
        if 2 <= n <= 4:
            for perm in _near_orders(text):
                for d in self.docs_with(perm):
                    # Names are printed in headlines and bylines, not deep in the body.
                    if (
                        d not in skip
                        and (allowed is None or d in allowed)
                        and perm in self.texts[d][: self._head_end(d)]
                    ):
                        out[d] = 6.0
        if n < 3:
            return out
        grams = [(text[j : j + 2], j) for j in range(n - 1)]
        counts: Counter[int] = Counter()
        for g in {g for g, _ in grams}:
            counts.update(self._posting(g))
        need = max(1, n - 3)
        candidates = [
            d
            for d, c in counts.items()
            if c >= need and d not in skip and d not in out and (allowed is None or d in allowed)
        ]
        if len(candidates) > _FUZZY_BUDGET:
            candidates = heapq.nsmallest(_FUZZY_BUDGET, candidates, key=lambda d: (-counts[d], d))
        texts = self.texts
        for d in candidates:
            if _near(text, texts[d], grams, first=True):
                out[d] = 8.0
        if n == 3:
            # A wrong middle character leaves no pair of the word intact.
            pattern = re.compile(re.escape(text[0]) + "[^\n]" + re.escape(text[2]))
            both = self.docs_with(text[0]) & self.docs_with(text[2])
            for d in heapq.nsmallest(_FUZZY_BUDGET, both):
                if d in skip or d in out or (allowed is not None and d not in allowed):
                    continue
                if pattern.search(texts[d], 0, self._head_end(d)):
                    out[d] = 7.0
        return out

    def _pinyin_docs(self, text: str, allowed: frozenset[int] | None) -> dict[int, float]:
        """Documents whose headline reads as ``text`` in pinyin (full or initials)."""
        out: dict[int, float] = {}
        if len(text) < 2:
            return out
        for d, full in enumerate(self.pinyin_full):
            if (
                text in full
                and (allowed is None or d in allowed)
                and _pinyin_spans(text, self.pinyin[d], initials=False, first=True)
            ):
                out[d] = 9.0
                if len(out) >= _PINYIN_CAP:
                    return out
        for d, initials in enumerate(self.pinyin_initials):
            if d not in out and text in initials and (allowed is None or d in allowed):
                out[d] = 8.0
                if len(out) >= _PINYIN_CAP:
                    break
        return out

    # ---------------------------------------------------------------- matches

    def _matches(self, d: int, q: Query) -> tuple[Match, ...]:
        """Every match in document ``d`` of the query's terms, in reading order."""
        spans: list[tuple[int, int]] = []
        for clause in q.clauses:
            for term in clause:
                spans.extend(self._term_spans(d, term))
        return self._to_matches(d, _merge(spans))

    def _term_spans(self, d: int, term: Term) -> list[tuple[int, int]]:
        """Folded spans of one term in document ``d``, at the best level reached."""
        text = self.texts[d]
        starts = self.starts[d]
        lo, hi = 0, len(text)
        if term.scope:
            a, b = _SCOPES[term.scope]
            lo, hi = starts[a], starts[b] - 1
        found = _find_all(text, term.text, lo, hi)
        if found or term.scope or term.phrase:
            return found
        words = self._terms(term.text)
        if words and all(w in text for w in words):
            for word in words:
                found.extend(_find_all(text, word, lo, hi))
            return found
        if term.text.isascii() and term.text.isalpha():
            found = self._pinyin_matches(d, term.text)
            if found:
                return found
        return self._fuzzy_matches(d, term.text)

    def _fuzzy_matches(self, d: int, text: str) -> list[tuple[int, int]]:
        joined = self.texts[d]
        n = len(text)
        found: list[tuple[int, int]] = []
        if 2 <= n <= 4:
            head_end = self._head_end(d)
            for perm in _near_orders(text):
                found.extend(_find_all(joined, perm, 0, head_end))
        if n >= 3:
            grams = [(text[j : j + 2], j) for j in range(n - 1)]
            found.extend(_near(text, joined, grams, first=False))
        if n == 3 and not found:
            pattern = re.compile(re.escape(text[0]) + "[^\n]" + re.escape(text[2]))
            found.extend(m.span() for m in pattern.finditer(joined, 0, self._head_end(d)))
        return found

    def _pinyin_matches(self, d: int, text: str) -> list[tuple[int, int]]:
        pieces = self.pinyin[d]
        spans = _pinyin_spans(text, pieces, initials=False, first=False)
        if not spans:
            spans = _pinyin_spans(text, pieces, initials=True, first=False)
        base = self.starts[d][_HEAD[0]]
        return [(base + a, base + b) for a, b in spans]

    def _to_matches(self, d: int, spans: list[tuple[int, int]]) -> tuple[Match, ...]:
        starts = self.starts[d]
        maps = self.maps[d] or {}
        out = []
        for a, b in spans:
            seg = bisect.bisect_right(starts, a) - 1
            end = starts[seg + 1] - 1 if seg + 1 < len(starts) else len(self.texts[d])
            b = min(b, end)
            if b <= a:
                continue
            la, lb = a - starts[seg], b - starts[seg]
            cut = maps.get(seg)
            if cut:
                la, lb = Folded("", *cut).span(la, lb)
            if seg < _BODY:
                out.append(Match(FIELDS[seg], 0, la, lb))
            else:
                out.append(Match("paragraph", seg - _BODY, la, lb))
        return tuple(out)

    def _hit(self, d: int, score: float, matches: tuple[Match, ...], near: bool = False) -> Hit:
        article = self.articles[d]
        # The body shows most; then the headline; then wherever the match is.
        first = next((m for m in matches if m.field == "paragraph"), None)
        if first is None:
            first = next((m for m in matches if m.field in ("kicker", "title", "subtitle")), None)
        if first is None and matches:
            first = matches[0]
        if first is None:
            text = article.paragraphs[0] if article.paragraphs else article.headline
            snippet = text[:SNIPPET] + ("…" if len(text) > SNIPPET else "")
            return Hit(article, score, matches, snippet, (), near)
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
        return Hit(article, score, matches, snippet, spans, near)


def _near_orders(text: str) -> list[str]:
    """Other orders of a short name's characters that are still near (王丫小 for 王小丫)."""
    perms = set(map("".join, itertools.permutations(text))) - {text}
    return sorted(p for p in perms if near_enough(text, p))


def _typecode(size: int) -> str:
    """Two bytes per posting while document numbers fit: half the memory."""
    return "H" if size < 1 << 16 else "I"


def _chinese(text: str) -> bool:
    """Approximate matching is for Chinese words; on digits and dates it is noise."""
    return all("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _merge_choices(choices: list[dict[float, set[int]]]) -> dict[float, set[int]]:
    """``a | b``: each document at the best score any choice gives it."""
    if len(choices) == 1:
        return choices[0]
    best: dict[int, float] = {}
    for buckets in choices:
        for score, docs in buckets.items():
            for d in docs:
                if best.get(d, -1.0) < score:
                    best[d] = score
    out: dict[float, set[int]] = {}
    for d, score in best.items():
        out.setdefault(score, set()).add(d)
    return out


def _by_doc(buckets: dict[float, set[int]]) -> dict[int, float]:
    out: dict[int, float] = {}
    for score in sorted(buckets):  # higher scores written last, so they win
        out.update(dict.fromkeys(buckets[score], score))
    return out


def _top(buckets: dict[float, set[int]], limit: int) -> list[tuple[int, float]]:
    """Best scores first, lower document numbers (newer issues) first on ties."""
    out: list[tuple[int, float]] = []
    for score in sorted(buckets, reverse=True):
        need = limit - len(out)
        if need <= 0:
            break
        docs = buckets[score]
        chosen = heapq.nsmallest(need, docs) if len(docs) > need else sorted(docs)
        out.extend((d, score) for d in chosen)
    return out


def _find_all(text: str, word: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    if not word:
        return out
    i = text.find(word, lo, hi)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + len(word), hi)
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    text: str, pieces: tuple[str, ...], initials: bool, first: bool
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
