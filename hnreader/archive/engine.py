"""The search engine beside the store: a tantivy index on disk, memory-mapped.

Chinese text is indexed as character pairs at consecutive positions
(pre-tokenised, see :func:`hnreader.search.text.bigrams`), so a phrase query
of a word's pairs finds exactly the articles holding the word, whatever its
length; single characters have their own field. Dates, page numbers and the
reading order are fast fields for ranges, ordering and counting; kinds,
reporters, places and columns are fast text fields for counting by value.

Every document carries the article's key (see ``store.article_key``): the
engine answers with keys, the store with articles.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import tantivy

from ..corpus.model import Article

ENGINE_DIR = "engine"
#: Bumped when the fields change; an index of another version is rebuilt.
ENGINE_VERSION = "2"
WRITER_HEAP = 64_000_000  # bytes the writer buffers before it flushes a segment
WILDCARD_CHOICES = 48  # characters tried where a typed word has one wrong or missing
WRITER_WAIT = 30.0  # seconds to wait for another process's writer to finish

# Fields holding folded character pairs, with what they hold.
TEXT_FIELDS = {
    "all": "every field and the body",
    "head": "kicker, title and subtitle",
    "title": "the title proper",
    "by": "byline and dateline",
    "col": "column",
    "py": "the headline in full pinyin",
    "pyi": "the headline in pinyin initials",
}
FACETS = ("kind", "reporter", "place", "column")


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("key", stored=False, indexed=True, fast=True)
    sb.add_text_field("path", stored=False, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("date", stored=False, indexed=True, fast=True)
    sb.add_integer_field("month", stored=False, indexed=True, fast=True)
    sb.add_integer_field("page", stored=False, indexed=True, fast=True)
    sb.add_integer_field("rank", stored=False, indexed=False, fast=True)
    for name in FACETS:
        sb.add_text_field(name, stored=False, tokenizer_name="raw", index_option="basic", fast=True)
    sb.add_text_field("uni", stored=False, tokenizer_name="whitespace", index_option="basic")
    for name in TEXT_FIELDS:
        sb.add_text_field(name, stored=False, tokenizer_name="whitespace", index_option="position")
    return sb.build()


def rank_of(article: Article) -> int:
    """Reading order as one number: newer issues first, then page, then position."""
    return reading_rank(article.issue_date, article.page_number, article.position)


def reading_rank(date: dt.date | None, page: int | None, position: int) -> int:
    day = date.toordinal() if date else 0
    page = min(page or 0, 1023)
    return (day << 20) | ((1023 - page) << 10) | (1023 - min(position, 1023))


def document_fields(article: Article, texts: dict[str, str], facets: dict) -> dict[str, Any]:
    """What the engine indexes of an article, apart from where it was filed (see
    :meth:`Engine.add_fields`): its kind, facets and folded texts (``texts``:
    :func:`hnreader.search.text.index_document`)."""
    fields: dict[str, Any] = {"kind": [article.kind]}
    for name in ("reporter", "place", "column"):
        fields[name] = list(facets.get(name, ()))
    for name in ("uni", *TEXT_FIELDS):
        if texts.get(name):
            fields[name] = [texts[name]]
    return fields


def month_of(date: dt.date | None) -> int:
    return date.year * 100 + date.month if date else 0


class Engine:
    """The tantivy index of an archive: add and delete documents, run queries."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / ENGINE_DIR
        marker = self.folder / "version"
        if self.folder.exists() and _read(marker) != ENGINE_VERSION:
            shutil.rmtree(self.folder)  # another layout: rebuilt from the store
        self.fresh = not self.folder.exists()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.schema = _schema()
        self.index = tantivy.Index(self.schema, path=str(self.folder), reuse=True)
        marker.write_text(ENGINE_VERSION)
        self._writer: Any = None
        self._searcher: Any = None
        self._next_chars: dict[tuple[str, str], list[str]] = {}
        self._lock = threading.Lock()

    # ---- writing ------------------------------------------------------------------------

    @property
    def writer(self) -> Any:
        if self._writer is None:
            deadline = time.monotonic() + WRITER_WAIT
            while True:
                try:
                    self._writer = self.index.writer(WRITER_HEAP, 1)
                    break
                except ValueError:  # another process holds the index's lock
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        return self._writer

    def delete_paths(self, paths: Iterable[str]) -> None:
        """Forget every document of these page files."""
        from .store import to_db

        for path in paths:
            self.writer.delete_documents_by_term("path", to_db(path))

    def add(self, path: str, article: Article, texts: dict[str, str], facets: dict) -> None:
        """Index one article of the page file ``path``."""
        from .store import article_key

        fields = document_fields(article, texts, facets)
        key = article_key(article.id)
        self.add_fields(
            path, key, article.issue_date, article.page_number, article.position, fields
        )

    def add_fields(
        self,
        path: str,
        key: int,
        date: dt.date | None,
        page: int | None,
        position: int,
        fields: dict[str, list[Any]],
    ) -> None:
        """Index one article of the page file ``path`` (``fields``: see
        :func:`document_fields`) with its key and place in the paper."""
        from .store import to_db

        doc = tantivy.Document()
        doc.add_integer("key", key)
        doc.add_text("path", to_db(path))
        doc.add_integer("date", date.toordinal() if date else 0)
        doc.add_integer("month", month_of(date))
        doc.add_integer("page", page or 0)
        doc.add_integer("rank", reading_rank(date, page, position))
        for name, values in fields.items():
            for value in values:
                doc.add_text(name, value)
        self.writer.add_document(doc)

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self.refresh()

    def release(self) -> None:
        """Commit and let go of the index's write lock (another process may write)."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            writer.commit()
            writer.wait_merging_threads()
            self._searcher = None

    def close(self) -> None:
        self.release()
        self._searcher = None

    def clear(self) -> None:
        self.writer.delete_all_documents()
        self.commit()

    # ---- reading ------------------------------------------------------------------------

    @property
    def searcher(self) -> Any:
        with self._lock:
            if self._searcher is None:
                self.index.reload()
                self._searcher = self.index.searcher()
            return self._searcher

    def refresh(self) -> None:
        """See what has been committed since (by this or another process)."""
        with self._lock:
            self._searcher = None
            self._next_chars = {}

    def __len__(self) -> int:
        return self.searcher.num_docs

    def entries(self, query: Any, limit: int) -> list[tuple[int, int]]:
        """(key, reading order) of the first ``limit`` documents matching ``query``,
        in reading order (newest issue first, then page, then position)."""
        if limit <= 0:
            return []
        searcher = self.searcher
        hits = searcher.search(query, limit, count=False, order_by_field="rank").hits
        if not hits:
            return []
        keys = searcher.fast_field_values("key", [a for _, a in hits])
        return [(k, r) for k, (r, _) in zip(keys, hits, strict=True)]

    def scored(self, query: Any, limit: int) -> list[tuple[float, int, int]]:
        """(score, rank, key) of the ``limit`` best-scoring documents."""
        searcher = self.searcher
        hits = searcher.search(query, limit, count=False).hits
        if not hits:
            return []
        addrs = [a for _, a in hits]
        keys = searcher.fast_field_values("key", addrs)
        ranks = searcher.fast_field_values("rank", addrs)
        return [(s, r, k) for (s, _), r, k in zip(hits, ranks, keys, strict=True)]

    def count(self, query: Any) -> int:
        return self.searcher.search(query, 1, count=True).count

    def counts(self, query: Any, field: str, size: int = 100) -> dict[Any, int]:
        """How many matching articles hold each value of a fast field (most first).

        ``field`` is ``kind``, ``reporter``, ``place``, ``column``, ``month`` (YYYYMM),
        ``date`` (day ordinal) or ``page``.
        """
        return self.counts_by(query, {field: size})[field]

    def counts_by(self, query: Any, sizes: dict[str, int]) -> dict[str, dict[Any, int]]:
        """:meth:`counts` of several fields (each with its number of values) in one
        pass over the matching documents."""
        agg = {field: {"terms": {"field": field, "size": size}} for field, size in sizes.items()}
        found = self.searcher.aggregate(query, agg)
        out: dict[str, dict[Any, int]] = {}
        for field in sizes:
            out[field] = {
                int(b["key"]) if isinstance(b["key"], float) else b["key"]: b["doc_count"]
                for b in found[field]["buckets"]
            }
        return out

    # ---- building queries ---------------------------------------------------------------

    def text(self, field: str, folded: str) -> Any:
        """Documents whose ``field`` holds the folded text ``folded`` exactly."""
        schema = self.schema
        if len(folded) == 1:
            if field == "all":
                return tantivy.Query.term_query(schema, "uni", folded)
            return tantivy.Query.regex_query(schema, field, re.escape(folded) + ".?")
        if len(folded) == 2:
            return tantivy.Query.term_query(schema, field, folded)
        pairs = [folded[i : i + 2] for i in range(len(folded) - 1)]
        return tantivy.Query.phrase_query(schema, field, pairs)

    def gap(self, field: str, first: str, last: str) -> Any:
        """``first``, any one character, then ``last`` in ``field``."""
        return tantivy.Query.regex_phrase_query(
            self.schema, field, [re.escape(first) + ".", "." + re.escape(last)]
        )

    def pattern(self, field: str, chars: Sequence[str | None]) -> Any:
        """``chars`` in a row in ``field``, where one None stands for any one character.

        With two characters or more on each side of the wildcard, one phrase
        of the pairs on either side, a position apart. Next to a lone
        character, the pair that holds the wildcard would take a regular
        expression, and the engine's are slow on a term dictionary this large:
        that wildcard is spelled out instead, one phrase per character that
        follows the one before it in the index (the ``WILDCARD_CHOICES`` most
        frequent). A wildcard first or last is left out: the rest of the word,
        anywhere (that holds all but one of the characters, in order).
        """
        if None not in chars:
            return self.text(field, "".join(chars))  # type: ignore[arg-type]
        i = chars.index(None)
        head = "".join(c for c in chars[:i] if c)
        tail = "".join(c for c in chars[i + 1 :] if c)
        if i == 0:
            return self.text(field, tail)
        if i == len(chars) - 1:
            return self.text(field, head)
        if len(head) >= 2 and len(tail) >= 2:
            after = len(head) + 1  # where the tail's first pair stands
            words = [(j, head[j : j + 2]) for j in range(len(head) - 1)]
            words += [(after + j, tail[j : j + 2]) for j in range(len(tail) - 1)]
            return tantivy.Query.phrase_query(self.schema, field, words)
        choices = self._following(field, head[-1])
        return any_of(self.text(field, head + ch + tail) for ch in choices)

    def _following(self, field: str, char: str) -> list[str]:
        """Characters that follow ``char`` in ``field``, most frequent first."""
        key = (field, char)
        found = self._next_chars.get(key)
        if found is None:
            terms = self.searcher.terms_with_prefix(field, char, limit=WILDCARD_CHOICES)
            found = [t[1] for t, _ in terms if len(t) == 2]
            self._next_chars[key] = found
        return found

    def one_edit(self, field: str, word: str) -> Any:
        """Documents holding ``word`` with one character wrong, missing or extra.

        A missing character is only looked for inside words of four or more
        (in shorter ones too much text is a word with a character missing).
        A wrong, missing or extra character at either end leaves the rest of
        the word, which is looked for once; so is an extra character next to
        an end, which holds it too.
        """
        chars = list(word)
        n = len(chars)
        ways = [self.text(field, word[1:]), self.text(field, word[:-1])]
        for i in range(1, n - 1):  # wrong
            ways.append(self.pattern(field, [*chars[:i], None, *chars[i + 1 :]]))
        for i in range(2, n - 1):  # extra
            ways.append(self.pattern(field, [*chars[:i], None, *chars[i:]]))
        if n >= 4:
            for i in range(1, n - 1):  # missing
                ways.append(self.text(field, word[:i] + word[i + 1 :]))
        return any_of(ways)

    def pairs_counted(self, folded: str) -> Any:
        """Scores each document by how many distinct pairs of ``folded`` it holds."""
        pairs = sorted({folded[i : i + 2] for i in range(len(folded) - 1)})
        return any_of(
            tantivy.Query.const_score_query(tantivy.Query.term_query(self.schema, "all", p), 1.0)
            for p in pairs
        )

    def constant(self, query: Any) -> Any:
        """``query`` as a filter that adds nothing to a score."""
        return tantivy.Query.const_score_query(query, 0.0)

    def keyset(self, keys: Sequence[int]) -> Any:
        """The documents of these keys."""
        return tantivy.Query.term_set_query(self.schema, "key", list(keys))

    def value(self, field: str, value: str | int) -> Any:
        """The documents holding ``value`` in the fast field ``field`` (a facet or page)."""
        return tantivy.Query.term_query(self.schema, field, value)

    def kinds(self, kinds: Sequence[str]) -> Any:
        return tantivy.Query.term_set_query(self.schema, "kind", list(kinds))

    def dates(self, ranges: Sequence[tuple[dt.date, dt.date]]) -> Any:
        return any_of(
            tantivy.Query.range_query(
                self.schema,
                "date",
                tantivy.FieldType.Integer,
                max(lo, dt.date(1, 1, 1)).toordinal(),
                hi.toordinal(),
            )
            for lo, hi in ranges
        )

    def paths(self, paths: Sequence[str]) -> Any:
        """The documents of these page files."""
        from .store import to_db

        return tantivy.Query.term_set_query(self.schema, "path", [to_db(p) for p in paths])


def all_of(queries: Iterable[Any], without: Iterable[Any] = ()) -> Any:
    parts = [(tantivy.Occur.Must, q) for q in queries]
    parts += [(tantivy.Occur.MustNot, q) for q in without]
    if not any(o == tantivy.Occur.Must for o, _ in parts):
        parts.append((tantivy.Occur.Must, tantivy.Query.all_query()))
    if len(parts) == 1:
        return parts[0][1]
    return tantivy.Query.boolean_query(parts)


def any_of(queries: Iterable[Any]) -> Any:
    parts = [(tantivy.Occur.Should, q) for q in queries]
    if not parts:
        return tantivy.Query.empty_query()
    if len(parts) == 1:
        return parts[0][1]
    return tantivy.Query.boolean_query(parts)


def _read(path: Path) -> str | None:
    try:
        return path.read_text().strip()
    except OSError:
        return None
