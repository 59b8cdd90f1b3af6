"""Atomic writes and careful reads for state and cache files."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write; on success it replaces ``path`` in one step,
    so ``path`` holds either the old or the new content, never a mix, even if
    the process is killed mid-write. Large data streams through it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    # The writer's process id in the name tells a live write from a dead one's leftover.
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


#: Seconds after which a temp file of unknown writer counts as left behind.
STALE_TEMP_AGE = 3600.0


def remove_stale_temps(path: Path) -> None:
    """Delete the temp files of writes to ``path`` whose process is gone (killed
    mid-write); a write still running in another process is left alone."""
    prefix = f".{path.name}."
    try:
        found = [p for p in path.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for tmp in found:
        if not tmp.name.endswith(".tmp"):
            continue
        pid = tmp.name[len(prefix) :].split(".", 1)[0]
        with contextlib.suppress(OSError):
            if pid.isdigit():
                stale = not _alive(int(pid))
            else:  # written before names carried a process id
                stale = time.time() - tmp.stat().st_mtime > STALE_TEMP_AGE
            if stale:
                tmp.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see ``atomic_writer``)."""
    with atomic_writer(path) as handle:
        handle.write(data)


def atomic_write_json(path: Path, value: Any) -> None:
    atomic_write_bytes(path, json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8"))


def set_aside(path: Path, reason: str) -> Path:
    """Move a corrupt file out of the way (kept for inspection) and warn."""
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError:
        aside = path
    warnings.warn(f"{path} is unreadable ({reason}); set aside as {aside.name}", stacklevel=2)
    return aside


def read_json(path: Path, default: Any) -> Any:
    """The JSON in ``path``; ``default`` when missing; a corrupt file is set aside."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        set_aside(path, type(exc).__name__)
        return default
