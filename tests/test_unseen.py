"""The unseen evaluation pages (tests/unseen): checks on the gold only.

The gold, exported as if a segmenter had found exactly it, must score perfectly
with the gold scorer; every printed character of a page must be accounted for by
its gold; and the composer must reproduce the committed pages byte for byte.
Standard library and pytest only: nothing here runs the segmenter.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UNSEEN = ROOT / "tests" / "unseen"
PAGES = UNSEEN / "pages"
GOLD = UNSEEN / "gold"
FIELDS = ("column", "kicker", "title", "subtitle", "byline", "dateline", "continued")
PERFECT = (
    "seg_f1",
    "headline_acc",
    "title_acc",
    "byline_acc",
    "dateline_acc",
    "kind_acc",
    "paragraph_f1",
    "issue_date_acc",
)


def load_scorer():
    path = ROOT / "tests" / "gold" / "score.py"
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


def read(p: Path) -> dict:
    return json.loads(p.read_text(encoding="utf-8"))


def test_corpus_size_and_layouts():
    stories = read(UNSEEN / "stories.json")
    written = [s for s in stories if s["kind"] != "continuation"]
    assert len(written) >= 50
    info = read(UNSEEN / "phenomena.json")
    assert len(info) == len(gold_files()) >= 36
    layouts = Counter(v["layout"] for v in info.values())
    assert layouts["col"] == layouts["para"]
    for g in gold_files():
        assert (PAGES / read(g)["source"]).exists()


def export_of_gold(tmp_path: Path) -> Path:
    """The gold written as an export, as the development corpus writes its own."""
    spec = importlib.util.spec_from_file_location(
        "score_by_phenomenon", ROOT / "tests" / "dev" / "score_by_phenomenon.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(module.gold_as_export(GOLD), ensure_ascii=False), encoding="utf-8")
    return path


def test_gold_scores_perfectly(tmp_path):
    score = load_scorer()
    export = export_of_gold(tmp_path)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = score.main([str(export), str(GOLD), "--pages", str(PAGES), "--json"])
    assert rc == 0
    text = buf.getvalue()
    figures = json.loads(text[: text.rindex("}") + 1])
    for key in PERFECT:
        assert figures[key] == pytest.approx(1.0), (key, figures[key])
    assert figures["coverage"] >= 0.999
    assert figures["cjk_space_left"] == 0


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.stem)
def test_every_printed_character_is_in_the_gold(gold_path):
    gold = read(gold_path)
    raw = (PAGES / gold["source"]).read_text(encoding="utf-8")
    have = Counter()
    for a in gold["articles"]:
        for f in FIELDS:
            have.update(squash(a[f]))
        for p in a["paragraphs"]:
            have.update(squash(p))
        assert set(a["subheads"]) <= set(a["paragraphs"])
    for e in gold["extras"] + gold["duplicates"]:
        have.update(squash(e))
    printed = Counter(squash(raw))
    assert have == printed, (dict(have - printed), dict(printed - have))


@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.stem)
def test_gold_shape(gold_path):
    gold = read(gold_path)
    assert gold["source"] == gold_path.stem + ".txt"
    assert re.fullmatch(r"20\d\d-\d\d-\d\d", gold["issue_date"])
    for a in gold["articles"]:
        assert a["kind"] in ("news", "commentary", "feature", "photo", "continuation", "other")
        assert a["paragraphs"], a
        for p in a["paragraphs"]:
            assert not re.search(r"[\u4e00-\u9fff，。、“”]\s+[\u4e00-\u9fff，。、“”]", p), p
        if gold["issue_number"]:
            assert gold["page_count"]


def test_composer_reproduces_the_pages(tmp_path):
    subprocess.run([sys.executable, str(UNSEEN / "compose.py"), "--out", str(tmp_path)], check=True)
    made = sorted(p.name for p in (tmp_path / "pages").iterdir())
    assert made == sorted(p.name for p in PAGES.iterdir())
    for name in made:
        assert (tmp_path / "pages" / name).read_bytes() == (PAGES / name).read_bytes(), name
    assert sorted(p.name for p in (tmp_path / "gold").iterdir()) == [p.name for p in gold_files()]
    for g in gold_files():
        assert (tmp_path / "gold" / g.name).read_bytes() == g.read_bytes(), g.name
    assert (tmp_path / "phenomena.json").read_bytes() == (UNSEEN / "phenomena.json").read_bytes()


def test_no_seed_text_in_the_stories():
    """The stories are new text: no run of 12 characters of a seed page in them."""
    seed_files = sorted((ROOT / "seeds").glob("*.txt"))
    seeds = "".join(squash(p.read_text(encoding="utf-8")) for p in seed_files)
    runs = {seeds[i : i + 12] for i in range(len(seeds) - 11)}
    for s in read(UNSEEN / "stories.json"):
        for text in [s[f] for f in FIELDS] + s["paragraphs"]:
            t = squash(text)
            hits = [t[i : i + 12] for i in range(len(t) - 11) if t[i : i + 12] in runs]
            assert not hits, (s["id"], hits)
