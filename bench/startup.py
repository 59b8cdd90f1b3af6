"""Time to the first useful frame: hnreader vs a bare Textual app with a ListView and a Footer.

Each app runs in its own process on a pseudo-terminal (the real driver, not the
headless one), hnreader as on a fresh machine (a new archive, no jieba cache).
The time runs from spawning the process to the frame that shows the bare app's
list (Textual's ``Ready``) or the seeds' headlines in the reader. Runs
alternate between the two apps; medians and their ratio are printed.

    python bench/startup.py [--runs 7] [--size 120x40]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from pathlib import Path

CHILD = r"""
import os, sys, time
kind, out = sys.argv[1], sys.argv[2]
if kind == "bare":
    from textual.app import App
    from textual.widgets import Footer, Label, ListItem, ListView

    class Base(App):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self):
            yield ListView(*[ListItem(Label(f"item {n}")) for n in range(40)])
            yield Footer()

    args = {}
else:
    from hnreader.app import ReaderApp as Base

    args = {"state_dir": sys.argv[3]}


def stamp():
    with open(out, "w") as handle:
        handle.write(repr(time.time()))
    os._exit(0)


class Timed(Base):
    def on_ready(self):
        if kind == "bare":
            stamp()  # a list and a footer on screen: its first useful frame

    def on_corpus_loaded(self, message):
        # The seeds' headlines are listed once this frame is drawn.
        super().on_corpus_loaded(message)
        self.call_after_refresh(stamp)


Timed(**args).run()
"""


def spawn(kind: str, size: tuple[int, int], state_dir: str) -> float:
    """Seconds from spawn to first frame for one run of ``kind``."""
    with tempfile.NamedTemporaryFile(suffix=".t", delete=False) as handle:
        out = handle.name
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    fresh = tempfile.mkdtemp()  # a fresh machine: no archive, no jieba cache
    env = dict(
        os.environ,
        TERM="xterm-256color",
        COLORTERM="truecolor",
        HNREADER_ARCHIVE=os.path.join(fresh, "archive"),
        XDG_CACHE_HOME=os.path.join(fresh, "cache"),
    )

    def drain() -> None:
        try:
            while os.read(master, 65536):
                pass
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, out, state_dir],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    try:
        proc.wait(timeout=60)
    finally:
        os.close(master)
    text = Path(out).read_text()
    Path(out).unlink()
    shutil.rmtree(fresh, ignore_errors=True)
    if not text:
        raise RuntimeError(f"{kind} exited with {proc.returncode} before its first frame")
    return float(text) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    times: dict[str, list[float]] = {"bare": [], "hnreader": []}
    with tempfile.TemporaryDirectory() as state_dir:
        for kind in times:  # warm the file cache; not counted
            spawn(kind, size, state_dir)
        for _ in range(args.runs):
            for kind in times:
                times[kind].append(spawn(kind, size, state_dir))
    print(
        f"time to first frame, {args.runs} runs each, {args.size} pty, "
        f"python {sys.version.split()[0]}"
    )
    for kind, values in times.items():
        print(
            f"  {kind:9} median {statistics.median(values) * 1000:6.0f} ms   "
            f"min {min(values) * 1000:6.0f}  max {max(values) * 1000:6.0f}"
        )
    ratio = statistics.median(times["hnreader"]) / statistics.median(times["bare"])
    print(f"  ratio     {ratio:.2f}x (target: within 1.5x)")


if __name__ == "__main__":
    main()
