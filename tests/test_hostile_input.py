"""Input made to hurt: stray escapes, odd encodings, odd names, odd folders.

Each case loses no text, never hangs, and says what it did.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from hnreader.corpus import load
from hnreader.corpus.read import (
    PART_CHARS,
    SPLIT_ABOVE,
    PageReadError,
    clean_text,
    clean_text_noting,
    decode,
    discover,
    read_page,
    split_parts,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "湘江新区发布人工智能产业扶持政策\n"
    "湖南日报5月12日讯（全媒体记者 李明）记者今天从湘江新区获悉，新区出台十条措施支持人工智能"
    "企业发展，对新落户企业给予最高500万元奖励。\n"
    "新区相关负责人表示，将加快建设算力中心，力争到年底聚集相关企业200家以上。\n"
)


# --- escape sequences: removed only as far as their syntax goes ---------------------------


@pytest.mark.parametrize("opener", ["\x1b]", "\x1bP", "\x1b_", "\x1b^", "\x1bX"])
def test_unfinished_string_escape_keeps_the_rest_of_the_page(opener: str) -> None:
    page = "标题\n" + opener + "正文" + TEXT * 40
    cleaned, notes = clean_text_noting(page)
    assert cleaned == "标题\n" + opener[1:] + "正文" + TEXT * 40
    assert notes == ["1 stray escape character removed"]


def test_dcs_opener_before_text_keeps_the_text() -> None:
    assert clean_text("空气质量\x1bPM2.5指数下降\n次日") == "空气质量PM2.5指数下降\n次日"


def test_string_escape_never_crosses_a_line_end() -> None:
    assert clean_text("甲\x1b]0;标题\n乙丙\x07丁") == "甲]0;标题\n乙丙丁"
    assert clean_text("甲\x1bP数据\n乙\x1b\\丙") == "甲P数据\n乙丙"


def test_string_escape_is_bounded_in_length() -> None:
    payload = "字" * 5000
    assert clean_text(f"甲\x1b]0;{payload}\x07乙") == f"甲]0;{payload}乙"


def test_finished_sequences_go_and_are_counted() -> None:
    cleaned, notes = clean_text_noting("红\x1b[31m色\x1b[0m\x1b]0;t\x07字\x1bP1$r\x1b\\")
    assert cleaned == "红色字"
    assert notes == ["4 terminal escape sequences removed"]


def test_page_records_what_was_removed(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("\x1b[1m" + TEXT + "\x1b]不完整", encoding="utf-8")
    raw = read_page(path)
    assert raw.text == TEXT + "]不完整"
    assert raw.encoding == (
        "utf-8; 1 terminal escape sequence removed; 1 stray escape character removed"
    )
    (page,) = load([path]).pages
    assert page.encoding == raw.encoding


# --- messages that say the right thing -----------------------------------------------------


@pytest.mark.parametrize("data", [b"\x01\x02\x03\x1b\x7f", b"\x00" * 64, b"\x1b\x1b\n\x08 \x0c"])
def test_control_bytes_only_is_no_text(data: bytes) -> None:
    with pytest.raises(PageReadError, match=r"^no text"):
        decode(data)


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom(encoding: str) -> None:
    assert decode(TEXT.encode(encoding)) == (TEXT, encoding)
    assert decode(TEXT.encode(encoding)[:-2]) == (TEXT[:-1], f"{encoding} (truncated)")


def test_damaged_character_count_is_exact() -> None:
    data = bytearray((TEXT * 3).encode("utf-8"))
    first = (TEXT * 3).index("湘")
    second = (TEXT * 3).index("区")
    lead = len((TEXT * 3)[:first].encode("utf-8"))
    middle = len((TEXT * 3)[:second].encode("utf-8")) + 1
    data[lead] = 0xFF  # a lead byte spoilt: three bad bytes, one character
    data[middle] = 0xC0  # a continuation byte spoilt
    text, encoding = decode(bytes(data))
    assert encoding == "utf-8 (2 damaged characters replaced)"
    assert text.count("\ufffd") == 2


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_truncated_utf16_without_bom_is_marked(encoding: str) -> None:
    data = TEXT.encode(encoding)
    assert decode(data) == (TEXT, encoding)
    assert decode(data[:-1]) == (TEXT[:-1], f"{encoding} (truncated)")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["湖南日报社", "湖南日报\n"])
def test_thin_utf16_is_not_text_rather_than_garbage(text: str, encoding: str) -> None:
    with pytest.raises(PageReadError, match="not UTF-8, UTF-16 or GB18030 text"):
        decode(text.encode(encoding))


def test_gbk_still_reads() -> None:
    assert decode(TEXT.encode("gbk")) == (TEXT, "gb18030")
    assert decode("湖南日报".encode("gbk")) == ("湖南日报", "gb18030")


@pytest.mark.parametrize(
    "invisible", ["\u00ad", "\u180e", "\U000e0041\U000e0042", "\u3164", "\u034f", "\u061c"]
)
def test_invisible_format_characters_are_removed(invisible: str, tmp_path: Path) -> None:
    assert clean_text(f"智{invisible}赋万企") == "智赋万企"
    path = tmp_path / "p.txt"
    path.write_text(TEXT.replace("人工", f"人{invisible}工"), encoding="utf-8")
    assert read_page(path).text == TEXT


# --- a FIFO swapped in after discovery ------------------------------------------------------


def test_fifo_swapped_in_after_discovery_is_refused_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(TEXT, encoding="utf-8")
    files, _ = discover([tmp_path])
    path.unlink()
    os.mkfifo(path)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_read_or_reason(files[0])))
    reader.daemon = True
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # free the blocked reader: a writer that closes at once
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
    assert outcome == ["a named pipe, not a regular file"]


def _read_or_reason(path: Path) -> object:
    try:
        return read_page(path)
    except PageReadError as exc:
        return str(exc)


# --- folders ---------------------------------------------------------------------------------


def test_a_thousand_nested_folders(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1000):
        deep = deep / "d"
        deep.mkdir()
    (deep / "p.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT.replace("李明", "王芳"), encoding="utf-8")
    try:
        files, errors = discover([tmp_path])
    finally:  # shutil.rmtree recurses: take the tree down level by level
        (deep / "p.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent
    assert errors == []
    assert files[0] == tmp_path / "a.txt"
    assert len(files) == 2 and files[1].parts[-1001:] == ("d",) * 1000 + ("p.txt",)


def test_empty_path_argument_is_an_error_not_the_current_folder(
    tmp_path: Path, monkeypatch, cli
) -> None:
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files, errors = discover([""])
    assert files == []
    assert [(e.path, e.reason) for e in errors] == [
        ("''", "empty path (name a page file or a folder)")
    ]
    code, out, err = cli("list", "")
    assert (code, out) == (2, "")
    assert "hnreader: '': empty path" in err


def _unprivileged_user() -> str:
    """A user without root's powers over file modes; skip when none can be had."""
    if os.geteuid() != 0:
        return ""
    name = "hnreader-test"
    try:
        import pwd

        pwd.getpwnam(name)
    except KeyError:
        if not shutil.which("useradd"):
            pytest.skip("running as root and no useradd to create an unprivileged user")
        made = subprocess.run(["useradd", "--no-create-home", name], capture_output=True)
        if made.returncode not in (0, 9):  # 9: exists already
            pytest.skip(f"cannot create an unprivileged user: {made.stderr!r}")
    return name


