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
from typing import BinaryIO

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
# Terminal control sequences, each removed only as far as its own syntax goes:
# bounded in length and never past a line end. Anything else that starts with
# ESC (a stray or unfinished sequence) loses the ESC alone and keeps its text.
#: Longest parameter run of a CSI sequence (colours, cursor moves) removed.
MAX_CSI_PARAMETERS = 64
#: Longest payload of an OSC/DCS/SOS/PM/APC string (a title, a hyperlink) removed.
MAX_STRING_PAYLOAD = 2048
_SEQUENCES = re.compile(
    rf"\x1b\[[0-?]{{0,{MAX_CSI_PARAMETERS}}}[ -/]{{0,8}}[@-~]"  # CSI
    rf"|\x9b[0-?]{{0,{MAX_CSI_PARAMETERS}}}[ -/]{{0,8}}[@-~]"  # 8-bit CSI
    rf"|\x1b\][^\x00-\x1f\x7f]{{0,{MAX_STRING_PAYLOAD}}}(?:\x07|\x1b\\)"  # OSC: BEL or ST
    rf"|\x1b[PX^_][^\x00-\x1f\x7f]{{0,{MAX_STRING_PAYLOAD}}}\x1b\\"  # DCS SOS PM APC: ST
    r"|\x1b[ -/]{1,4}[0-~]"  # character set designations and the like
    r"|\x1b[0-?@-OQ-WYZ\\`-~]"  # two-character sequences, but not a string's opener
)
# Every control, bidi-override and invisible format character: text is data
# for display, and a soft hyphen or a tag character must not hide in a match.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e007f"
)
_CONTROLS = re.compile(f"[\x00-\x08\x0e-\x1f\x7f-\x9f{_INVISIBLE}]")
# What a file name may not show as it is: any control (line ends and tabs
# too, so a name never forges a line of output) and the invisible characters.
_NAME_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_INVISIBLE}]")
# Bytes that never occur in page text (everything below space but tab, line
# ends, form feed and escape).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
# Bytes that carry no text: controls and the space.
_BLANK_BYTES = bytes(range(33)) + b"\x7f"
NO_TEXT = "no text (only whitespace or control characters)"


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
    symlink loop ends; the walk keeps its own stack, so no depth of nesting
    is too deep. Hidden files and folders are skipped. Files given by name are
    taken whatever their suffix. Every path that yields nothing, and every
    folder that cannot be entered, gets a ``LoadError`` saying why; the rest
    is still found.
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
        if not os.fspath(given):
            # Path("") is the current folder: an empty argument is a mistake, not "here".
            errors.append(LoadError("''", "empty path (name a page file or a folder)"))
            continue
        path = Path(given)
        try:
            mode = path.stat().st_mode
        except OSError:
            errors.append(LoadError(display_path(path), _missing_reason(path)))
            continue
        if stat.S_ISDIR(mode):
            before = len(files), len(errors)
            for found in _walk(path, errors):
                add(found)
            if (len(files), len(errors)) == before:
                errors.append(LoadError(display_path(path), "no .txt page files in this folder"))
        elif stat.S_ISREG(mode):
            add(path)
        else:
            errors.append(LoadError(display_path(path), _missing_reason(path)))
    return files, errors


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that shows every byte and hides nothing.

    Bytes that are not UTF-8 (a GBK file name from a Windows zip) become
    ``\\xNN``; controls (line ends too), bidi and invisible characters become
    ``\\uNNNN``. The result is valid text for any output, and one line.
    """
    text = os.fsencode(path).decode("utf-8", errors="backslashreplace")
    return _NAME_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _missing_reason(path: Path) -> str:
    """Why a path is neither a folder nor a regular file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        try:
            link = path.is_symlink()
        except OSError:
            link = False
        if link and exc.errno != errno.ELOOP:
            return "broken symbolic link (its target does not exist)"
        return _os_reason(exc)
    return _kind_reason(mode)


