"""The loader's figures on the held-out, unseen and independent development pages,
held as floors.

Each set was laid out by a composer of its own; the figures were measured
when the floors were set and the floors sit 0.02 under them. Raise them as
segmentation improves; never lower them to let a change through.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path

import pytest

from hnreader.corpus import load
from hnreader.corpus.export import to_json

TESTS = Path(__file__).parent
FLOORS = {
    # (lowered once, from 0.97 / 0.95 / 0.96, when the paragraph assignment
    # replaced the hand-written rules for re-joining cut paragraphs: those had
    # been written from this set's failures; the sets no rule was written on
    # gained, see the README's quality section)
    "holdout": {"seg_f1": 0.95, "headline_acc": 0.93, "byline_acc": 0.92},  # 0.973 0.950 0.945
    "unseen": {"seg_f1": 0.96, "headline_acc": 0.95, "byline_acc": 0.96},  # 0.964 0.963 0.984
    "dev_a": {"seg_f1": 0.91, "headline_acc": 0.86, "byline_acc": 0.90},  # 0.931 0.880 0.921
    "dev_b": {"seg_f1": 0.89, "headline_acc": 0.85, "byline_acc": 0.87},  # 0.917 0.877 0.896
    "dev_d": {"seg_f1": 0.92, "headline_acc": 0.87, "byline_acc": 0.87},  # 0.948 0.898 0.896
    "dev_e": {"seg_f1": 0.90, "headline_acc": 0.86, "byline_acc": 0.87},  # 0.929 0.889 0.894
    "dev_f": {"seg_f1": 0.91, "headline_acc": 0.83, "byline_acc": 0.88},  # 0.936 0.850 0.909
    "dev_g": {"seg_f1": 0.87, "headline_acc": 0.76, "byline_acc": 0.85},  # 0.899 0.785 0.874
    "dev_h": {"seg_f1": 0.91, "headline_acc": 0.83, "byline_acc": 0.84},  # 0.933 0.858 0.864
    "dev_i": {"seg_f1": 0.93, "headline_acc": 0.85, "byline_acc": 0.79},  # 0.952 0.874 0.819
}


def _scorer():
    spec = importlib.util.spec_from_file_location("gold_score_floors", TESTS / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_figures_hold_their_floors(name, tmp_path):
    pages, gold = TESTS / name / "pages", TESTS / name / "gold"
    export = tmp_path / "export.json"
    export.write_text(to_json(load([pages], workers=1)), encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _scorer().main([str(export), str(gold), "--pages", str(pages), "--json"])
    text = out.getvalue()
    figures = json.loads(text[: text.rindex("}") + 1])
    assert figures["coverage"] == pytest.approx(1.0)
    for key, floor in FLOORS[name].items():
        assert figures[key] >= floor, (key, figures[key])
