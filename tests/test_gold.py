"""The loader against hand-made gold for the five bundled pages, scored by the
same scorer that is run on unseen pages of the paper."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from hnreader.corpus import load, seeds_path
from hnreader.corpus.export import to_json

GOLD = Path(__file__).parent / "gold"


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> dict:
    export = tmp_path_factory.mktemp("export") / "seeds.json"
    export.write_text(to_json(load([seeds_path()])), encoding="utf-8")
    out = tmp_path_factory.mktemp("score") / "figures.json"
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _scorer().main([str(export), str(GOLD), "--pages", str(seeds_path()), "--json"])
    text = buf.getvalue()
    out.write_text(text, encoding="utf-8")
    return json.loads(text[: text.rindex("}") + 1])


def test_every_gold_article_is_found(figures):
    assert figures["articles_gold"] == 51
    assert figures["seg_f1"] >= 0.98


def test_printed_headlines_are_exact(figures):
    assert figures["headline_acc"] >= 0.95


def test_nothing_is_lost(figures):
    assert figures["coverage"] == pytest.approx(1.0)


def test_no_layout_spaces_left_between_chinese(figures):
    assert figures["cjk_space_left"] == 0


def test_issue_dates(figures):
    assert figures["issue_date_acc"] == pytest.approx(1.0)


def test_untitled_articles_do_not_claim_a_headline(figures):
    assert figures["untitled_ok"] == pytest.approx(1.0)


def test_bylines_datelines_and_kinds(figures):
    assert figures["byline_acc"] >= 0.9
    assert figures["dateline_acc"] >= 0.9
    assert figures["kind_acc"] >= 0.9
    assert figures["paragraph_f1"] >= 0.9
