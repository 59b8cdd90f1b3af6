"""Nothing in newspaper text reaches the terminal as markup or control.

The loader already strips control characters, so these tests build corpora
straight from the model to check that every command is safe on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from hnreader.cli.output import one_line, plain, safe
from hnreader.corpus import Article, Corpus, Issue, Page
from hnreader.corpus.export import article_dict

MARKUP = ("[bold]粗体[/bold]", "[/]", "[link=https://evil.example]点我[/link]", "[red")
CONTROL = (
    "\x1b[31m红色\x1b[0m",
    "\x1b[2J清屏",
    "\x1b]8;;https://evil.example\x1b\\链接\x1b]8;;\x1b\\",
    "\x1b]0;标题被改\x07",
    "\x9b31m八位控制",
    "\u202e反转方向\u202c",
    "\u2066隔离\u2069\u200f",
    "响铃\x07退格\x08空\x00删除\x7f",
    "回车\r覆盖",
    "换页\x0c",
)
NASTY = " ".join(MARKUP + CONTROL)
# Rich's own styling on a terminal: SGR only (colour, bold). Anything else is leaked data.
_RICH_SGR = re.compile(r"\x1b\[[0-9;]*m")
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def nasty_corpus() -> Corpus:
    article = Article(
        id="20240513-nasty-01",
        source="nasty.txt",
        kind="news",
        column=MARKUP[0],
        kicker=CONTROL[0],
        title=NASTY,
        subtitle="\n".join(CONTROL),
        byline=MARKUP[2],
        dateline=CONTROL[2],
        continued=CONTROL[4],
        subheads=(MARKUP[1],),
        paragraphs=(MARKUP[1], NASTY, "第二行\n第三行\t制表"),
        issue_date=dt.date(2024, 5, 13),
        page_number=1,
    )
    page = Page(
        source="nasty.txt",
        path="/x/nasty.txt",
        raw=NASTY,
        articles=(article,),
        issue_date=article.issue_date,
        date_source="dateline",
        number=1,
        extras=(NASTY,),
    )
    return Corpus((Issue(article.issue_date, (page,)),))


@pytest.fixture
def nasty() -> Corpus:
    """The corpus, stored as the whole archive the commands read."""
    from hnreader.archive import open_archive

    corpus = nasty_corpus()
    open_archive().add_corpus(corpus)
    return corpus


def assert_harmless(text: str) -> None:
    leaked = _FORBIDDEN.findall(_RICH_SGR.sub("", text))
    assert not leaked, [hex(ord(c)) for c in leaked]


COMMANDS = [("issues",), ("list",), ("show", "20240513-nasty-01")]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
def test_commands_print_nasty_text_harmlessly(nasty, args, terminal, cli, tty_cli) -> None:
    code, out, err = (tty_cli if terminal else cli)(*args)
    assert (code, err) == (0, "")
    assert_harmless(out)
    if args[0] != "issues":
        for markup in MARKUP:
            assert markup in out  # shown literally, not interpreted
        assert "\\u001b[31m红色\\u001b[0m" in out
        assert "\\u202e反转方向\\u202c" in out


def test_list_keeps_one_article_per_line(nasty, cli) -> None:
    _, out, _ = cli("list")
    assert len(out.splitlines()) == 1
    assert out.count("\t") == 3


def test_show_json_is_harmless_and_decodes_to_the_article(nasty, cli, tty_cli) -> None:
    for run in (cli, tty_cli):
        code, out, err = run("show", "--json", "20240513-nasty-01")
        assert (code, err) == (0, "")
        assert_harmless(out)
        assert json.loads(out) == article_dict(nasty.articles[0])


def test_load_errors_are_printed_harmlessly(cli) -> None:
    from hnreader.archive import open_archive
    from hnreader.archive.store import FileRecord

    store = open_archive().store
    with store.transaction():
        name = "/tmp/\x1b]0;x\x07[bold]名字\u202e.txt"
        store.put_error(FileRecord(name, "0", 0, 0, "any"), name, "empty file")
    for command in ("issues", "list"):
        code, out, err = cli(command)
        assert (code, out) == (2, "")
        assert_harmless(err)
        assert "[bold]名字\\u202e.txt: empty file" in err


def test_file_names_with_escapes(tmp_path: Path, cli) -> None:
    # A real file whose name holds an escape sequence and markup.
    bad = tmp_path / "\x1b[2J[bold]页\u202e.txt"
    bad.write_bytes(b"")
    good = tmp_path / "\x1b]0;t\x07好.txt"
    good.write_text("浏阳河畔樱花盛开\n连日来，浏阳河风光带的樱花竞相开放。\n", encoding="utf-8")
    for command in ("issues", "list"):
        code, out, err = cli(command, tmp_path)
        assert code == 0, command
        assert_harmless(out)
        assert_harmless(err)
        assert "[bold]页\\u202e.txt: empty file" in err


def test_export_json_is_harmless(nasty, cli) -> None:
    code, out, err = cli("export", "--format", "json")
    assert (code, err) == (0, "")
    assert_harmless(out)
    assert json.loads(out)["articles"][0] == article_dict(nasty.articles[0])


@pytest.mark.parametrize("form", ["json", "markdown"])
def test_export_of_file_names_with_escapes(tmp_path: Path, form: str, cli) -> None:
    bad = tmp_path / "\x1b[2J[bold]页\u202e.txt"
    bad.write_bytes(b"")
    good = tmp_path / "\x1b]0;t\x07好\u202e.txt"
    good.write_text("浏阳河畔樱花盛开\n连日来，浏阳河风光带的樱花竞相开放。\n", encoding="utf-8")
    code, out, err = cli("export", "--format", form, tmp_path)
    assert code == 0
    assert_harmless(out)
    assert_harmless(err)


def test_safe_escapes_and_keeps_the_rest() -> None:
    assert safe("正常[bold]文字\n第二行\t") == "正常[bold]文字\n第二行\t"
    assert safe("\x1b[31m") == "\\u001b[31m"
    assert safe("\u202e\u2066\x9b\r") == "\\u202e\\u2066\\u009b\\u000d"
    assert one_line("一\n二\t三\n\n四") == "一 二 三 四"


def test_safe_keeps_json_valid() -> None:
    value = {"t": NASTY}
    text = safe(json.dumps(value, ensure_ascii=False))
    assert_harmless(text)
    assert json.loads(text) == value


def test_plain_is_never_markup() -> None:
    text = plain("[bold]粗[/bold][link=https://evil.example]链[/link]")
    assert text.plain == "[bold]粗[/bold][link=https://evil.example]链[/link]"
    assert text.spans == []
