"""Cancelling a load: the callback reaches the loader, and worker processes stop."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hnreader.corpus import seeds_path, workers
from hnreader.corpus.loader import LoadCancelled, load


def _pages(folder: Path, count: int) -> Path:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_path().glob("*.txt"))]
    for n in range(count):
        path = folder / f"p{n:04d}.txt"
        path.write_text(f"{seeds[n % len(seeds)]}\n编号{n}\n", encoding="utf-8")
    return folder


def test_cancelled_load_stops_its_worker_processes(tmp_path: Path, monkeypatch) -> None:
    pages = _pages(tmp_path, 300)
    stopped: list = []
    real_stop = workers.stop_pool

    def watched(pool) -> None:
        stopped.extend((pool._processes or {}).values())
        real_stop(pool)

    monkeypatch.setattr(workers, "stop_pool", watched)
    done: list[int] = []
    start = time.monotonic()
    with pytest.raises(LoadCancelled):
        load(
            [pages],
            workers=2,
            progress=lambda n, total, name: done.append(n),
            cancelled=lambda: len(done) >= 8,
        )
    took = time.monotonic() - start
    assert 8 <= len(done) < 300
    assert stopped, "the pool was not stopped"
    assert not [p for p in stopped if p.is_alive()]
    assert took < 60  # far from parsing all 300 pages in two processes


def test_cancel_is_seen_while_waiting_on_a_worker(tmp_path: Path) -> None:
    # No file finishes before the cancel: the wait itself must look at it.
    pages = _pages(tmp_path, 80)
    start = time.monotonic()
    with pytest.raises(LoadCancelled):
        load([pages], workers=2, cancelled=lambda: time.monotonic() - start > 0.2)


def test_cancelled_reaches_the_ingest_from_the_reader(tmp_path: Path) -> None:
    # The reader's load goes through the archive; its cancelled callback stops the ingest.
    from hnreader.archive import open_archive

    (tmp_path / "pages").mkdir()
    pages = _pages(tmp_path / "pages", 3)
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages], cancelled=lambda: True)
    assert not archive.store.has_pages()
