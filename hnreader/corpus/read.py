"""Files and folders -> decoded page text, with a reason for every file skipped."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import LoadError

#: A page of the paper is about 20 kB; anything past this is not one page.
MAX_BYTES = 16 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"Rar!": "a rar archive",
    b"7z\xbc\xaf": "a 7z archive",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Terminal escape sequences (CSI, OSC, other ESC forms), then every control,
# bidi-override and invisible format character: text is data for display.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


@dataclass(frozen=True, slots=True)
class RawPage:
    """The decoded text of one page file."""

    path: Path
    text: str
    encoding: str


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[LoadError]]:
    """Expand files and folders (recursively, ``*.txt``) into page files.

    Folders are walked with symlinks followed once: a loop is visited a single
    time. Files given by name are taken whatever their suffix.
    """
    files: list[Path] = []
    errors: list[LoadError] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for found in _walk(path, errors):
                add(found)
        elif path.is_file():
            add(path)
        elif path.is_symlink():
            errors.append(LoadError(str(path), "broken symbolic link"))
        elif path.exists():
            errors.append(LoadError(str(path), "not a regular file"))
        else:
            errors.append(LoadError(str(path), "no such file or directory"))
    return files, errors


def _walk(root: Path, errors: list[LoadError]) -> Iterator[Path]:
    visited: set[str] = set()

    def onerror(exc: OSError) -> None:
        errors.append(LoadError(str(exc.filename or root), _os_reason(exc)))

    for folder, dirs, names in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(folder)
        if real in visited:
            dirs[:] = []
            continue
        visited.add(real)
        dirs.sort()
        for name in sorted(names):
            if not name.lower().endswith(".txt") or name.startswith("."):
                continue
            path = Path(folder, name)
            if path.is_file():
                yield path
            elif path.is_symlink():
                errors.append(LoadError(str(path), "broken symbolic link"))


def read_page(path: Path) -> RawPage:
    """Read and decode one page file; raise ``PageReadError`` with a reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PageReadError(
                f"too large for one page ({size / 1e6:.0f} MB; the limit is "
                f"{MAX_BYTES / 1e6:.0f} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PageReadError(_os_reason(exc)) from exc
    text, encoding = decode(data)
    return RawPage(path, clean_text(text), encoding)


class PageReadError(Exception):
    """A page file that cannot be read as text."""


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> text: BOMs first, then UTF-8, UTF-16 without BOM, GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise PageReadError(f"invalid {encoding} text at byte {exc.start}") from exc
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise PageReadError(f"binary file ({what}), not page text")
    if not data:
        return "", "utf-8"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            # A download cut inside the last character: keep everything before it.
            return data[: exc.start].decode("utf-8"), "utf-8 (truncated)"
        utf8_error = exc
    if _looks_binary(data):
        raise PageReadError("binary file, not page text")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    raise PageReadError(
        f"not UTF-8, UTF-16 or GB18030 text (invalid byte at offset {utf8_error.start})"
    )


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text of mostly ASCII/CJK shows NULs in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    half = len(data) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > half * 0.3 and min(even, odd) == 0:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls > len(sample) * 0.05 or b"\x00\x00" in sample


def clean_text(text: str) -> str:
    """Unify line ends and drop what must never reach the screen."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if exc.errno == 40:  # ELOOP
        return "symbolic link loop"
    return exc.strerror or str(exc)
