"""Printing newspaper text safely: data, never markup or terminal control."""

from __future__ import annotations

import re
import sys
from typing import TextIO

from rich.console import Console
from rich.text import Text

# Anything that could move the cursor, change colours, reorder text or hide it.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def safe(text: str) -> str:
    """Text with control, escape and bidi characters shown as visible escapes."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def plain(text: str) -> Text:
    """A Rich Text of newspaper text: never parsed as markup."""
    return Text(safe(text))


def console(stream: TextIO | None = None) -> Console:
    """Rich on a terminal, plain text (no colour, no wrapping) when piped."""
    stream = stream or sys.stdout
    tty = stream.isatty()
    return Console(
        file=stream,
        force_terminal=tty,
        no_color=not tty,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=not tty,
    )
