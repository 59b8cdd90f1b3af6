"""Messages that cannot be forged, exports that cannot be made to run, failures said plainly."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from hnreader.app import app as app_module
from hnreader.cli import open_reader
from hnreader.corpus import load
from hnreader.corpus.export import to_markdown

TEXT = (
    "浏阳河畔樱花盛开\n"
    "湖南日报3月20日讯（记者 王芳）连日来，浏阳河风光带的樱花竞相开放，吸引众多市民前来观赏。\n"
)


def test_newline_in_a_file_name_never_forges_a_message_line(tmp_path: Path, cli) -> None:
    (tmp_path / "a\nhnreader: all is well.txt").write_bytes(b"")
    (tmp_path / "b\tc.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    for command in ("list", "issues", "export", "search"):
        args = (command, "樱花", tmp_path) if command == "search" else (command, tmp_path)
        code, _out, err = cli(*args)
        assert code == 0, command
        lines = err.splitlines()
        assert len(lines) == 2, (command, err)
        assert all(line.startswith(f"hnreader: {tmp_path}/") for line in lines)
        assert "a\\u000ahnreader: all is well.txt: empty file" in err


@pytest.mark.parametrize(
    "name",
    [
        "<img src=x onerror=alert(1)>.txt",
        "x\n# forged heading.txt",
        "[click](javascript:alert(1)).txt",
        "**bold**`code`.txt",
    ],
)
def test_markdown_export_escapes_file_names(tmp_path: Path, name: str, cli) -> None:
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    corpus = load([tmp_path])
    markdown = to_markdown(corpus)
    heading = next(line for line in markdown.splitlines() if line.startswith("## "))
    assert not re.search(r"(?<!\\)<img", markdown)
    assert "](javascript:" not in markdown
    assert not re.search(r"^#\s*forged", markdown, re.M)
    assert not re.search(r"(?<!\\)[*`\[(<]", heading.removeprefix("## ").split(" ", 1)[1][1:-1])
    code, out, _ = cli("export", "--format", "markdown", tmp_path)
    assert code == 0
    assert not re.search(r"(?<!\\)<img", out) and "](javascript:" not in out
    assert not re.search(r"^#\s*forged", out, re.M)


async def test_load_failure_in_the_reader_exits_non_zero(tmp_path: Path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(app_module, "load_corpus", broken)
    app = app_module.make_app([tmp_path], state_dir=tmp_path / "s", cache_dir=tmp_path / "c")
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):  # the app leaves by itself once loading failed
            if app.failure:
                break
            await pilot.pause(0.05)
        await pilot.pause()
    assert app.return_code == app_module.EXIT_LOAD_FAILED != 0
    assert app.failure == "RuntimeError: the disk went away"


def test_reader_failure_is_one_message_line_and_the_exit_status(monkeypatch, capsys) -> None:
    class FailingApp:
        failure = "RuntimeError: the disk\nwent away"
        return_code = app_module.EXIT_LOAD_FAILED

        def run(self) -> None:
            pass

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("hnreader.app.make_app", lambda *a, **k: FailingApp())
    from hnreader.cli import build_parser

    code = open_reader(build_parser(), ["pages"])
    err = capsys.readouterr().err
    assert code == app_module.EXIT_LOAD_FAILED
    # In the default interface language (Chinese); the cause stays as raised.
    assert err == ("hnreader: 无法载入版面：RuntimeError: the disk\\u000awent away\n")
