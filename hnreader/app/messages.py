"""Messages posted by the reader's workers (from threads) to the UI."""

from __future__ import annotations

from typing import Any

from textual.message import Message


class LoadProgress(Message):
    """``done`` of ``total`` files read; ``name`` is the latest."""

    def __init__(self, done: int, total: int, name: str) -> None:
        super().__init__()
        self.done, self.total, self.name = done, total, name


class CorpusLoaded(Message):
    """The pages stored so far, the library to search and read them, their display data.

    ``more``: pages are still being added (another CorpusLoaded will follow).
    """

    def __init__(self, corpus: Any, index: Any, displays: Any, more: bool = False) -> None:
        super().__init__()
        self.corpus, self.index, self.displays = corpus, index, displays
        self.more = more


class LoadFailed(Message):
    """Loading raised; ``error`` says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class SearchFinished(Message):
    """The hits for ``query`` (dropped if the query has changed since)."""

    def __init__(self, query: str, hits: list[Any]) -> None:
        super().__init__()
        self.query, self.hits = query, hits
