"""Printing newspaper text safely: data, never markup or terminal control.

Every command prints through these helpers: ``safe`` for bare strings,
``plain`` for Rich renderables, ``console`` for the stream, ``load_corpus``
to load and report unreadable files the same way everywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.text import Text

from ..i18n import reason, t

if TYPE_CHECKING:
    from ..archive import Archive
    from ..corpus import Corpus
    from ..corpus.model import LoadError

# Anything that could move the cursor, change colours, reorder text or hide it:
# C0/C1 controls (but tab and line feed), bidi marks, overrides and isolates,
# invisible format characters, line/paragraph separators, interlinear marks.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000e0000-\U000e007f]"
)
# What must not reach a message line as it is: a line end or tab in a file
# name would start what reads as a second message.
_MESSAGE_BREAKS = re.compile("[\t\n]")
_LINE_BREAKS = re.compile(r"[\t\n]+")


def add_paths(parser: argparse.ArgumentParser) -> None:
    """The ``PATH...`` argument every command shares, and ``--archive``."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="page files or folders of *.txt pages, added to the archive if new or changed; "
        "the command answers about these pages only (default: the whole archive)",
    )
    add_archive(parser)


def add_archive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archive",
        metavar="DIR",
        help="the archive folder (default: $HNREADER_ARCHIVE, else the user data directory)",
    )


def safe(text: str) -> str:
    """Text with control, escape and bidi characters shown as visible escapes.

    The escapes (``\\u001b``) are also valid inside a JSON string, so ``safe``
    may be applied to JSON text without changing what it decodes to.
    """
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    """``\\uXXXX``, as a surrogate pair beyond the BMP (as JSON writes it)."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def one_line(text: str) -> str:
    """``safe`` text on a single line: tabs and line ends become one space.

    For one-record-per-line output, where a stray line end in a headline would
    read as a second record.
    """
    return _LINE_BREAKS.sub(" ", safe(text))


def print_json(data: object) -> None:
    """One JSON document on stdout, newspaper text kept readable and made safe."""
    import json

    # safe() turns unsafe characters into \uXXXX escapes: still the same JSON.
    sys.stdout.write(safe(json.dumps(data, ensure_ascii=False, indent=1)) + "\n")


def print_rows(rows: Iterable[Sequence[object]]) -> None:
    """Tab-separated lines, one record each (tabs and line ends inside made spaces)."""
    for row in rows:
        sys.stdout.write("\t".join(one_line(str(f)) for f in row) + "\n")


def plain(text: str) -> Text:
    """A Rich Text of newspaper text: never parsed as markup."""
    return Text(safe(text))


def console(stream: TextIO | None = None) -> Console:
    """Rich on a terminal, plain text (no colour, no wrapping) when piped."""
    stream = stream or sys.stdout
    tty = is_tty(stream)
    return Console(
        file=stream,
        force_terminal=tty,
        no_color=not tty,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=not tty,
    )


def is_tty(stream: TextIO) -> bool:
    """Whether ``stream`` is an interactive terminal (closed streams are not)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def error(message: str) -> None:
    """One ``hnreader: ...`` line on stderr; ``message`` is made safe, and one line."""
    print(f"hnreader: {_MESSAGE_BREAKS.sub(_escape, safe(message))}", file=sys.stderr)


def report_errors(errors: tuple[LoadError, ...] | list[LoadError]) -> None:
    """Every file that could not be loaded, as ``hnreader: <path>: <reason>``."""
    for failure in errors:
        error(f"{failure.path}: {reason(failure.reason)}")


def open_archive(args: argparse.Namespace) -> tuple[Archive, list[LoadError]]:
    """The archive, brought up to date with the command's paths (a progress bar on a
    terminal); and the files under those paths that could not be loaded."""
    from ..archive import open_archive as open_folder

    archive = open_folder(getattr(args, "archive", None))
    paths = list(getattr(args, "paths", None) or [])
    # (the files a command names are read by this program's segmenter, never
    # served as an earlier version left them; the whole archive's stale pages
    # are many, segmented again by the reader as it runs: only said here)
    with ingest_progress() as progress:
        report = archive.ensure(paths or None, progress=progress, restale=True)
    if not paths and (stale := len(archive.stale())):
        error(t("cli.stale_pages").format(n=stale))
    found: list[LoadError] = []
    if report is not None:
        found += report.errors
    if paths:
        found += archive.store.errors(archive.scope(paths))
    unique = list({(e.path, e.reason): e for e in found}.values())
    return archive, unique


@contextlib.contextmanager
def ingest_progress() -> Iterator[object]:
    """A progress callback drawing a bar on a terminal's stderr; None when piped."""
    if not is_tty(sys.stderr):
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn(t("cli.adding_pages")),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        transient=True,
    )
    task = bar.add_task("ingest", total=None)

    def update(done: int, total: int, _name: str = "") -> None:
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        bar.stop()


def load_corpus(args: argparse.Namespace, bodies: bool = True) -> Corpus | None:
    """The pages of the command's paths (none: the whole archive) from the archive,
    after adding new or changed files; unreadable files are reported.

    Returns None, after saying so, when not a single page could be loaded: the
    caller exits with the input-error status.
    """
    from ..corpus import Corpus

    archive, errors = open_archive(args)
    corpus = archive.corpus(args.paths or None, bodies=bodies)
    if not corpus.pages and not args.paths:
        errors = list(archive.store.errors())  # an archive of nothing but unreadable files
    report_errors(errors)
    if not corpus.pages:
        error(t("cli.no_pages") + (t("cli.see_above") if errors else ""))
        return None
    return Corpus(corpus.issues, tuple(errors))


@contextlib.contextmanager
def pipe_closed_quietly() -> Iterator[None]:
    """Stop quietly when the reader of our output goes away (``| head``).

    Without this, Python prints a BrokenPipeError traceback, and another one
    when it flushes stdout at exit.
    """
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
