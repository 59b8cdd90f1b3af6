"""What the reader remembers between runs: read marks, bookmarks, last position.

Stored as one JSON file in the user data directory (or an injected directory),
written atomically. Several readers may share it: a save re-reads the file
under a lock and merges this reader's changes into it, so no reader's
bookmark or read mark is lost to another's save. A file that cannot be read
is set aside with a warning and the reader starts clean.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

from filelock import FileLock

from ..storage import atomic_write_json, set_aside

STATE_FILE = "state.json"
VERSION = 1
#: Seconds a save waits for another reader's save before giving up (an OSError).
LOCK_WAIT = 5.0
_SCALARS = ("last_issue", "last_article", "theme")


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
        # This reader's changes since it last read the file, merged on save.
        self._bookmarked: dict[str, bool] = {}  # id -> now bookmarked, in order of change
        self._changed: set[str] = set()

    @classmethod
    def load(cls, directory: Path | str | None = None) -> ReaderState:
        """The state in ``directory`` (default: user data dir); never raises on bad data."""
        state = cls(Path(directory) if directory else default_state_dir())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            data = _read_state(state.path)
        state.warnings = [str(w.message) for w in caught]
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
        """Merge this reader's changes into the file, atomically, if anything changed.

        Raises ``OSError`` (``filelock.Timeout`` among them) when the file
        cannot be locked or written; the changes stay pending for the next save.
        """
        if not self.dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{self.path}.lock", timeout=LOCK_WAIT):
            merged = self._merged(_read_state(self.path))
            atomic_write_json(self.path, merged.to_json())
        self.read, self.bookmarks = merged.read, merged.bookmarks
        for name in _SCALARS:
            setattr(self, name, getattr(merged, name))
        self._bookmarked.clear()
        self._changed.clear()
        self.dirty = False

    def _merged(self, data: dict[str, Any]) -> ReaderState:
        """The state on disk with this reader's changes applied on top."""
        disk = ReaderState(self.path.parent)
        disk._take(data)
        disk.read |= self.read
        for article_id, marked in self._bookmarked.items():
            if article_id in disk.bookmarks:
                disk.bookmarks.remove(article_id)
            if marked:
                disk.bookmarks.insert(0, article_id)
        for name in self._changed:
            setattr(disk, name, getattr(self, name))
        return disk

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
        self._bookmarked.pop(article_id, None)  # the newest change goes last
        if article_id in self.bookmarks:
            self.bookmarks.remove(article_id)
            self._bookmarked[article_id] = False
            return False
        self.bookmarks.insert(0, article_id)
        self._bookmarked[article_id] = True
        return True

    def remember(self, issue: str | None, article: str | None) -> None:
        if (issue, article) != (self.last_issue, self.last_article):
            self.last_issue, self.last_article = issue, article
            self._changed |= {"last_issue", "last_article"}
            self.dirty = True

    def set_theme(self, theme: str) -> None:
        if theme != self.theme:
            self.theme = theme
            self._changed.add("theme")
            self.dirty = True


def _read_state(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``; {} when missing; anything unreadable set aside.

    Unreadable covers bad UTF-8, bad JSON, nesting too deep to parse
    (RecursionError) and valid JSON that is not an object.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        set_aside(path, type(exc).__name__)
        return {}
    if not isinstance(data, dict):
        set_aside(path, f"a JSON {type(data).__name__}, not an object")
        return {}
    return data
