"""What the reader's screens read through: the archive, scoped to the paths opened.

One object between the screens and the archive: search, match offsets, and
the article bodies and raw page text (read from the store when shown).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..archive import Archive
    from ..corpus.model import Article
    from ..search.text import Match


class Library:
    """The archive as the reader sees it: searches limited to the opened paths."""

    def __init__(self, archive: Archive, scope: Sequence[str] | None = None) -> None:
        self.archive = archive
        self.scope = list(scope) if scope else None

    def search(self, query: Any, limit: int = 100, within: Any = None) -> list[Any]:
        """Ranked hits (see :meth:`hnreader.search.searcher.Searcher.search`), among the
        documents of the engine query ``within`` when given."""
        return self.archive.searcher.search(query, limit, paths=self.scope, within=within)

    def warm_up(self) -> None:
        """Load what the first keystrokes would otherwise wait for (see
        :meth:`hnreader.search.searcher.Searcher.warm_up`)."""
        self.archive.searcher.warm_up()

    def tally(self) -> Any:
        """What counts matches by period and facet in the opened paths."""
        from ..analysis.tally import EngineTally

        return EngineTally(self.archive, self.scope)

    def matches(self, article: Article, query: Any) -> tuple[Match, ...]:
        """Every match of ``query`` in the article as shown (the same predicate as search)."""
        return self.archive.searcher.matches(self.body(article), query)

    def body(self, article: Article) -> Article:
        """The article with its paragraphs (read from the store when not held)."""
        if article.paragraphs:
            return article
        return self.archive.article(article.id) or article

    def raw(self, path: str, source: str | None = None) -> str:
        """The text of a page (``Page.path``, ``Page.source``) as it was read."""
        return self.archive.store.raw(path, source)
