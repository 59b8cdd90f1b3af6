"""Bad input, through the loader and through the command line.

Every case: a clear message naming the file and the reason, the rest still
loads, no traceback, and an exit status that says what happened.
"""

from __future__ import annotations

import codecs
import os
import re
import shutil
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hnreader.corpus import Corpus, load
from hnreader.corpus.export import article_dict, source_dict

# Pages composed for these tests, in the paragraph-per-line layout.
GOOD = (
    "湘江新区发布人工智能产业扶持政策\n"
    "湖南日报5月12日讯（全媒体记者 李明）记者今天从湘江新区获悉，新区出台十条措施支持人工智能"
    "企业发展，对新落户企业给予最高500万元奖励。\n"
    "新区相关负责人表示，将加快建设算力中心，力争到年底聚集相关企业200家以上。\n"
)
OTHER = (
    "长沙地铁六号线东延段开通运营\n"
    "湖南日报6月3日讯（记者 王芳）长沙地铁六号线东延段今天开通运营，全长约八公里，设站五座。\n"
    "沿线居民表示，出行时间将大大缩短。\n"
)
NO_HEADLINE = (
    "新区相关负责人表示，将加快建设算力中心，力争到年底聚集相关企业两百家以上。\n"
    "他说，这些企业将带动上下游产业链发展，形成新的增长极。\n"
)
NO_DATELINE = "浏阳河畔樱花盛开\n连日来，浏阳河风光带的樱花竞相开放，吸引众多市民前来观赏。\n"
ONLY_MASTHEAD = "2024年5月\n13\n星期一\n甲辰年四月初六\n第27000号\n今日8版\n"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def exported_strings(corpus: Corpus) -> list[str]:
    """Every string the JSON export holds for articles and pages."""
    parts: list[str] = []
    for article in corpus.articles:
        parts += [str(v) for v in article_dict(article).values() if isinstance(v, str)]
        parts += [s for v in article_dict(article).values() if isinstance(v, list) for s in v]
    for page in corpus.pages:
        parts += source_dict(page)["extras"] + source_dict(page)["duplicates"]
    return parts


def exported_text(corpus: Corpus) -> str:
    """``exported_strings``, squashed and joined with NULs (never in the text)."""
    return "\x00".join(squash(p) for p in exported_strings(corpus))


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def zip_bytes(tmp: Path) -> bytes:
    target = tmp / "pages.zip"
    with zipfile.ZipFile(target, "w") as zf:
        zf.writestr("page.txt", OTHER)
    return target.read_bytes()


def sparse(path: Path, size: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        handle.truncate(size)  # instant and takes no disk space
    return path


# name -> (make the bad file in a folder, the reason expected in the message)
REFUSED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty": (lambda d: write(d / "empty.txt", b""), "empty file"),
    "whitespace": (lambda d: write(d / "blank.txt", " \n\n\t \r\n　\n"), "only whitespace"),
    "png": (
        lambda d: write(d / "scan.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2048)),
        "binary file (a PNG image), not page text",
    ),
    "zip": (lambda d: write(d / "pages.txt", zip_bytes(d.parent)), "binary file (a zip archive)"),
    "200MB": (
        lambda d: sparse(d / "dump.txt", 200 * 2**20),
        "too large for one page (200 MB; the limit is 8 MB)",
    ),
    "dangling-symlink": (
        lambda d: _symlink(d / "gone.txt", d.parent / "missing.txt"),
        "broken symbolic link (its target does not exist)",
    ),
    "symlink-loop": (lambda d: _loop(d), "symbolic link loop"),
    "duplicate": (lambda d: write(d / "zz-copy.txt", GOOD), "same content as"),
}


def _symlink(link: Path, target: Path) -> Path:
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target)
    return link


