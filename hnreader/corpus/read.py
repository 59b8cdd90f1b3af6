"""Files and folders -> decoded page text, with a reason for every file skipped."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .model import LoadError

#: A page of the paper is about 20 kB; anything past this is a dump, not a page.
#: Files over it are refused from their size alone, without being read.
MAX_BYTES = 8 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a zip archive",
    b"PK\x05\x06": "an empty zip archive",
    b"%PDF": "a PDF document",
    b"\x1f\x8b": "a gzip archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"\x7fELF": "an executable",
    b"Rar!": "a rar archive",
    b"7z\xbc\xaf": "a 7z archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an Office document",
    b"OggS": "an Ogg media file",
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
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
# Bytes that never occur in page text (everything below space but tab, line
# ends, form feed and escape).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


@dataclass(frozen=True, slots=True)
class RawPage:
    """The decoded text of one page file."""

    path: Path
    text: str
    encoding: str


class PageReadError(Exception):
    """A page file that cannot be read as text; the message says why."""


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[LoadError]]:
    """Expand files and folders (recursively, ``*.txt``) into page files.

    Folders are walked with symlinks followed, each real folder once, so a
    symlink loop ends. Hidden files and folders are skipped. Files given by
    name are taken whatever their suffix. Every path that yields nothing gets
    a ``LoadError`` saying why.
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
            before = len(files), len(errors)
            for found in _walk(path, errors):
                add(found)
            if (len(files), len(errors)) == before:
                errors.append(LoadError(str(path), "no .txt page files in this folder"))
        elif path.is_file():
            add(path)
        else:
            errors.append(LoadError(str(path), _missing_reason(path)))
    return files, errors