def test_folder_listed_but_not_searchable_is_reported_and_the_rest_loads(tmp_path: Path) -> None:
    user = _unprivileged_user()
    # pytest's own temporary folders are private to root: use a shared one.
    base = Path(tmp_path_factory_shared())
    # The checkout may sit in a folder only root can enter (a private temporary
    # clone): the other user reads a copy of the package from a shared folder.
    code = Path(tmp_path_factory_shared())
    shutil.copytree(
        ROOT / "hnreader", code / "hnreader", ignore=shutil.ignore_patterns("__pycache__")
    )
    try:
        (base / "ok").mkdir()
        (base / "ok" / "a.txt").write_text(TEXT, encoding="utf-8")
        (base / "locked").mkdir()
        (base / "locked" / "b.txt").write_text(TEXT.replace("李明", "王芳"), encoding="utf-8")
        (base / "locked").chmod(0o444)  # r--: names can be listed, files not opened
        # discover() alone: it needs nothing outside the standard library, so
        # the system's Python runs it for a user who cannot read root's files.
        script = (
            "import json, sys\n"
            "from hnreader.corpus.read import discover\n"
            "files, errors = discover([sys.argv[1]])\n"
            "print(json.dumps([[str(f) for f in files], [[e.path, e.reason] for e in errors]]))"
        )
        python = shutil.which("python3", path="/usr/bin:/usr/local/bin") if user else None
        done = subprocess.run(
            [python or sys.executable, "-c", script, str(base)],
            capture_output=True,
            text=True,
            user=user or None,
            env={"PYTHONPATH": str(code), "PATH": "/usr/bin:/bin"},
            timeout=120,
        )
    finally:
        (base / "locked").chmod(0o755)
        shutil.rmtree(base)
        shutil.rmtree(code)
    assert done.returncode == 0, done.stderr
    files, errors = json.loads(done.stdout)
    assert files == [str(base / "ok" / "a.txt")]
    reason = "permission denied (folder can be listed, not entered)"
    assert errors == [[str(base / "locked"), reason]]


