"""The processed corpus and its search index, cached on disk.

A cache file is keyed by the identity of every page file (path, size,
modification time) and the program version; a stale, foreign or corrupt file
is never trusted: the corpus is loaded and indexed again and the file
replaced. The body is a pickle behind a header that is checked first.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import gc
import hashlib
import json
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path

from .. import __version__
from ..storage import atomic_writer
from .index import SearchIndex
from .loader import load, seeds_path
from .model import Article, Corpus
from .read import discover

MAGIC = b"HNREADER-INDEX\n"
FORMAT = 1
KEEP = 4  # cache files kept (one per set of pages opened recently)

Progress = Callable[[int, int], None]


def default_cache_dir() -> Path:
    """The user cache directory for hnreader."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hnreader", appauthor=False))


def corpus_key(paths: Iterable[str | os.PathLike[str]] | None) -> str:
    """A key naming these page files as they are now, and this program version."""
    given = list(paths) if paths else [seeds_path()]
    files, errors = discover(given)
    identity = []
    for path in files:
        try:
            st = path.stat()
        except OSError:
            identity.append([str(path), None, None])
        else:
            identity.append([os.path.abspath(path), st.st_size, st.st_mtime_ns])
    raw = json.dumps(
        {
            "format": FORMAT,
            "version": __version__,
            "code": _code_identity(),
            "files": identity,
            "errors": sorted(str(e) for e in errors),
        },
        ensure_ascii=False,
    )
    # A file name that is not UTF-8 holds surrogate escapes: keep its bytes.
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _code_identity() -> list:
    """The loader's own files: a checkout changed without a new version still
    invalidates the cache."""
    here = Path(__file__).parent
    out = []
    for path in sorted(here.rglob("*.py")):  # the segment package too
        with contextlib.suppress(OSError):
            st = path.stat()
            out.append([str(path.relative_to(here)), st.st_size, st.st_mtime_ns])
    return out


def _header(key: str) -> bytes:
    meta = {"format": FORMAT, "version": __version__, "key": key}
    return MAGIC + json.dumps(meta, sort_keys=True).encode("ascii") + b"\n"


def read_cache(path: Path, key: str) -> SearchIndex | None:
    """The cached index in ``path`` if it is for ``key``; None otherwise."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(MAGIC))
            if header != MAGIC:
                return None
            meta = handle.readline()
            if meta != _header(key)[len(MAGIC) :]:
                return None
            # Collection passes over millions of fresh objects cost more than the reading.
            gc.disable()
            try:
                index = pickle.load(handle)
            finally:
                gc.enable()
    except FileNotFoundError:
        return None
    except Exception:  # a damaged cache is rebuilt, whatever the damage
        return None
    if not isinstance(index, SearchIndex) or not isinstance(index.corpus, Corpus):
        return None
    if len(index.texts) != len(index.articles):
        return None
    return index


def write_cache(path: Path, key: str, index: SearchIndex) -> None:
    """Store ``index`` for ``key`` (atomically: never a half-written file)."""
    # Streamed to disk: the pickle of a year of issues is hundreds of MB.
    with atomic_writer(path) as handle:
        handle.write(_header(key))
        pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {**copyreg.dispatch_table, Article: _reduce_article}
        pickler.dump(index)
    _prune(path.parent)


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))


def _reduce_article(article: Article) -> tuple:
    # Rebuilt by its constructor: faster to load than the default slots state.
    return Article, tuple(getattr(article, name) for name in _ARTICLE_FIELDS)


def _prune(folder: Path) -> None:
    try:
        found = sorted(folder.glob("index-*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in found[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def open_index(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Corpus, SearchIndex]:
    """Load and index page files (no paths: the bundled seeds), through the cache.

    ``progress(done, total)`` is called while loading (files), then while
    indexing (articles). ``cancelled`` reaches the loader (see ``load``). A
    cache that cannot be written costs only speed.
    """
    given = list(paths) if paths else None
    key = corpus_key(given)
    folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    path = folder / f"index-{key[:40]}.pickle"
    if use_cache:
        index = read_cache(path, key)
        if index is not None:
            return index.corpus, index
    file_progress = (lambda done, total, _name: progress(done, total)) if progress else None
    corpus = load(given, progress=file_progress, cancelled=cancelled)
    index = SearchIndex.build(corpus, progress)
    if use_cache and corpus.pages:
        with contextlib.suppress(OSError):
            write_cache(path, key, index)
    return corpus, index
