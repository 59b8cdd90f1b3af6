"""Reader state shared by several readers, and state that cannot be read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hnreader.app.state import ReaderState
from hnreader.storage import atomic_write_json


def test_two_readers_keep_both_bookmarks(tmp_path: Path) -> None:
    first = ReaderState.load(tmp_path)
    second = ReaderState.load(tmp_path)
    first.toggle_bookmark("a")
    first.mark_read("a")
    first.save()
    second.toggle_bookmark("b")
    second.mark_read("b")
    second.set_theme("nord")
    second.save()
    again = ReaderState.load(tmp_path)
    assert again.bookmarks == ["b", "a"]
    assert again.read == {"a", "b"}
    assert again.theme == "nord"
    # The first reader saves again: the second's changes stay.
    first.remember("2024-05-13", "a")
    first.save()
    again = ReaderState.load(tmp_path)
    assert again.bookmarks == ["b", "a"]
    assert (again.theme, again.last_article) == ("nord", "a")
    assert first.bookmarks == ["b", "a"]  # and the saving reader sees them now


def test_removing_a_bookmark_survives_the_merge(tmp_path: Path) -> None:
    first = ReaderState.load(tmp_path)
    first.toggle_bookmark("a")
    first.toggle_bookmark("b")
    first.save()
    second = ReaderState.load(tmp_path)
    first.toggle_bookmark("a")  # removed in the first
    second.toggle_bookmark("c")  # added in the second
    first.save()
    second.save()
    assert ReaderState.load(tmp_path).bookmarks == ["c", "b"]


def test_saves_from_many_processes_all_count(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from hnreader.app.state import ReaderState\n"
        "for n in range(20):\n"
        "    s = ReaderState.load(sys.argv[1])\n"
        "    s.toggle_bookmark(f'{sys.argv[2]}-{n}')\n"
        "    s.save()\n"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(tmp_path), name])
        for name in ("x", "y", "z")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    saved = ReaderState.load(tmp_path).bookmarks
    assert sorted(saved) == sorted(f"{k}-{n}" for k in "xyz" for n in range(20))


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"read": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'["a", "b"]',
        b'"state"',
        b"42",
        b"null",
        b"\xff\xfe{}",
        b'{"read": ["a"',
    ],
    ids=["deep", "deep-inside", "list", "string", "number", "null", "bad-utf8", "cut"],
)
def test_unreadable_state_is_set_aside_and_the_reader_starts_clean(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    state = ReaderState.load(tmp_path)
    assert (state.read, state.bookmarks, state.theme) == (set(), [], None)
    assert len(state.warnings) == 1 and "set aside as state.json.corrupt-" in state.warnings[0]
    (aside,) = tmp_path.glob("state.json.corrupt-*")
    assert aside.read_bytes() == content
    state.toggle_bookmark("a")
    state.save()
    assert json.loads(path.read_text(encoding="utf-8"))["bookmarks"] == ["a"]


def test_temp_files_of_a_killed_writer_are_cleaned_up(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f".state.json.{dead.pid}.x1y2.tmp"
    left.write_text("{half", encoding="utf-8")
    import os

    live = tmp_path / f".state.json.{os.getppid()}.a1b2.tmp"  # a writer still at work
    live.write_text("{", encoding="utf-8")
    atomic_write_json(tmp_path / "state.json", {"read": []})
    assert not left.exists()
    assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, "state.json"])