def _missing_reason(path: Path) -> str:
    """Why a path is neither a folder nor a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if path.is_symlink() and exc.errno != errno.ELOOP:
            return "broken symbolic link (its target does not exist)"
        return _os_reason(exc)
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


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
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.lower().endswith(".txt") or name.startswith("."):
                continue
            path = Path(folder, name)
            if path.is_file():
                yield path
            else:
                errors.append(LoadError(str(path), _missing_reason(path)))


def read_page(path: Path) -> RawPage:
    """Read and decode one page file; raise ``PageReadError`` with a reason.

    Memory stays bounded: a file over ``MAX_BYTES`` is refused from its size,
    and at most ``MAX_BYTES + 1`` bytes are ever read (a file may grow).
    """
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise PageReadError(_too_large(size))
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PageReadError(_os_reason(exc)) from exc
    if len(data) > MAX_BYTES:
        raise PageReadError(_too_large(len(data)))
    if not data:
        raise PageReadError("empty file")
    text, encoding = decode(data)
    text = clean_text(text)
    if not text.strip():
        raise PageReadError("no text (only whitespace or control characters)")
    return RawPage(path, text, encoding)


def _too_large(size: int) -> str:
    return (
        f"too large for one page ({_megabytes(size)}; the limit is {_megabytes(MAX_BYTES)}): "
        "split it into one file per page"
    )


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 2**20:.1f} MB"


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name); raise ``PageReadError`` when not text.

    Tried in order: a byte-order mark (UTF-8, UTF-16, UTF-32), known binary
    signatures, UTF-16 without a mark, UTF-8, then GB18030 (a superset of GBK
    and GB2312). A file cut inside its last character keeps everything before
    it; UTF-8 with a few corrupt bytes keeps the rest, each damaged character
    shown as U+FFFD. The encoding name records either repair.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_marked(data[len(bom) :], encoding)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise PageReadError(f"binary file ({what}), not page text")
    if not data:
        return "", "utf-8"
    utf16 = _utf16_without_bom(data, strong=True)
    if utf16:
        return utf16
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    else:
        # Valid UTF-8: judge the characters, not the bytes (a CJK character is
        # three bytes, a control one).
        if _mostly_controls(text):
            raise PageReadError("binary file (mostly control bytes), not page text")
        return text, "utf-8"
    if _cut_at_end(utf8_error, len(data)):
        # A download cut inside the last character: keep everything before it.
        try:
            return data[: utf8_error.start].decode("utf-8"), "utf-8 (truncated)"
        except UnicodeDecodeError:
            pass
    utf16 = _utf16_without_bom(data, strong=False)
    if utf16:
        return utf16
    if _looks_binary(data):
        raise PageReadError("binary file, not page text")
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8:
        return mostly_utf8
    for cut in range(4):  # GB18030 characters are 1, 2 or 4 bytes long
        try:
            text = data[: len(data) - cut].decode("gb18030")
        except UnicodeDecodeError:
            continue
        return text, "gb18030 (truncated)" if cut else "gb18030"
    raise PageReadError(
        f"not UTF-8, UTF-16 or GB18030 text (invalid byte at offset {utf8_error.start})"
    )


def _decode_marked(body: bytes, encoding: str) -> tuple[str, str]:
    """Decode text after a byte-order mark, forgiving a cut last character."""
    try:
        return body.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        if _cut_at_end(exc, len(body)):
            try:
                return body[: exc.start].decode(encoding), f"{encoding} (truncated)"
            except UnicodeDecodeError:
                pass
        raise PageReadError(f"invalid {encoding} text at byte {exc.start}") from exc


def _cut_at_end(exc: UnicodeDecodeError, length: int) -> bool:
    return exc.end >= length and exc.start >= length - 3


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few corrupt bytes (not another encoding): decode with U+FFFD.

    GBK text read as UTF-8 fails on nearly every Chinese character, so a
    handful of bad bytes among many good multi-byte characters means damage.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    if bad and good >= 20 * bad:
        return text, f"utf-8 ({bad} damaged character{'s' if bad > 1 else ''} replaced)"
    return None


def _utf16_without_bom(data: bytes, strong: bool) -> tuple[str, str] | None:
    """UTF-16 text with no mark: NULs mostly in one byte position.

    ``strong``: so many NULs (ASCII-heavy text) that nothing else is likely.
    Otherwise a few NULs (line ends in Chinese text) are enough when the
    result reads as text, since Chinese UTF-16 is rarely valid UTF-8.
    """
    if len(data) < 4:
        return None
    if len(data) % 2:
        data = data[:-1]
    even, odd = data[0::2].count(0), data[1::2].count(0)
    # ASCII puts its NUL in the high byte; characters such as U+4E00 put one
    # in the low byte too, so the position with more NULs tells the order.
    zeros, encoding = (odd, "utf-16-le") if odd > even else (even, "utf-16-be")
    if zeros < (len(data) // 2 * 0.3 if strong else 2):
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return (text, encoding) if _reads_as_text(text) else None


def _reads_as_text(text: str) -> bool:
    """Mostly printable Latin, CJK characters, punctuation and symbols, or whitespace."""
    sample = text[:4096]
    good = sum(
        1
        for ch in sample
        if " " <= ch <= "~"
        or ch in "\n\r\t"
        or "\u00a0" <= ch <= "\u024f"
        or "\u2000" <= ch <= "\u2bff"
        or "\u3000" <= ch <= "\u9fff"
        or ch >= "\uff00"
    )
    return good >= len(sample) * 0.9


def _looks_binary(data: bytes) -> bool:
    """Many bytes that never occur in text; a NUL or two alone is tolerated."""
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > len(sample) * 0.1


def _mostly_controls(text: str) -> bool:
    """More than half the characters are controls that never occur in text."""
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\x0b\x0c")
    return controls * 2 > len(sample)


def clean_text(text: str) -> str:
    """Unify line ends and drop what must never reach the screen.

    Removed: terminal escape sequences, C0/C1 control characters (tab becomes a
    space, vertical tab and form feed a line end), bidi overrides and invisible
    format characters. Everything else is kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    for sep in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
        text = text.replace(sep, "\n")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return (exc.strerror or str(exc)).lower()
