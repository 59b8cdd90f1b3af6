"""The reader on the archive: pages stream in on a cold start, a warm start opens at once."""

from __future__ import annotations

import shutil

from hnreader.app import make_app
from hnreader.app.screens.main import MainScreen

from .helpers import settle


async def _deliveries(tmp_path, folder, monkeypatch) -> list[tuple[int, bool]]:
    seen: list[tuple[int, bool]] = []
    real = MainScreen.loaded

    def loaded(self, corpus, index, displays):
        seen.append((len(corpus.pages), self.app.main is self))
        real(self, corpus, index, displays)

    monkeypatch.setattr(MainScreen, "loaded", loaded)
    app = make_app([folder], state_dir=tmp_path / "state", archive_dir=tmp_path / "archive")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(400):
            await settle(pilot)
            if app.main.corpus is not None and not app.main.has_class("-loading"):
                break
            await pilot.pause(0.05)
        assert app.main.article is not None
        body = app.main.article.blocks  # the body, read from the archive when shown
        assert any(b.role == "paragraph" for b in body)
    return seen


async def test_cold_start_streams_pages_then_warm_start_opens_at_once(
    tmp_path, seed_files, monkeypatch
):
    import hnreader.app.app as app_module
    import hnreader.archive.ingest as ingest

    folder = tmp_path / "pages"
    folder.mkdir()
    for path in seed_files:
        shutil.copy(path, folder / path.name)
    monkeypatch.setattr(ingest, "BATCH_FILES", 1)
    monkeypatch.setattr(app_module, "STREAM_EVERY", 0.0)
    cold = await _deliveries(tmp_path, folder, monkeypatch)
    counts = [n for n, _ in cold]
    assert counts[0] < len(seed_files)  # the first pages, before the rest were segmented
    assert counts[-1] == len(seed_files)
    assert counts == sorted(counts)
    warm = await _deliveries(tmp_path, folder, monkeypatch)
    assert warm[0][0] == len(seed_files)  # everything, from the archive, at once


async def test_what_the_reader_holds_is_kept_out_of_the_collectors_sight(
    tmp_path, seed_files, monkeypatch
):
    import gc

    folder = tmp_path / "pages"
    folder.mkdir()
    for path in seed_files:
        shutil.copy(path, folder / path.name)
    held = []
    real = MainScreen.loaded

    def loaded(self, corpus, index, displays):
        held.append(corpus.articles[0])
        real(self, corpus, index, displays)

    monkeypatch.setattr(MainScreen, "loaded", loaded)
    app = make_app([folder], state_dir=tmp_path / "state", archive_dir=tmp_path / "archive")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(400):
            await settle(pilot)
            if gc.get_freeze_count():
                break
            await pilot.pause(0.05)
        assert gc.get_freeze_count() > 0
        # A full collection walks generations 0 to 2; the articles held are in none.
        assert not any(o is held[-1] for o in gc.get_objects())
