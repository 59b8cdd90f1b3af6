"""The persistent archive: SQLite store + tantivy engine in one folder.

``open_archive()`` opens the archive in the user data directory (or the
folder in ``$HNREADER_ARCHIVE``, or the one given); pure Python, no Textual.
Names are imported on first use: ``hnreader show ID`` reads the store without
loading the engine, the segmenter or jieba.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .store import SchemaMismatch, Store

if TYPE_CHECKING:
    from ..corpus.model import Article, Corpus
    from ..search.searcher import Searcher
    from .engine import Engine
    from .ingest import Progress, Report

ENV = "HNREADER_ARCHIVE"
NOWHERE = "\x00"  # a scope that holds no file


def default_folder() -> Path:
    """``$HNREADER_ARCHIVE``, else ``archive`` in the user data directory."""
    given = os.environ.get(ENV)
    if given:
        return Path(given).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("hnreader", appauthor=False)) / "archive"


class Archive:
    """Pages, articles and their search index, kept on disk between runs."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()
        try:
            self.store = Store(self.folder)
        except SchemaMismatch:
            self._set_aside()
            self.store = Store(self.folder)
        self._engine: Engine | None = None
        self._segmenter: str | None = None
        self._searcher: Searcher | None = None

    def _set_aside(self) -> None:
        """An archive of another layout is kept aside, and a new one started."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        self.folder.rename(self.folder.with_name(f"{self.folder.name}.old-{stamp}"))

    @property
    def segmenter(self) -> str:
        if self._segmenter is None:
            from .ingest import segmenter_version

            self._segmenter = segmenter_version()
        return self._segmenter

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from .engine import Engine

            self._engine = Engine(self.folder)
            if self._engine.fresh and not self.store.is_empty():
                from .ingest import rebuild_engine

                rebuild_engine(self)
                self._engine.release()
        return self._engine

    def ingest(
        self,
        paths: Sequence[str | os.PathLike[str]],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
        restale: bool = False,
        on_batch: Callable[[], None] | None = None,
    ) -> Report:
        """Segment and store new or changed files under ``paths`` (see ``ingest``);
        ``on_batch()`` is called after each batch is committed."""
        from .ingest import ingest

        try:
            report = ingest(self, paths, progress, cancelled, workers, restale, on_batch)
        finally:
            if self._engine is not None:
                self._engine.release()
        self.refresh()
        return report

    def ensure(
        self,
        paths: Sequence[str | os.PathLike[str]] | None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_batch: Callable[[], None] | None = None,
        restale: bool = False,
    ) -> Report | None:
        """Ingest ``paths`` (``restale``: those an earlier segmenter read, too);
        with none, the bundled seeds when the archive is empty (from their pack
        when it was made by this segmenter: nothing to segment)."""
        if paths:
            return self.ingest(paths, progress, cancelled, restale=restale, on_batch=on_batch)
        if self.store.is_empty():
            from ..corpus.loader import seeds_path

            pack = self.seed_pack()
            if pack is not None and pack[1] == self.segmenter:
                self.store_pack(pack)
                return None
            return self.ingest([seeds_path()], progress, cancelled, on_batch=on_batch)
        return None

    def seed_pack(self) -> tuple[Corpus, str, dict[str, str]] | None:
        """The seeds already segmented (see :mod:`.seedpack`), if bundled and current."""
        from .seedpack import read_pack

        return read_pack()

    def store_pack(self, pack: tuple[Corpus, str, dict[str, str]]) -> None:
        """Store the seeds' pack as if its segmenter had just read the seed files
        (stale, and segmented again later, when that is not this program's)."""
        from .ingest import store_corpus
        from .store import FileRecord

        corpus, version, hashes = pack
        records = {}
        for path, digest in hashes.items():
            st = Path(path).stat()
            records[path] = FileRecord(path, digest, st.st_size, st.st_mtime_ns, version)
        try:
            store_corpus(self, corpus, records)
        finally:
            self.engine.release()

    def add_corpus(self, corpus: Corpus) -> None:
        """Store and index pages segmented elsewhere (their ids kept)."""
        from .ingest import store_corpus

        try:
            store_corpus(self, corpus)
        finally:
            self.engine.release()

    def rebuild(self, progress: Progress | None = None) -> Report:
        """Segment every stored file again and index everything anew."""
        paths = list(self.store.files())
        missing = [p for p in paths if not Path(p).exists()]
        with self.store.transaction():
            for path in missing:
                self.store.remove_file(path)
            for table in ("files", "issues", "links"):
                self.store.db.execute(f"DELETE FROM {table}")
        self.engine.clear()
        self.engine.release()
        return self.ingest([p for p in paths if p not in missing], progress)

    def stale(self) -> list[str]:
        """Files segmented by another version of the segmenter (re-segment them)."""
        return self.store.stale_files(self.segmenter)

    def scope(self, paths: Sequence[str | os.PathLike[str]] | None) -> list[str] | None:
        """The stored form of ``paths`` (absolute), or None for the whole archive.

        Paths that name nothing (an empty one) hold nothing: given only those,
        the scope matches no file at all, never the current folder.
        """
        if not paths:
            return None
        return [str(Path(p).absolute()) for p in paths if str(p)] or [NOWHERE]

    def corpus(
        self, paths: Sequence[str | os.PathLike[str]] | None = None, bodies: bool = True
    ) -> Corpus:
        """Every issue under ``paths`` (None: the whole archive) as a Corpus."""
        from ..corpus.model import Corpus

        scope = self.scope(paths)
        return Corpus(self.store.issues(scope, bodies=bodies), self.store.errors(scope))

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            from ..search.searcher import Searcher

            self._searcher = Searcher(self)
        return self._searcher

    def search(self, query: Any, limit: int = 100, paths: Sequence[str] | None = None) -> list:
        """Ranked hits for ``query`` (see :class:`hnreader.search.searcher.Searcher`)."""
        return self.searcher.search(query, limit, paths=self.scope(paths))

    def refresh(self) -> None:
        if self._engine is not None:
            self._engine.refresh()
        if self._searcher is not None:
            self._searcher.forget()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
        self.store.close()


def open_archive(folder: str | os.PathLike[str] | None = None) -> Archive:
    """The archive in ``folder`` (default: ``default_folder()``), created if new."""
    return Archive(folder)