def _loop(folder: Path) -> Path:
    _symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    return _symlink(folder / "loop-a.txt", folder / "loop-b.txt")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder holding one good page."""
    write(tmp_path / "pages" / "good.txt", GOOD)
    return tmp_path / "pages"


@pytest.mark.parametrize("case", REFUSED)
def test_loader_reports_bad_file_and_loads_the_rest(folder: Path, case: str) -> None:
    make, reason = REFUSED[case]
    bad = make(folder)
    corpus = load([folder])
    assert [Path(p.path).name for p in corpus.pages] == ["good.txt"]
    mine = [e for e in corpus.errors if Path(e.path).name == bad.name]
    assert mine, corpus.errors
    assert reason in mine[0].reason


@pytest.mark.parametrize("case", REFUSED)
def test_cli_reports_bad_file_and_lists_the_rest(folder: Path, case: str, cli) -> None:
    make, reason = REFUSED[case]
    bad = make(folder)
    code, out, err = cli("list", folder)
    assert code == 0
    assert "湘江新区发布人工智能产业扶持政策" in out
    assert f"hnreader: {bad}: " in err
    assert reason in err
    assert "Traceback" not in err


@pytest.mark.parametrize("case", [c for c in REFUSED if c != "duplicate"])
def test_cli_exits_2_when_the_only_file_is_bad(tmp_path: Path, case: str, cli) -> None:
    make, reason = REFUSED[case]
    bad = make(tmp_path / "only")
    for command in ("issues", "list"):
        code, out, err = cli(command, bad)
        assert code == 2
        assert out == ""
        lines = err.splitlines()
        assert lines[0].startswith(f"hnreader: {bad}: ")
        assert reason in lines[0]
        assert lines[-1] == "hnreader: no page could be loaded (see above)"
        assert "Traceback" not in err


def test_path_that_does_not_exist(tmp_path: Path, cli) -> None:
    missing = tmp_path / "no" / "such.txt"
    corpus = load([missing])
    assert [(e.path, e.reason) for e in corpus.errors] == [
        (str(missing), "no such file or directory")
    ]
    assert corpus.pages == ()
    for command in ("issues", "list", "export"):
        code, out, err = cli(command, missing)
        assert (code, out) == (2, ""), command
        assert f"hnreader: {missing}: no such file or directory" in err
    code, _, err = cli("show", "any-id", missing)
    assert code == 2
    assert f"hnreader: {missing}: no such file or directory" in err


def test_missing_path_beside_a_good_one_is_reported_not_fatal(folder: Path, cli) -> None:
    code, out, err = cli("issues", folder / "nope.txt", folder)
    assert code == 0
    assert out.count("\n") == 1
    assert f"hnreader: {folder / 'nope.txt'}: no such file or directory" in err


def test_duplicate_keeps_one_page(folder: Path) -> None:
    write(folder / "copy.txt", GOOD.replace("\n", "\r\n").encode("gb18030"))
    corpus = load([folder])
    assert len(corpus.pages) == 1
    assert len(corpus.errors) == 1
    assert corpus.errors[0].reason == f"same content as {folder / 'copy.txt'}"


def test_unreadable_file(folder: Path, monkeypatch, cli) -> None:
    # Tests may run as root, who reads any file: simulate the refusal instead.
    import hnreader.corpus.read as read_module

    locked = write(folder / "locked.txt", OTHER)
    real_open = read_module._open_page

    def guarded(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path)

    monkeypatch.setattr(read_module, "_open_page", guarded)
    corpus = load([folder])
    assert [Path(p.path).name for p in corpus.pages] == ["good.txt"]
    assert [(e.path, e.reason) for e in corpus.errors] == [(str(locked), "permission denied")]
    code, out, err = cli("issues", folder)
    assert out.startswith("undated\t")
    assert code == 0
    assert err == f"hnreader: {locked}: permission denied\n"
    code, _out, err = cli("list", locked)
    assert code == 2
    assert err.startswith(f"hnreader: {locked}: permission denied\n")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(folder: Path, cli) -> None:
    locked = write(folder / "locked.txt", OTHER)
    locked.chmod(0)
    code, _, err = cli("issues", folder)
    assert code == 0
    assert f"hnreader: {locked}: permission denied" in err


def test_non_txt_files_in_folders_are_ignored(folder: Path, cli) -> None:
    write(folder / "notes.md", OTHER)
    write(folder / "scan.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    write(folder / "page.txt.bak", OTHER)
    write(folder / ".hidden.txt", OTHER)
    corpus = load([folder])
    assert [Path(p.path).name for p in corpus.pages] == ["good.txt"]
    assert corpus.errors == ()
    code, _, err = cli("list", folder)
    assert (code, err) == (0, "")


def test_folder_without_pages(tmp_path: Path, cli) -> None:
    write(tmp_path / "notes.md", OTHER)
    code, out, err = cli("list", tmp_path)
    assert (code, out) == (2, "")
    assert f"hnreader: {tmp_path}: no .txt page files in this folder" in err


# --- files that load: other encodings, line ends, damage ----------------------------------

ENCODED: dict[str, Callable[[str], bytes]] = {
    "gb18030": lambda t: t.encode("gb18030"),
    "gbk": lambda t: t.encode("gbk"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-8-bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "gbk-crlf": lambda t: t.replace("\n", "\r\n").encode("gbk"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_encodings_and_line_ends_load_like_utf8(tmp_path: Path, encoding: str, cli) -> None:
    plain_file = write(tmp_path / "a" / "page.txt", GOOD)
    other_file = write(tmp_path / "b" / "page.txt", ENCODED[encoding](GOOD))
    expected, got = load([plain_file]), load([other_file])
    assert got.errors == ()
    assert got.pages[0].raw == expected.pages[0].raw
    assert [article_dict(a) for a in got.articles] == [article_dict(a) for a in expected.articles]
    assert cli("list", other_file) == cli("list", plain_file)
    assert cli("list", other_file)[0] == 0


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_seed_pages_load_the_same_in_other_encodings(
    tmp_path: Path, seed_files: list[Path], encoding: str
) -> None:
    for path in seed_files:
        shutil.copy(path, tmp_path / f"utf8-{path.name}")
    converted = tmp_path / "converted"
    converted.mkdir()
    for path in seed_files:
        (converted / path.name).write_bytes(path.read_text("utf-8").encode(encoding))
    expected = load(seed_files)
    got = load([converted])
    assert got.errors == ()
    drop = ("id",)
    assert [{k: v for k, v in article_dict(a).items() if k not in drop} for a in got.articles] == [
        {k: v for k, v in article_dict(a).items() if k not in drop} for a in expected.articles
    ]


def test_file_cut_inside_a_character(folder: Path, cli) -> None:
    data = OTHER.rstrip("\n").encode("utf-8")
    cut = write(folder / "cut.txt", data[:-2])  # the last character was 3 bytes
    corpus = load([folder])
    assert corpus.errors == ()
    page = next(p for p in corpus.pages if p.path == str(cut))
    assert page.encoding == "utf-8 (truncated)"
    assert squash(OTHER.rstrip("\n")[:-1]) in squash(page.raw)
    assert squash(OTHER.rstrip("\n")[:-1])[-10:] in exported_text(corpus)
    code, out, err = cli("list", cut)
    assert (code, err) == (0, "")
    assert "长沙地铁六号线东延段开通运营" in out


def test_nul_bytes_are_dropped(folder: Path, cli) -> None:
    dirty = write(folder / "nul.txt", OTHER.replace("，", "，\x00").replace("\n", "\x00\n"))
    corpus = load([folder])
    assert corpus.errors == ()
    assert all("\x00" not in p.raw for p in corpus.pages)
    assert not any("\x00" in s for s in exported_strings(corpus))
    assert squash(OTHER) in squash(next(p.raw for p in corpus.pages if p.path == str(dirty)))
    code, out, _err = cli("export", dirty)
    assert code == 0
    assert "\\u0000" not in out and "\x00" not in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (NO_DATELINE, "浏阳河畔樱花盛开"),
        (NO_HEADLINE, "他说，这些企业将带动上下游产业链发展"),
        (ONLY_MASTHEAD, "甲辰年四月初六"),
    ],
    ids=["no-dateline", "no-headline", "only-masthead"],
)
def test_incomplete_pages_load_and_keep_their_text(folder: Path, text: str, kept: str, cli) -> None:
    page_file = write(folder / "odd.txt", text)
    corpus = load([page_file])
    assert corpus.errors == ()
    assert len(corpus.pages) == 1
    for line in text.splitlines():
        assert squash(line) in exported_text(corpus)
    code, out, err = cli("issues", page_file)
    assert (code, err) == (0, "")
    assert out.count("\n") == 1
    code, out, err = cli("export", page_file)
    assert code == 0
    assert kept in out


def test_only_masthead_page_is_dated_from_it(tmp_path: Path, cli) -> None:
    page_file = write(tmp_path / "front.txt", ONLY_MASTHEAD)
    corpus = load([page_file])
    assert corpus.issues[0].date_source == "masthead"
    assert corpus.issues[0].date.isoformat() == "2024-05-13"
    code, out, _ = cli("issues", page_file)
    assert out == "2024-05-13\t星期一\t1\t0\tmasthead\n"
    code, out, err = cli("list", page_file)
    assert (code, out, err) == (1, "", "hnreader: no article found\n")


@pytest.mark.slow
def test_one_5mb_line(folder: Path, cli) -> None:
    sentence = "长沙发展很快，经济增长7%以上，"
    line = sentence * (5 * 2**20 // len(sentence.encode("utf-8")) + 1)
    huge = write(folder / "oneline.txt", line + "\n")
    assert huge.stat().st_size >= 5 * 2**20
    corpus = load([folder])
    assert corpus.errors == ()
    # Far larger than a page: loaded in parts, each named after the file.
    parts = [p for p in corpus.pages if p.path == str(huge)]
    assert len(parts) > 1
    assert {p.source for p in parts} == {f"oneline.txt#{k}" for k in range(1, len(parts) + 1)}
    held = sum(len(s) for page in parts for s in page.extras) + sum(
        len(a.headline) + len(a.body) + len(a.dateline) + len(a.byline)
        for page in parts
        for a in page.articles
    )
    assert held >= len(line) * 0.99  # the line is kept, not cut
    code, _out, err = cli("issues", huge)
    assert (code, err) == (0, "")


@pytest.mark.slow
def test_folder_of_10000_small_files(tmp_path: Path, cli) -> None:
    root = tmp_path / "many"
    for n in range(10_000):
        write(
            root / f"d{n // 1000}" / f"p{n:05d}.txt",
            f"第{n}号简讯\n本报讯 长沙今天发布第{n}条消息。\n",
        )
    corpus = load([root])
    assert corpus.errors == ()
    assert len(corpus.pages) == 10_000
    code, out, err = cli("issues", root)
    assert (code, err) == (0, "")
    assert out.split("\t")[2] == "10000"
