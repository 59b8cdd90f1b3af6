"""The development corpus (tests/dev): composed pages the rules were not written on.

Its gold must be exact (scored against itself it is perfect), its files must be what the
composer writes today, and the loader must not fall below the figures it reaches on it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from hnreader.corpus import load
from hnreader.corpus.export import to_json

DEV = Path(__file__).parent / "dev"
SCORER = Path(__file__).parent / "gold" / "score.py"

# The loader's figures on the development corpus when these floors were set, less 0.02 (a
# change of the composer or the stories moves them a little). Raise them as segmentation
# improves; never lower them to let a change through.
FLOORS = {
    "seg_f1": 0.96,  # 0.974
    "headline_acc": 0.95,  # 0.969
    "title_acc": 0.89,  # 0.908
    # (0.969 since the paragraph assignment: a continuation's first piece,
    # cut at a word, is read on into the story printed under it)
    "untitled_ok": 0.95,  # 0.969
    "byline_acc": 0.96,  # 0.983
    "dateline_acc": 0.95,  # 0.970
    "kind_acc": 0.92,  # 0.937
    "paragraph_f1": 0.95,  # 0.981
    "issue_date_acc": 0.48,  # 0.500
    "coverage": 1.0,
}


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _score(export: dict, tmp_path: Path) -> dict:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        _module("gold_score", SCORER).main(
            [str(path), str(DEV / "gold"), "--pages", str(DEV / "pages"), "--json"]
        )
    text = buf.getvalue()
    return json.loads(text[: text.rindex("}") + 1])


def test_corpus_size_and_layouts():
    manifest = json.loads((DEV / "manifest.json").read_text(encoding="utf-8"))
    layouts = [entry["layout"] for entry in manifest.values()]
    assert len(manifest) >= 40
    assert layouts.count("columns") >= 20 and layouts.count("paragraphs") >= 20
    assert sorted(manifest) == sorted(p.name for p in (DEV / "pages").glob("*.txt"))


def test_every_phenomenon_is_on_several_pages_of_each_layout_that_prints_it():
    compose = _module("dev_compose", DEV / "compose.py")
    manifest = json.loads((DEV / "manifest.json").read_text(encoding="utf-8"))
    assert compose.thin_phenomena(manifest) == []
    story_tags = {t for entry in manifest.values() for t in entry["phenomena"]} - set(compose.Ph)
    for tag in story_tags:
        for layout in compose.Layout:
            pages = [
                e for e in manifest.values() if e["layout"] == layout and tag in e["phenomena"]
            ]
            assert len(pages) >= compose.MIN_PAGES_PER_PHENOMENON, (tag, layout)


def test_manifest_attributes_phenomena_to_the_gold_articles():
    manifest = json.loads((DEV / "manifest.json").read_text(encoding="utf-8"))
    for page, entry in manifest.items():
        gold = json.loads((DEV / "gold" / page.replace(".txt", ".json")).read_text("utf-8"))
        n = len(gold["articles"])
        assert len(entry["article_tags"]) == len(entry["article_phenomena"]) == n, page
        touched = {p for marks in entry["article_phenomena"] for p in marks}
        tags = {t for marks in entry["article_tags"] for t in marks}
        assert touched | tags <= set(entry["phenomena"]), page


def test_gold_scores_perfectly_against_itself(tmp_path):
    by_phenomenon = _module("score_by_phenomenon", DEV / "score_by_phenomenon.py")
    figures = _score(by_phenomenon.gold_as_export(DEV / "gold"), tmp_path)
    assert figures["articles_pred"] == figures["articles_gold"] > 0
    for key in (
        "seg_f1",
        "headline_acc",
        "title_acc",
        "untitled_ok",
        "byline_acc",
        "dateline_acc",
        "kind_acc",
        "paragraph_f1",
        "issue_date_acc",
        "coverage",
    ):
        assert figures[key] == pytest.approx(1.0), key
    assert figures["cjk_space_left"] == 0


def _chars(text: str) -> Counter:
    return Counter(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


@pytest.mark.parametrize("gold_path", sorted((DEV / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_gold_holds_exactly_the_printed_characters(gold_path):
    """Every character printed on the page is in the gold once, and nothing else is: the
    articles' fields, the extras, and the duplicates for what was printed twice (a jump
    marker's text is counted in the extras, a subhead in the paragraphs)."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    printed = _chars((DEV / "pages" / gold["source"]).read_text(encoding="utf-8"))
    read = Counter()
    for art in gold["articles"]:
        for key in ("column", "kicker", "title", "subtitle", "byline", "dateline"):
            read += _chars(art[key])
        for paragraph in art["paragraphs"]:
            read += _chars(paragraph)
    for text in gold["extras"] + gold["duplicates"]:
        read += _chars(text)
    assert printed - read == Counter(), "printed, not in the gold"
    assert read - printed == Counter(), "in the gold, not printed"


def test_pages_are_current():
    compose = _module("dev_compose", DEV / "compose.py")
    expected = compose.outputs()
    for path, text in expected.items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run tests/dev/compose.py"
    on_disk = set((DEV / "pages").glob("*.txt")) | set((DEV / "gold").glob("*.json"))
    assert on_disk <= set(expected), "stale files: run tests/dev/compose.py"


@pytest.fixture(scope="module")
def loader_figures(tmp_path_factory) -> dict:
    export = json.loads(to_json(load([DEV / "pages"])))
    return _score(export, tmp_path_factory.mktemp("dev"))


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_loader_stays_above_its_floors(loader_figures, key):
    assert loader_figures[key] >= FLOORS[key] - 1e-9, (key, loader_figures[key])
