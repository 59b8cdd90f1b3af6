"""The command line speaks one language (Chinese unless told otherwise) and
leads the way on mistakes: unknown commands, missing ids, query words taken
for paths. Lists come as JSON or tab-separated lines for scripts."""

from __future__ import annotations

import json

import pytest

from hnreader.cli import EXIT_OK, EXIT_USAGE


def test_issues_headers_in_one_language(tty_cli):
    # tty_cli passes --lang en; a later --lang wins.
    code, out, _ = tty_cli("--lang", "zh", "issues")
    assert code == EXIT_OK
    assert "日期" in out and "篇数" in out and "报头" in out and "Date" not in out
    code, out, _ = tty_cli("issues")
    assert "Date" in out and "masthead" in out and "篇数" not in out


def test_environment_chooses_english(cli_zh, monkeypatch):
    monkeypatch.setenv("HNREADER_LANG", "en")
    code, _out, err = cli_zh("show")
    assert code == EXIT_USAGE and "show needs an article id" in err


def test_settings_file_chooses_english(cli_zh, tmp_path, monkeypatch):
    config = tmp_path / "xdg-config"
    (config / "hnreader").mkdir(parents=True)
    (config / "hnreader" / "settings.toml").write_text('language = "en"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    _code, _out, err = cli_zh("show")
    assert "show needs an article id" in err


def test_show_without_id_says_only_the_id_is_required(cli_zh):
    code, _out, err = cli_zh("show")
    assert code == EXIT_USAGE
    assert "show 需要一个文章编号" in err and "hnreader show ID [PATH...]" in err


@pytest.mark.parametrize(("typo", "command"), [("serach", "search"), ("isues", "issues")])
def test_unknown_command_suggests_the_nearest(cli_zh, typo, command):
    code, out, err = cli_zh(typo, "进出口")
    assert code == EXIT_USAGE and out == ""
    assert f"未知命令 {typo}" in err and f"是否要用 {command}" in err


def test_unknown_command_in_english(cli):
    code, _out, err = cli("serach", "进出口")
    assert code == EXIT_USAGE
    assert "unknown command serach; did you mean search?" in err


def test_query_words_taken_for_paths_are_pointed_out(cli_zh, tmp_path):
    code, _out, err = cli_zh("search", "2024-03-09", "数字", "--cache-dir", tmp_path)
    assert code == EXIT_USAGE
    assert (
        '数字：没有这个文件或文件夹；要搜索多个词请加引号：hnreader search "2024-03-09 数字"' in err
    )


def test_a_missing_file_is_still_a_missing_file(cli, tmp_path):
    _code, _out, err = cli("search", "进出口", str(tmp_path / "nope.txt"), "--cache-dir", tmp_path)
    assert "quote them" not in err


def test_search_json_carries_ids_that_show_follows(cli, tmp_path):
    code, out, _ = cli("search", "进出口", "--json", "--cache-dir", tmp_path)
    assert code == EXIT_OK
    data = json.loads(out)
    first = data["results"][0]
    assert data["total"] >= len(data["results"])
    code, shown, _ = cli("show", first["id"], "--json")
    assert code == EXIT_OK and json.loads(shown)["title"] == first["title"]


def test_list_and_issues_take_json(cli):
    code, out, _ = cli("issues", "--json")
    assert code == EXIT_OK
    issues = json.loads(out)
    assert issues and {"date", "pages", "articles", "date_source"} <= set(issues[0])
    code, out, _ = cli("list", "--json")
    articles = json.loads(out)
    assert code == EXIT_OK and all("id" in a and "title" in a for a in articles)


def test_piped_lists_are_tab_separated(cli, tmp_path):
    for args in (("issues",), ("list",), ("search", "进出口", "--cache-dir", tmp_path)):
        code, out, _ = cli(*args)
        assert code == EXIT_OK
        lines = out.splitlines()
        assert lines and all("\t" in line for line in lines), args
        assert len({line.count("\t") for line in lines}) == 1, args
