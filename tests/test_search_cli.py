"""``hnreader search``: output forms and exit codes."""

from __future__ import annotations

import json

import pytest

from hnreader.cli import main
from hnreader.corpus.fold import fold_text


@pytest.fixture
def run(tmp_path, capsys):
    def run(*argv):
        code = main(["--lang", "en", "search", *argv, "--cache-dir", str(tmp_path / "cache")])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_json(run):
    code, out, _ = run("进出口", "--json", "--limit", "3")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "进出口"
    assert 1 <= len(data["results"]) <= 3
    first = data["results"][0]
    assert set(first) == {
        "id",
        "near",
        "source",
        "issue_date",
        "kind",
        "kicker",
        "title",
        "subtitle",
        "score",
        "snippet",
    }
    assert "进出口" in fold_text(first["kicker"] + first["title"] + first["subtitle"])
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)


def test_plain_text_when_piped(run):
    code, out, _ = run("智赋万企", "--limit", "2")
    assert code == 0
    assert "智赋万企" in fold_text(out)
    assert "\x1b[" not in out


def test_nothing_found(run):
    code, out, err = run("量子纠缠", "--json")
    assert code == 1
    assert json.loads(out)["results"] == []
    code, _out, err = run("量子纠缠")
    assert code == 1 and "nothing" in err


@pytest.mark.parametrize(
    "argv", [("kind:社论x",), ("",), ("进出口", "--limit", "0"), ("date:2024-13",)]
)
def test_usage_errors(run, argv):
    assert run(*argv)[0] == 2


def test_missing_path(run, tmp_path):
    code, _, err = run("进出口", str(tmp_path / "nowhere"), "--no-cache")
    assert code == 2
    assert "nowhere" in err


def test_bad_option_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["search", "进出口", "--limit", "many"])
    assert exc.value.code == 2


def test_newspaper_text_is_never_markup(capsys):
    from hnreader.cli.search import _print
    from hnreader.corpus.index import Hit
    from hnreader.corpus.model import Article

    article = Article(id="x", source="x.txt", title="标题[bold]测试[/]", paragraphs=("正文",))
    _print([Hit(article, 400.0, (), "摘要[/]\x1b[31m", ((0, 2),))])
    out = capsys.readouterr().out
    assert "标题[bold]测试[/]" in out
    assert "摘要[/]" in out
    assert "\x1b" not in out
