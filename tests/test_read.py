"""hnreader.corpus.read: finding page files, decoding them, cleaning their text."""

from __future__ import annotations

import codecs
import os
import stat
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from hnreader.corpus.read import (
    MAX_BYTES,
    PageReadError,
    RawPage,
    clean_text,
    decode,
    discover,
    read_page,
)

TEXT = "湖南日报3月8日讯（记者 张三）长沙今年一季度增长7%以上。\n第二段：Hello world，数字2025。\n"


# --- decode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32-le"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "gb18030",
        "gbk",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "utf32le-bom",
    ],
)
def test_decode_encodings(data: bytes, encoding: str) -> None:
    assert decode(data) == (TEXT, encoding)


def test_decode_seed_pages_in_every_encoding(seed_files: list[Path]) -> None:
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        for encoding in ("gb18030", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-16"):
            assert decode(text.encode(encoding))[0] == text, (path.name, encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_decode_file_cut_inside_last_character(encoding: str) -> None:
    data = TEXT.rstrip("\n").encode(encoding)[:-1]
    text, used = decode(data)
    assert used.endswith("(truncated)")
    assert text == TEXT.rstrip("\n")[:-1]


def test_decode_utf8_with_a_few_corrupt_bytes_keeps_the_rest() -> None:
    data = (TEXT * 20).encode("utf-8")
    middle = data.index("第二段".encode()) + 1  # inside a character
    text, used = decode(data[:middle] + b"\xff" + data[middle:])
    assert used.startswith("utf-8 (") and "replaced" in used
    assert "\ufffd" in text
    assert text.count("湖南日报") == 20


def test_decode_keeps_nul_bytes_for_cleaning() -> None:
    text, used = decode(TEXT.encode("utf-8").replace("。".encode(), "。\x00".encode()))
    assert used == "utf-8"
    assert clean_text(text) == TEXT


def _zip_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "a.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("page.txt", TEXT)
    return target.read_bytes()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (bytes(range(256)) * 16, "binary"),
        (b"\x1f\x8b\x08" + bytes(100), "gzip"),
    ],
    ids=["png", "pdf", "all-bytes", "gzip"],
)
def test_decode_refuses_binary(data: bytes, reason: str) -> None:
    with pytest.raises(PageReadError, match=reason):
        decode(data)


def test_decode_refuses_zip(tmp_path: Path) -> None:
    with pytest.raises(PageReadError, match="zip archive"):
        decode(_zip_bytes(tmp_path))


def test_decode_refuses_invalid_utf16_after_bom() -> None:
    # A lone low surrogate cannot be decoded.
    with pytest.raises(PageReadError, match="utf-16-le"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xdc" + "正文".encode("utf-16-le"))


# --- clean_text ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("一\r\n二\r三\n", "一\n二\n三\n"),
        ("a\tb", "a b"),
        ("红\x1b[31m色\x1b[0m", "红色"),
        ("链\x1b]8;;http://x.example\x1b\\接\x1b]8;;\x1b\\", "链接"),
        ("标题\x1b]0;title\x07", "标题"),
        ("\u202egnp.exe\u202c正文", "gnp.exe正文"),
        ("零\u200b宽\ufeff字\u2066符\u2069", "零宽字符"),
        ("空\x00字\x07符\x7f\x9b", "空字符"),
        ("八位\x9b31m控制", "八位控制"),
        ("分\x0c页\x0b符\u2028行", "分\n页\n符\n行"),
        ("[bold]不是标记[/]", "[bold]不是标记[/]"),
    ],
)
def test_clean_text(dirty: str, clean: str) -> None:
    assert clean_text(dirty) == clean


# --- read_page ----------------------------------------------------------------------------


def test_read_page_returns_raw_page(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert read_page(path) == RawPage(path, TEXT, "gb18030")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\r\n\t \xe3\x80\x80\n", "only whitespace"),
        (b"\x1b[0m\n", "no text"),
    ],
    ids=["empty", "whitespace", "escapes-only"],
)
def test_read_page_refuses_pages_without_text(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(data)
    with pytest.raises(PageReadError, match=reason):
        read_page(path)


def test_read_page_refuses_huge_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: instant, no disk used
    tracemalloc.start()
    try:
        with pytest.raises(PageReadError, match=r"too large for one page \(200 MB"):
            read_page(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1 * 2**20


def test_read_page_bounds_a_file_growing_while_read(tmp_path: Path, monkeypatch) -> None:
    # stat says small, the read finds more: still refused, never more than the limit read.
    path = tmp_path / "growing.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_BYTES + 10)
    real_fstat = os.fstat

    class Small:
        st_size = 10
        st_mode = stat.S_IFREG | 0o644

    monkeypatch.setattr(os, "fstat", lambda fd: Small if fd > 2 else real_fstat(fd))
    with pytest.raises(PageReadError, match="too large"):
        read_page(path)


def test_read_page_permission_denied(tmp_path: Path, monkeypatch) -> None:
    import hnreader.corpus.read as read_module

    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(read_module, "_open_page", denied)
    with pytest.raises(PageReadError, match="permission denied"):
        read_page(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_read_page_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(PageReadError, match="permission denied"):
        read_page(path)


# --- discover -----------------------------------------------------------------------------


def _tree(root: Path) -> None:
    for rel in (
        "b.txt",
        "a.txt",
        "sub/c.TXT",
        "sub/deeper/d.txt",
        "notes.md",
        "scan.png",
        "page.txt.bak",
        ".hidden.txt",
        ".git/e.txt",
        "sub/f.txt~",
    ):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(TEXT, encoding="utf-8")


def test_discover_walks_folders_for_txt_in_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    files, errors = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == [
        "a.txt",
        "b.txt",
        "sub/c.TXT",
        "sub/deeper/d.txt",
    ]
    assert errors == []


def test_discover_takes_named_files_whatever_their_suffix(tmp_path: Path) -> None:
    _tree(tmp_path)
    files, errors = discover([tmp_path / "notes.md", tmp_path / "a.txt", tmp_path / "a.txt"])
    assert files == [tmp_path / "notes.md", tmp_path / "a.txt"]
    assert errors == []


def test_discover_reports_missing_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.md").write_text("x", encoding="utf-8")
    files, errors = discover([tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "other"])
    assert files == []
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("nope.txt", "no such file or directory"),
        ("empty", "no .txt page files in this folder"),
        ("other", "no .txt page files in this folder"),
    ]


def test_discover_symlinks(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "real.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop
    files, errors = discover([tmp_path])
    assert [p.name for p in files] == ["alias.txt"]  # real.txt is the same file
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons == {
        "dangling.txt": "broken symbolic link (its target does not exist)",
        "loop1.txt": "symbolic link loop",
        "loop2.txt": "symbolic link loop",
    }
    named, named_errors = discover([tmp_path / "dangling.txt", tmp_path / "loop1.txt"])
    assert named == []
    assert [e.reason for e in named_errors] == [
        "broken symbolic link (its target does not exist)",
        "symbolic link loop",
    ]


def test_discover_refuses_a_named_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files, errors = discover([fifo, tmp_path])  # must not block on reading it
    assert files == []
    assert {e.reason for e in errors} == {"a named pipe, not a regular file"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists folders whatever their mode")
def test_discover_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "p.txt").write_text(TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        files, errors = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert files == []
    assert any(e.reason == "permission denied" for e in errors)