def tmp_path_factory_shared() -> str:
    import tempfile

    folder = tempfile.mkdtemp(prefix="hnreader-test-")
    os.chmod(folder, 0o755)
    return folder


# --- file names that are not UTF-8 ---------------------------------------------------------

GBK_NAME = "湖南日报第1版.txt".encode("gbk")


@pytest.fixture
def gbk_named(tmp_path: Path) -> Path:
    folder = tmp_path / "zip"
    folder.mkdir()
    fd = os.open(os.fsencode(folder) + b"/" + GBK_NAME, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, TEXT.encode("utf-8"))
    os.close(fd)
    return folder


def test_gbk_file_name_loads_and_is_shown_with_escapes(gbk_named: Path) -> None:
    corpus = load([gbk_named])
    assert corpus.errors == ()
    (page,) = corpus.pages
    shown = GBK_NAME.decode("utf-8", errors="backslashreplace")
    assert page.source == shown
    assert page.path == f"{gbk_named}/{shown}"
    assert "\\xba\\xfe" in page.source  # 湖 in GBK


@pytest.mark.parametrize("locale", ["C.UTF-8", "C", "strict"])
@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "json", "PATH"),
        ("export", "--format", "markdown", "PATH"),
        ("list", "PATH"),
        ("issues", "PATH"),
        ("search", "人工智能", "PATH", "--json"),
        ("search", "人工智能", "PATH"),
    ],
    ids=lambda a: "-".join(a[:3]),
)
def test_gbk_file_name_in_every_output(gbk_named: Path, tmp_path: Path, locale: str, args) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("LC_")},
        "LANG": "C.UTF-8" if locale == "strict" else locale,
        "LC_ALL": "C.UTF-8" if locale == "strict" else locale,
        "PYTHONPATH": str(ROOT),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    env.pop("PYTHONUTF8", None)
    env.pop("PYTHONIOENCODING", None)
    if locale == "strict":  # as a UTF-8 locale such as en_US.UTF-8 sets it
        env["PYTHONIOENCODING"] = "utf-8:strict"
    argv = [str(gbk_named) if a == "PATH" else a for a in args]
    done = subprocess.run(
        [sys.executable, "-m", "hnreader", *argv], capture_output=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("utf-8")  # strict: every byte is valid UTF-8
    if "json" in args or "--json" in args:
        json.loads(out)
    if args[0] != "issues":  # issues name no file
        assert "xba" in out and "xfe" in out  # the name's bytes, shown as escapes


# --- pages far larger than a page -----------------------------------------------------------


def test_split_parts_keeps_every_character_and_bounds_the_parts() -> None:
    page = (TEXT + "\n\n") * 400 + ("一句话。" * 9000) + "\n" + "无标点" * 9000
    parts = split_parts(page)
    assert all(len(p) <= PART_CHARS for p in parts)
    assert "".join(parts).replace("\n", "") == page.replace("\n", "")
    # Cuts fall at blank lines where there are any.
    assert parts[0].endswith(TEXT.rstrip("\n"))
    assert split_parts(TEXT) == [TEXT]
    # A big real page stays whole: only files far beyond a page are split.
    dense = (TEXT + "\n") * (SPLIT_ABOVE // len(TEXT + "\n"))
    assert split_parts(dense) == [dense]


def test_huge_page_loads_in_parts(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text((TEXT + "\n\n") * 300, encoding="utf-8")
    corpus = load([path])
    assert corpus.errors == ()
    assert len(corpus.pages) == len(split_parts(path.read_text(encoding="utf-8"))) > 1
    assert {p.source for p in corpus.pages} == {
        f"dump.txt#{k}" for k in range(1, len(corpus.pages) + 1)
    }
    ids = [a.id for a in corpus.articles]
    assert len(ids) == len(set(ids))


def test_utf16_bom_round_trip_unaffected() -> None:
    assert decode(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")) == (TEXT, "utf-16-le")


async def test_gbk_file_name_in_the_reader(gbk_named: Path, tmp_path: Path) -> None:
    from hnreader.app import make_app

    app = make_app([gbk_named], state_dir=tmp_path / "state", archive_dir=tmp_path / "archive")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(400):
            if app.corpus is not None or app.failure:
                break
            await pilot.pause(0.05)
        assert app.failure is None
        (page,) = app.corpus.pages
        assert page.source == GBK_NAME.decode("utf-8", errors="backslashreplace")
        await pilot.press("r")  # the raw page, titled with its file name
        await pilot.pause()
    assert app.return_code in (None, 0)
