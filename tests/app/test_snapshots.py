"""Snapshots of the main screens on fixed, model-built data, wide and narrow.

Regenerate with ``pytest tests/app/test_snapshots.py --snapshot-update`` after
a deliberate change of the look, and review the SVGs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from hnreader.app import make_app

from .conftest import build_corpus

SIZES = [(100, 30), (60, 20)]


def _app(tmp_path):
    app = make_app(
        corpus=build_corpus(),
        state_dir=tmp_path / "state",
        cache_dir=tmp_path / "cache",
        settings_dir=tmp_path / "config",
    )
    app.read_after = 3600  # a slow run must not mark the row under the cursor read
    return app


async def _loaded(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _then(*keys: str):
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False  # a blinking cursor is caught on or off by the clock
        await pilot.pause()  # the reading pane scrolls to the match after a refresh

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, tmp_path, size):
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_loaded)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_search_results(snap_compare, tmp_path, size):
    # Enter opens the first result, so no text cursor blinks in the shot.
    keys = ("slash", *"洞庭湖", "enter")
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then(*keys))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare, tmp_path, size):
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("question_mark"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_issue_picker(snap_compare, tmp_path, size):
    assert snap_compare(_app(tmp_path), terminal_size=size, run_before=_then("d"))


def test_reading_pane_maximised(snap_compare, tmp_path):
    assert snap_compare(_app(tmp_path), terminal_size=(80, 24), run_before=_then("z"))
