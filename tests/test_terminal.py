"""The reader in a real terminal (a pseudo-terminal): quitting at any moment,
and where the screen is drawn when stderr is redirected."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import time
import uuid
from pathlib import Path

import pytest

from hnreader.corpus import seeds_path

pty = pytest.importorskip("pty")

ROOT = Path(__file__).resolve().parents[1]
ALT_SCREEN = b"\x1b[?1049h"  # the full-screen UI has started drawing
#: Seconds from the key to the process gone. The aim is half a second, and an
#: idle reader quits in a quarter of that; a busy test machine can be slower.
#: Before the fix it took the whole load: many seconds.
QUIT_WITHIN = 2.0


def _pages(folder: Path, count: int) -> Path:
    """``count`` distinct pages: enough that loading takes many seconds."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_path().glob("*.txt"))]
    for n in range(count):
        path = folder / f"{n // 8:03d}" / f"page{n % 8 + 1:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{seeds[n % len(seeds)]}\n编号{n}\n", encoding="utf-8")
    return folder


class Terminal:
    """``python -m hnreader ARGS`` on a pseudo-terminal; output drained as it comes."""

    def __init__(self, args: list[str], env: dict[str, str], stderr: Path | None = None):
        self.output = b""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child
            try:
                if stderr is not None:
                    log = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                    os.dup2(log, 2)
                os.execve(sys.executable, [sys.executable, "-m", "hnreader", *args], env)
            finally:
                os._exit(127)
        self.status: int | None = None

    def drain(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and self.status is None:
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                with contextlib.suppress(OSError):  # the child closed the terminal
                    self.output += os.read(self.fd, 65536)
            self.poll()

    def wait_for(self, marker: bytes, seconds: float) -> None:
        end = time.monotonic() + seconds
        while marker not in self.output and time.monotonic() < end and self.status is None:
            self.drain(0.05)
        assert marker in self.output, self.output[-2000:]

    def poll(self) -> None:
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)

    def press(self, key: bytes) -> float:
        """Send ``key``; seconds until the process ended (inf if it did not)."""
        os.write(self.fd, key)
        start = time.monotonic()
        self.drain(10)
        return time.monotonic() - start if self.status is not None else float("inf")

    def close(self) -> None:
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def _marked_processes(mark: str) -> list[int]:
    """Processes (workers, helpers) still running with our mark in their environment."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if mark.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HNREADER_TEST_MARK": uuid.uuid4().hex,
    }


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find left processes")
@pytest.mark.parametrize("key", [b"q", b"\x03"], ids=["q", "ctrl-c"])
def test_quitting_while_loading_ends_at_once(tmp_path: Path, terminal_env, key: bytes) -> None:
    pages = _pages(tmp_path / "pages", 1000)
    term = Terminal([str(pages)], terminal_env)
    try:
        term.wait_for(ALT_SCREEN, 60)
        term.drain(2.0)  # loading is under way, worker processes running
        assert term.status is None, "loading ended before the key: the test proves nothing"
        took = term.press(key)
    finally:
        term.close()
    assert took < QUIT_WITHIN, f"took {took:.2f} s"
    assert term.status == 0
    assert b"Traceback" not in term.output
    time.sleep(1.0)  # helper processes notice their parent is gone
    assert _marked_processes(terminal_env["HNREADER_TEST_MARK"]) == []
    cache = tmp_path / "cache"
    assert not [p for p in cache.rglob("*") if p.name.endswith(".tmp")] if cache.exists() else True


def test_ui_goes_to_the_terminal_when_stderr_is_redirected(tmp_path: Path, terminal_env) -> None:
    log = tmp_path / "log"
    seeds = str(seeds_path())
    term = Terminal([seeds], terminal_env, stderr=log)
    try:
        term.wait_for(ALT_SCREEN, 60)
        term.drain(1.0)
        term.press(b"q")
    finally:
        term.close()
    assert ALT_SCREEN in term.output
    assert ALT_SCREEN not in log.read_bytes()
    assert b"\x1b[" not in log.read_bytes()