def _kind_reason(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISDIR(mode):
        return "is a directory"
    return "not a regular file"


def _walk(root: Path, errors: list[LoadError]) -> Iterator[Path]:
    """Page files under ``root``, depth first in name order, without recursion."""
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:  # a folder is known by its device and inode: one call, however deep
            st = folder.stat()
        except OSError as exc:
            errors.append(LoadError(display_path(folder), _os_reason(exc)))
            continue
        if (st.st_dev, st.st_ino) in visited:
            continue
        visited.add((st.st_dev, st.st_ino))
        entries = _folder_entries(folder, errors)
        folders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(folder, entry.name)
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                folders.append(path)
            elif entry.name.lower().endswith(".txt"):
                try:
                    regular = entry.is_file()
                except OSError:
                    regular = False
                if regular:
                    yield path
                else:
                    errors.append(LoadError(display_path(path), _missing_reason(path)))
        stack.extend(reversed(folders))


def _folder_entries(folder: Path, errors: list[LoadError]) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` in name order; [] after reporting why not."""
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda e: e.name)
    except OSError as exc:
        errors.append(LoadError(display_path(folder), _os_reason(exc)))
        return []
    if entries and not os.access(folder, os.X_OK):
        # Listed but not searchable (mode r--): no file in it can be opened.
        errors.append(
            LoadError(display_path(folder), "permission denied (folder can be listed, not entered)")
        )
        return []
    return entries


def read_page(path: Path) -> RawPage:
    """Read and decode one page file; raise ``PageReadError`` with a reason.

    Memory stays bounded: a file over ``MAX_BYTES`` is refused from its size,
    and at most ``MAX_BYTES + 1`` bytes are ever read (a file may grow). The
    file is opened without blocking and must be a regular file once open: a
    named pipe swapped in after discovery is refused, never waited on.
    """
    try:
        with _open_page(path) as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise PageReadError(_kind_reason(st.st_mode))
            if st.st_size > MAX_BYTES:
                raise PageReadError(_too_large(st.st_size))
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PageReadError(_os_reason(exc)) from exc
    if len(data) > MAX_BYTES:
        raise PageReadError(_too_large(len(data)))
    if not data:
        raise PageReadError("empty file")
    text, encoding = decode(data)
    text, notes = clean_text_noting(text)
    if not text.strip():
        raise PageReadError(NO_TEXT)
    return RawPage(path, text, "; ".join((encoding, *notes)))


def _open_page(path: Path) -> BinaryIO:
    """``path`` open for reading, without waiting for a writer if it is a pipe."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    return open(fd, "rb")


#: Characters beyond which a file is not one page (a real page holds about
#: 7,000): such a file is segmented in parts.
SPLIT_ABOVE = 30_000
#: Characters of each part: about a page. Segmentation compares a page's
#: paragraphs pairwise, so parts of bounded size keep the cost of a huge
#: file linear in its size (measured: 10 s/MB in 8,000-character parts,
#: 41 s/MB in 16,000).
PART_CHARS = 8_000
_BLANK_RUN = re.compile(r"\n[ \u3000]*\n")
_SENTENCE_END = re.compile(r"[。！？；!?;]")


def split_parts(text: str, limit: int | None = None) -> list[str]:
    """``text`` whole if it may be one page, else in parts of at most ``limit``
    characters (default ``PART_CHARS``), cut where the text allows.

    Each cut is at the last blank-line run of the part, else its last line end,
    else its last sentence end, else at the limit (one giant line). Only line
    ends at the cuts are dropped: every other character is kept, in order.
    """
    if len(text) <= (limit or SPLIT_ABOVE):
        return [text]
    limit = limit or PART_CHARS
    parts = []
    start = 0
    while len(text) - start > limit:
        cut = _cut(text, start, start + limit)
        parts.append(text[start:cut])
        start = cut
    parts.append(text[start:])
    return [p.strip("\n") for p in parts if p.strip()]


def _cut(text: str, start: int, end: int) -> int:
    """Where to end the part ``text[start:end]``: after its last natural break."""
    floor = start + (end - start) // 4  # never a sliver of a part
    blanks = [m.end() for m in _BLANK_RUN.finditer(text, floor, end)]
    if blanks:
        return blanks[-1]
    line_end = text.rfind("\n", floor, end)
    if line_end >= 0:
        return line_end + 1
    sentences = [m.end() for m in _SENTENCE_END.finditer(text, floor, end)]
    return sentences[-1] if sentences else end


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
    signatures, UTF-32 and UTF-16 without a mark, UTF-8, then GB18030 (a
    superset of GBK and GB2312) when the result reads as Chinese. A file cut
    inside its last character keeps everything before it; UTF-8 with a few
    corrupt bytes keeps the rest, each damaged character shown as U+FFFD. The
    encoding name records either repair.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_marked(data[len(bom) :], encoding)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise PageReadError(f"binary file ({what}), not page text")
    if not data:
        return "", "utf-8"
    if not data.translate(None, _BLANK_BYTES):
        raise PageReadError(NO_TEXT)
    unmarked = _utf32_without_bom(data) or _utf16_without_bom(data, strong=True)
    if unmarked:
        return unmarked
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
        if not _reads_as_chinese(text):
            break
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


#: One well-formed UTF-8 character (RFC 3629: no overlong forms, no surrogates).
_UTF8_CHAR = (
    rb"[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_UTF8_RUN = re.compile(rb"(?:" + _UTF8_CHAR + rb")+")
#: Bytes one damaged character of Chinese UTF-8 spans (a CJK character is 3 bytes).
DAMAGED_CHARACTER_BYTES = 3
#: Good non-ASCII characters needed per damaged one to call a file damaged UTF-8.
UTF8_GOOD_PER_DAMAGED = 20


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few corrupt bytes (not another encoding): decode with U+FFFD.

    GBK text read as UTF-8 fails on nearly every Chinese character, so a
    handful of bad bytes among many good multi-byte characters means damage.
    Each run of bad bytes counts (and shows) as the characters it spans: one
    corrupt byte spoils one character, not three.
    """
    rough = data.decode("utf-8", errors="replace")
    pieces = rough.count("\ufffd")  # at least one per damaged character, at most three
    good = sum(1 for ch in rough if ch > "\x7f") - pieces
    if not pieces or good < UTF8_GOOD_PER_DAMAGED * -(-pieces // DAMAGED_CHARACTER_BYTES):
        return None
    parts: list[str] = []
    damaged = end = 0
    for run in _UTF8_RUN.finditer(data):
        damaged += _damaged(run.start() - end)
        parts += "\ufffd" * _damaged(run.start() - end), run.group().decode("utf-8")
        end = run.end()
    damaged += _damaged(len(data) - end)
    parts.append("\ufffd" * _damaged(len(data) - end))
    if good < UTF8_GOOD_PER_DAMAGED * damaged:
        return None
    plural = "s" if damaged > 1 else ""
    return "".join(parts), f"utf-8 ({damaged} damaged character{plural} replaced)"


def _damaged(bad_bytes: int) -> int:
    return -(-bad_bytes // DAMAGED_CHARACTER_BYTES)


def _utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 text with no mark: every fourth byte NUL, the next one at most 0x10."""
    if len(data) < 8:
        return None
    cut = len(data) % 4
    body = data[: len(data) - cut]
    units = len(body) // 4
    for encoding, high, plane in (("utf-32-le", 3, 2), ("utf-32-be", 0, 1)):
        if body[high::4].count(0) == units and max(body[plane::4]) <= 0x10:
            try:
                text = body.decode(encoding)
            except UnicodeDecodeError:
                return None
            if not _reads_as_text(text):
                return None
            return text, f"{encoding} (truncated)" if cut else encoding
    return None


def _utf16_without_bom(data: bytes, strong: bool) -> tuple[str, str] | None:
    """UTF-16 text with no mark: NULs mostly in one byte position.

    ``strong``: so many NULs (ASCII-heavy text) that nothing else is likely.
    Otherwise a few NULs (line ends in Chinese text) are enough when the
    result reads as text, since Chinese UTF-16 is rarely valid UTF-8. A file
    cut inside its last character keeps the rest, marked truncated.
    """
    if len(data) < 4:
        return None
    cut = len(data) % 2
    body = data[: len(data) - cut]
    even, odd = body[0::2].count(0), body[1::2].count(0)
    # ASCII puts its NUL in the high byte; characters such as U+4E00 put one
    # in the low byte too, so the position with more NULs tells the order.
    zeros, encoding = (odd, "utf-16-le") if odd > even else (even, "utf-16-be")
    if zeros < (len(body) // 2 * 0.3 if strong else 2):
        return None
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        # Only a surrogate pair cut at the very end is forgiven.
        if not _cut_at_end(exc, len(body)):
            return None
        text, cut = body[: exc.start].decode(encoding, errors="ignore"), 1
    if not _reads_as_text(text):
        return None
    return text, f"{encoding} (truncated)" if cut else encoding


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


#: Share of a GB18030 decoding's Chinese characters that must be common ones
#: (GB2312, which holds every character of ordinary news text). Other bytes
#: (UTF-16 without a mark, say) decode to rare characters and Latin noise.
GB2312_SHARE = 0.5


def _reads_as_chinese(text: str) -> bool:
    """A GB18030 decoding that reads as text, not as bytes of something else."""
    if not _reads_as_text(text):
        return False
    sample = text[:8192]
    wide = sum(1 for ch in sample if ch > "\x7f")
    if not wide:
        return True
    common = sum(1 for ch in sample if ch > "\x7f" and _in_gb2312(ch))
    return common >= wide * GB2312_SHARE


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


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
    """Unify line ends and drop what must never reach the screen (see ``clean_text_noting``)."""
    return clean_text_noting(text)[0]


def clean_text_noting(text: str) -> tuple[str, list[str]]:
    """Unify line ends and drop what must never reach the screen; say what went.

    Removed: terminal control sequences (each only as far as its syntax goes),
    then any other ESC alone, C0/C1 control characters (tab becomes a space,
    vertical tab and form feed a line end), bidi overrides and invisible
    format characters. Everything else is kept. The notes count the escape
    sequences and stray ESCs removed, for the page's record.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    for sep in ("\u2028", "\u2029", "\x0b", "\x0c", "\x85"):
        text = text.replace(sep, "\n")
    notes = []
    text, sequences = _SEQUENCES.subn("", text)
    if sequences:
        notes.append(_count(sequences, "terminal escape sequence") + " removed")
    stray = text.count("\x1b")
    if stray:
        notes.append(_count(stray, "stray escape character") + " removed")
    return _CONTROLS.sub("", text), notes


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' if n > 1 else ''}"


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
