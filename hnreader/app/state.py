"""What the reader remembers between runs: read marks, bookmarks, last position.

Stored as one JSON file in the user data directory (or an injected directory),
written atomically; a corrupt file is set aside with a warning and replaced.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from ..storage import atomic_write_json, read_json

STATE_FILE = "state.json"
VERSION = 1


def default_state_dir() -> Path:
    """The platform's user data directory for hnreader."""
    from platformdirs import user_data_path

    return user_data_path("hnreader", appauthor=False)


class ReaderState:
    """Read marks, bookmarks (newest first), last issue/article and theme."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / STATE_FILE
        self.read: set[str] = set()
        self.bookmarks: list[str] = []
        self.last_issue: str | None = None
        self.last_article: str | None = None
        self.theme: str | None = None
        self.warnings: list[str] = []
        self.dirty = False

    @classmethod
    def load(cls, directory: Path | str | None = None) -> ReaderState:
        """The state in ``directory`` (default: user data dir); never raises on bad data."""
        state = cls(Path(directory) if directory else default_state_dir())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            data = read_json(state.path, {})
        state.warnings = [str(w.message) for w in caught]
        if not isinstance(data, dict):
            state.warnings.append(f"{state.path}: unexpected content, starting afresh")
            data = {}
        state._take(data)
        return state

    def _take(self, data: dict[str, Any]) -> None:
        def strings(value: Any) -> list[str]:
            return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

        def text(value: Any) -> str | None:
            return value if isinstance(value, str) else None

        self.read = set(strings(data.get("read")))
        self.bookmarks = list(dict.fromkeys(strings(data.get("bookmarks"))))
        self.last_issue = text(data.get("last_issue"))
        self.last_article = text(data.get("last_article"))
        self.theme = text(data.get("theme"))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "read": sorted(self.read),
            "bookmarks": self.bookmarks,
            "last_issue": self.last_issue,
            "last_article": self.last_article,
            "theme": self.theme,
        }

    def save(self) -> None:
        """Write the state atomically if it changed."""
        if self.dirty:
            atomic_write_json(self.path, self.to_json())
            self.dirty = False

    def mark_read(self, article_id: str) -> bool:
        """Mark an article read; True when that changed anything."""
        if article_id in self.read:
            return False
        self.read.add(article_id)
        self.dirty = True
        return True

    def toggle_bookmark(self, article_id: str) -> bool:
        """Add or remove a bookmark; True when the article is now bookmarked."""
        self.dirty = True
        if article_id in self.bookmarks:
            self.bookmarks.remove(article_id)
            return False
        self.bookmarks.insert(0, article_id)
        return True

    def remember(self, issue: str | None, article: str | None) -> None:
        if (issue, article) != (self.last_issue, self.last_article):
            self.last_issue, self.last_article = issue, article
            self.dirty = True

    def set_theme(self, theme: str) -> None:
        if theme != self.theme:
            self.theme = theme
            self.dirty = True
