"""``hnreader issues``, ``list`` and ``show``: output, filters, exit statuses."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hnreader.cli import COMMANDS, EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from hnreader.corpus import Corpus, load
from hnreader.corpus.export import CONTRACT_KEYS, article_dict

PAGE = (
    "湘江新区发布人工智能产业扶持政策\n"
    "湖南日报5月12日讯（全媒体记者 李明）记者今天从湘江新区获悉，新区出台十条措施支持人工智能"
    "企业发展，对新落户企业给予最高500万元奖励。\n"
    "新区相关负责人表示，将加快建设算力中心，力争到年底聚集相关企业200家以上。\n"
)


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return load()


def test_issues_one_line_per_issue(seeds: Corpus, cli) -> None:
    code, out, err = cli("issues")
    assert (code, err) == (EXIT_OK, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert len(rows) == len(seeds.issues)
    for row, issue in zip(rows, seeds.issues, strict=True):
        assert row == [
            issue.date.isoformat() if issue.date else "undated",
            issue.weekday or "-",
            str(len(issue.pages)),
            str(len(issue.articles)),
            issue.date_source,
        ]
        assert row[4] in ("masthead", "filename", "dateline", "unknown")
        if issue.date:
            assert dt.date.fromisoformat(row[0]).weekday() == "一二三四五六日".index(row[1][-1])
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)


def test_issues_on_a_terminal_is_a_table(seeds: Corpus, tty_cli) -> None:
    code, out, err = tty_cli("issues")
    assert (code, err) == (EXIT_OK, "")
    assert "Date" in out and "Date from" in out
    for issue in seeds.issues:
        assert issue.label in out
    assert "masthead (printed on the page)" in out


def test_issue_without_date(tmp_path: Path, cli) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = cli("issues", page)
    assert out == "undated\t-\t1\t1\tunknown\n"
    code, out, _ = cli("list", "--issue", "undated", page)
    assert code == EXIT_OK
    assert out.split("\t")[3] == "湘江新区发布人工智能产业扶持政策\n"


def test_list_every_article_with_its_id(seeds: Corpus, cli) -> None:
    code, out, err = cli("list")
    assert (code, err) == (EXIT_OK, "")
    rows = [line.split("\t") for line in out.splitlines()]
    assert [r[0] for r in rows] == [a.id for a in seeds.articles]
    assert len({r[0] for r in rows}) == len(rows)
    for row, article in zip(rows, seeds.articles, strict=True):
        assert len(row) == 4
        assert row[1] == str(article.page_number or "-")
        assert row[2] == article.kind_label
        assert row[3]  # a headline, or the start of the text


def test_list_ids_are_stable(seeds: Corpus) -> None:
    assert [a.id for a in load().articles] == [a.id for a in seeds.articles]


@pytest.mark.parametrize("form", ["{:%Y-%m-%d}", "{:%Y%m%d}", "{:%Y/%m/%d}"])
def test_list_one_issue(seeds: Corpus, form: str, cli) -> None:
    issue = seeds.issues[-1]
    code, out, _ = cli("list", "--issue", form.format(issue.date))
    assert code == EXIT_OK
    assert [line.split("\t")[0] for line in out.splitlines()] == [a.id for a in issue.articles]


def test_list_unknown_issue_is_nothing_found(seeds: Corpus, cli) -> None:
    code, out, err = cli("list", "--issue", "1999-01-01")
    assert (code, out) == (EXIT_NOTHING, "")
    assert err.startswith("hnreader: no issue dated 1999-01-01 (loaded: ")
    assert seeds.issues[0].date.isoformat() in err


def test_list_bad_date_is_a_usage_error(cli) -> None:
    code, out, err = cli("list", "--issue", "yesterday")
    assert (code, out) == (EXIT_USAGE, "")
    assert "not a date: 'yesterday'" in err
    assert "Traceback" not in err


def test_list_on_a_terminal_groups_by_issue(seeds: Corpus, tty_cli) -> None:
    code, out, _ = tty_cli("list")
    assert code == EXIT_OK
    for issue in seeds.issues:
        assert issue.label in out
    for article in seeds.articles[:5]:
        assert article.id in out


def test_show_every_listed_article(seeds: Corpus, cli) -> None:
    for article in seeds.articles:
        code, out, err = cli("show", article.id)
        assert (code, err) == (EXIT_OK, ""), article.id
        if article.title:
            assert out.startswith(("【", article.kicker or article.title))
            assert article.title in out
        for paragraph in article.paragraphs:
            assert paragraph in out
        if article.dateline:
            assert article.dateline in out


def test_show_json_is_the_export_shape(seeds: Corpus, cli) -> None:
    article = seeds.articles[0]
    code, out, err = cli("show", "--json", article.id)
    assert (code, err) == (EXIT_OK, "")
    assert json.loads(out) == article_dict(article)
    required = CONTRACT_KEYS
    assert required <= json.loads(out).keys()


def test_show_on_a_terminal(seeds: Corpus, tty_cli) -> None:
    article = next(a for a in seeds.articles if a.title and a.paragraphs)
    code, out, _ = tty_cli("show", article.id)
    assert code == EXIT_OK
    assert "\x1b[1m" in out  # the title is bold
    assert article.title in out


def test_show_unknown_id(seeds: Corpus, cli) -> None:
    near = seeds.articles[0].id[:-1] + "x"
    code, out, err = cli("show", near)
    assert (code, out) == (EXIT_NOTHING, "")
    assert err.startswith(f"hnreader: no article with id '{near}'; did you mean ")
    suggested = err.split("did you mean ")[1].rstrip("?\n").split(" or ")
    assert suggested and all(seeds.get(s) for s in suggested)
    code, out, err = cli("show", "nothing-like-it")
    assert (code, out) == (EXIT_NOTHING, "")
    assert err == "hnreader: no article with id 'nothing-like-it'; 'hnreader list' shows the ids\n"


def test_show_from_given_files(tmp_path: Path, cli) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = cli("list", page)
    article_id = out.split("\t")[0]
    code, out, err = cli("show", article_id, page)
    assert (code, err) == (EXIT_OK, "")
    assert out.splitlines()[0] == "湘江新区发布人工智能产业扶持政策"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, cli) -> None:
    code, out, err = cli(command, "--help")
    assert code == EXIT_OK
    assert out.startswith(f"usage: hnreader {command}")
    assert err == ""


def test_no_command_of_that_name_is_not_a_traceback(cli, tmp_path: Path) -> None:
    code, _out, err = cli("show")
    assert code == EXIT_USAGE
    assert "show needs an article id" in err and "PATH" not in err.split("]")[-1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hnreader", "--lang", "en", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_exit_statuses_from_a_real_process(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    ok = _run("list", str(page))
    assert (ok.returncode, ok.stderr) == (0, "")
    nothing = _run("show", "no-such-id", str(page))
    assert nothing.returncode == 1
    missing = _run("issues", str(tmp_path / "missing.txt"))
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[0] == (
        f"hnreader: {tmp_path / 'missing.txt'}: no such file or directory"
    )
    assert "Traceback" not in missing.stderr
    version = _run("--version")
    assert version.returncode == 0 and version.stdout.startswith("hnreader ")


def test_output_closed_early_is_not_an_error(tmp_path: Path) -> None:
    # `hnreader list | head -1`: the reader goes away; no BrokenPipeError traceback.
    for n in range(40):
        (tmp_path / f"p{n:02d}.txt").write_text(
            PAGE.replace("5月12日", f"5月{n % 28 + 1}日").replace("500万元", f"{n}万元"),
            encoding="utf-8",
        )
    proc = subprocess.Popen(
        [sys.executable, "-m", "hnreader", "list", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_without_a_terminal_the_reader_lists_the_issues(capsys) -> None:
    from hnreader.cli import main

    # Under pytest stdin and stdout are not terminals.
    assert main(["--lang", "en"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "not a terminal" in err
    assert out.count("\n") == 5 and "2025-03-27" in out
