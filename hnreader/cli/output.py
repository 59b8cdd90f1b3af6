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
from typing import TextIO

from rich.console import Console
from rich.text import Text

from ..corpus import Corpus, load
from ..i18n import reason, t

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
    """The ``PATH...`` argument every command shares."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="page files or folders of *.txt pages (default: the bundled seed pages)",
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


def report_errors(corpus: Corpus) -> None:
    """Every file that could not be loaded, as ``hnreader: <path>: <reason>``."""
    for failure in corpus.errors:
        error(f"{failure.path}: {reason(failure.reason)}")


def load_corpus(paths: Sequence[str] | None) -> Corpus | None:
    """Load ``paths`` (none: the bundled seeds) and report unreadable files.

    Returns None, after saying so, when not a single page could be loaded: the
    caller exits with the input-error status.
    """
    corpus = load(list(paths) if paths else None)
    report_errors(corpus)
    if not corpus.pages:
        error(t("cli.no_pages") + (t("cli.see_above") if corpus.errors else ""))
        return None
    return corpus


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
