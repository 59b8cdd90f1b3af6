"""State and cache files: atomic writes that survive a kill, corrupt files set aside."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hnreader import storage
from hnreader.storage import atomic_write_bytes, atomic_write_json, read_json

OLD = {"read": ["20250327-001-01"], "theme": "dark", "标题": "湖南日报"}
NEW = {"read": ["20250327-001-02"] * 1000, "theme": "light"}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_round_trip_and_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "state.json"
    atomic_write_json(path, OLD)
    assert read_json(path, None) == OLD
    assert json.loads(path.read_text(encoding="utf-8")) == OLD
    assert leftovers(path.parent) == []


def test_missing_file_gives_the_default_quietly(tmp_path: Path, recwarn) -> None:
    assert read_json(tmp_path / "none.json", {"x": 1}) == {"x": 1}
    assert len(recwarn) == 0


def test_failed_replace_keeps_the_old_content(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "state.json"
    atomic_write_json(path, OLD)

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # the moment between writing and renaming

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_json(path, NEW)
    monkeypatch.undo()
    assert read_json(path, None) == OLD
    assert leftovers(tmp_path) == []


def test_disk_full_keeps_the_old_content(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "cache.bin"
    atomic_write_bytes(path, b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(path, b"new" * 1000)
    assert path.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


_WRITER = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from hnreader.storage import atomic_write_json

    path = Path(sys.argv[1])
    big = {"read": [f"id-{n}" for n in range(int(sys.argv[3]))]}
    versions = [json.loads(sys.argv[2]), big]
    real_fsync = os.fsync

    def announce(fd):
        real_fsync(fd)
        if not announce.done:
            announce.done = True
            print("writing", flush=True)

    announce.done = False
    os.fsync = announce
    n = 0
    while True:
        atomic_write_json(path, versions[n % 2])
        n += 1
    """
)


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.03, 0.07, 0.15])
def test_kill_during_writes_leaves_a_whole_file(tmp_path: Path, delay: float) -> None:
    # A process rewriting the file as fast as it can is SIGKILLed at some
    # moment: the file holds one whole version, never a mix or a truncation.
    path = tmp_path / "state.json"
    atomic_write_json(path, OLD)
    big = {"read": [f"id-{n}" for n in range(20_000)]}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), json.dumps(NEW), "20000"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "writing\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert read_json(path, None) in (OLD, NEW, big)
    # A temp file the kill left behind does not stop the next write.
    atomic_write_json(path, OLD)
    assert read_json(path, None) == OLD


@pytest.mark.parametrize(
    "content",
    [b'{"read": ["a", "b"', b"", b"\xff\xfe not json", b"[1, 2,]", b'{"x": NaN'],
    ids=["truncated", "empty", "bad-utf8", "trailing-comma", "nan-cut"],
)
def test_corrupt_file_is_set_aside_with_a_warning(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    with pytest.warns(UserWarning, match=r"state\.json is unreadable .*set aside as state\.json"):
        assert read_json(path, {"default": True}) == {"default": True}
    assert not path.exists()
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("state.json.corrupt-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == content  # kept for inspection
    atomic_write_json(path, OLD)
    assert read_json(path, None) == OLD


def test_unmovable_corrupt_file_still_gives_the_default(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "state.json"
    path.write_text("{", encoding="utf-8")

    def refuse(*args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(storage.os, "replace", refuse)
    with pytest.warns(UserWarning, match="unreadable"):
        assert read_json(path, []) == []
