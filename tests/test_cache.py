"""The on-disk cache: used when fresh, rebuilt when stale, foreign or corrupt."""

from __future__ import annotations

import os
import shutil

import pytest

from hnreader.corpus import cache, seeds_path
from hnreader.corpus.cache import open_index
from hnreader.corpus.index import SearchIndex


@pytest.fixture
def pages(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    first = sorted(seeds_path().glob("*.txt"))[0]
    shutil.copy(first, folder / first.name)
    return folder


@pytest.fixture
def builds(monkeypatch):
    """Count index builds (a cache hit builds nothing)."""
    count = []
    real = SearchIndex.build.__func__

    def counting(cls, corpus, progress=None):
        count.append(1)
        return real(cls, corpus, progress)

    monkeypatch.setattr(SearchIndex, "build", classmethod(counting))
    return count


def cache_files(folder):
    return sorted(folder.glob("index-*.pickle"))


def test_second_open_uses_the_cache(pages, tmp_path, builds):
    store = tmp_path / "cache"
    corpus, index = open_index([pages], cache_dir=store)
    assert len(cache_files(store)) == 1 and builds == [1]
    corpus2, index2 = open_index([pages], cache_dir=store)
    assert builds == [1]
    assert [a.id for a in corpus2.articles] == [a.id for a in corpus.articles]
    assert [h.article.id for h in index2.search("湖南")] == [
        h.article.id for h in index.search("湖南")
    ]


def test_changed_file_rebuilds(pages, tmp_path, builds):
    store = tmp_path / "cache"
    open_index([pages], cache_dir=store)
    page = next(pages.glob("*.txt"))
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\n新增的一行。\n")
    open_index([pages], cache_dir=store)
    assert builds == [1, 1]
    st = page.stat()
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # same size, new time
    open_index([pages], cache_dir=store)
    assert builds == [1, 1, 1]


def test_corrupt_cache_is_rebuilt_and_replaced(pages, tmp_path, builds):
    store = tmp_path / "cache"
    open_index([pages], cache_dir=store)
    (path,) = cache_files(store)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _corpus, index = open_index([pages], cache_dir=store)
    assert builds == [1, 1]
    assert index.search("湖南")
    assert path.read_bytes() == data or len(path.read_bytes()) > len(data) // 2
    path.write_bytes(b"garbage")
    open_index([pages], cache_dir=store)
    assert builds == [1, 1, 1]


def test_other_version_is_not_trusted(pages, tmp_path, builds, monkeypatch):
    store = tmp_path / "cache"
    open_index([pages], cache_dir=store)
    monkeypatch.setattr(cache, "__version__", "999.0")
    open_index([pages], cache_dir=store)
    assert builds == [1, 1]


def test_header_for_another_key_is_refused(pages, tmp_path):
    store = tmp_path / "cache"
    open_index([pages], cache_dir=store)
    (path,) = cache_files(store)
    assert cache.read_cache(path, "another key") is None
    assert isinstance(cache.read_cache(path, cache.corpus_key([pages])), SearchIndex)


def test_no_cache_writes_nothing(pages, tmp_path):
    store = tmp_path / "cache"
    open_index([pages], cache_dir=store, use_cache=False)
    assert not store.exists()


def test_progress_is_reported(pages, tmp_path):
    seen = []
    open_index([pages], cache_dir=tmp_path / "c", progress=lambda d, t: seen.append((d, t)))
    assert seen and all(0 < d <= t for d, t in seen)
