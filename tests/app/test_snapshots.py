"""Snapshots of the main screens on fixed, model-built data, wide and narrow.

Regenerate with ``pytest tests/app/test_snapshots.py --snapshot-update`` after
a deliberate change of the look, and review the SVGs.
"""

from __future__ import annotations

import pytest

from hnreader.app import make_app

from .conftest import build_corpus

SIZES = [(100, 30), (60, 20)]


def _app(tmp_path):
    app = make_app(
        corpus=build_corpus(),
        state_dir=tmp_path / "state",
        archive_dir=tmp_path / "archive",
        settings_dir=tmp_path / "config",
    )
    app.read_after = 3600  # a slow run must not mark the row under the cursor read
    return app


async def _loaded(pilot) -> None:
    # The loader starts after the first frame: wait until it has delivered.
    for _ in range(600):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        main = pilot.app.main
        if main.corpus is not None and not main.has_class("-loading"):
            break
        await pilot.pause(0.05)


def _steady(pilot) -> None:
    """A cursor that blinks makes the picture depend on the moment it is taken."""
    from textual.widgets import Input

    for screen in pilot.app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


def _then(*keys: str):
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        _steady(pilot)
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
