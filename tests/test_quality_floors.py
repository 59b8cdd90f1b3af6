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
FIGURES = ("seg_f1", "headline_acc", "byline_acc", "title_acc")
FLOORS = {
    # (lowered once, from 0.97 / 0.95 / 0.96, when the paragraph assignment
    # replaced the hand-written rules for re-joining cut paragraphs: those had
    # been written from this set's failures; the sets no rule was written on
    # gained, see the README's quality section)
    "holdout": dict(zip(FIGURES, (0.95, 0.93, 0.92, 0.83), strict=True)),  # 0.973 0.950 0.945 0.850
    "unseen": dict(zip(FIGURES, (0.96, 0.95, 0.97, 0.89), strict=True)),  # 0.972 0.977 0.992 0.917
    "dev_a": dict(zip(FIGURES, (0.91, 0.86, 0.90, 0.79), strict=True)),  # 0.932 0.886 0.921 0.818
    "dev_b": dict(zip(FIGURES, (0.92, 0.88, 0.91, 0.75), strict=True)),  # 0.940 0.900 0.927 0.768
    "dev_d": dict(zip(FIGURES, (0.94, 0.91, 0.91, 0.70), strict=True)),  # 0.964 0.925 0.934 0.724
    "dev_e": dict(zip(FIGURES, (0.92, 0.89, 0.89, 0.63), strict=True)),  # 0.942 0.910 0.912 0.653
    "dev_f": dict(zip(FIGURES, (0.92, 0.84, 0.90, 0.78), strict=True)),  # 0.940 0.861 0.920 0.803
    "dev_g": dict(zip(FIGURES, (0.90, 0.81, 0.86, 0.68), strict=True)),  # 0.921 0.828 0.883 0.697
    "dev_h": dict(zip(FIGURES, (0.93, 0.85, 0.86, 0.74), strict=True)),  # 0.947 0.870 0.883 0.762
    "dev_i": dict(zip(FIGURES, (0.95, 0.88, 0.87, 0.85), strict=True)),  # 0.966 0.895 0.889 0.874
    # (measured blind on arrival at 0.849 / 0.724 / 0.648 / 0.747)
    "dev_j": dict(zip(FIGURES, (0.91, 0.82, 0.85, 0.81), strict=True)),  # 0.927 0.840 0.868 0.831
    # (measured blind on arrival at 0.900 / 0.859 / 0.762 / 0.703)
    "dev_k": dict(zip(FIGURES, (0.91, 0.89, 0.84, 0.74), strict=True)),  # 0.925 0.906 0.857 0.758
    # (measured blind on arrival at 0.877 / 0.740 / 0.694 / 0.622)
    "dev_l": dict(zip(FIGURES, (0.92, 0.85, 0.84, 0.69), strict=True)),  # 0.943 0.866 0.861 0.709
    # (measured blind on arrival at 0.820 / 0.809 / 0.804 / 0.643)
    "dev_m": dict(zip(FIGURES, (0.82, 0.78, 0.82, 0.62), strict=True)),  # 0.847 0.803 0.843 0.643
    # (measured blind on arrival at 0.947 / 0.891 / 0.875 / 0.739)
    "dev_n": dict(zip(FIGURES, (0.94, 0.92, 0.87, 0.73), strict=True)),  # 0.969 0.945 0.893 0.758
    # (measured blind on arrival at 0.835 / 0.814 / 0.817 / 0.584)
    "dev_o": dict(zip(FIGURES, (0.89, 0.88, 0.89, 0.63), strict=True)),  # 0.911 0.907 0.917 0.658
    # (measured blind on arrival at 0.981 / 0.940 / 0.940 / 0.645)
    "dev_p": dict(zip(FIGURES, (0.96, 0.94, 0.92, 0.63), strict=True)),  # 0.989 0.964 0.940 0.651
    # (measured blind on arrival at 0.947 / 0.855 / 0.927 / 0.552, and since
    # in aggregate only: no rule was written from its pages)
    "dev_q": dict(zip(FIGURES, (0.92, 0.84, 0.90, 0.52), strict=True)),  # 0.947 0.867 0.927 0.545
    # (measured blind on arrival at 0.942 / 0.871 / 0.891 / 0.667, at the end of
    # the round that received it)
    "dev_r": dict(zip(FIGURES, (0.94, 0.89, 0.91, 0.67), strict=True)),  # 0.969 0.918 0.945 0.707
    # (measured blind on arrival at 0.959 / 0.901 / 0.922 / 0.626; 0.946 / 0.893 /
    # 0.902 / 0.611 with the segmenter of the round's start; its failures read at
    # the round's end)
    "dev_s": dict(zip(FIGURES, (0.94, 0.92, 0.90, 0.62), strict=True)),  # 0.962 0.947 0.922 0.649
    # (measured blind on arrival at 0.922 / 0.898 / 0.871 / 0.633, the same
    # with the segmenter of the round's start and of its end)
    "dev_t": dict(zip(FIGURES, (0.90, 0.87, 0.85, 0.61), strict=True)),  # 0.922 0.898 0.871 0.633
    # (measured blind on arrival at 0.949 / 0.918 / 0.918 / 0.765, the same with
    # the segmenter of the round's start)
    "dev_u": dict(zip(FIGURES, (0.93, 0.89, 0.89, 0.74), strict=True)),  # 0.949 0.918 0.918 0.765
    # (measured blind on arrival at 0.944 / 0.921 / 0.909 / 0.547, the same with
    # the segmenter of the round's start)
    "dev_v": dict(zip(FIGURES, (0.92, 0.89, 0.88, 0.52), strict=True)),  # 0.944 0.921 0.909 0.547
    # (measured blind on arrival at 0.932 / 0.903 / 0.919 / 0.842; 0.915 / 0.898 /
    # 0.903 / 0.837 with the segmenter of the round's start)
    "dev_w": dict(zip(FIGURES, (0.91, 0.88, 0.89, 0.82), strict=True)),  # 0.932 0.903 0.919 0.842
    # (measured blind on arrival at 0.990 / 0.950 / 0.960 / 0.628; 0.987 / 0.950 /
    # 0.960 / 0.628 with the segmenter of the round's start)
    "dev_x": dict(zip(FIGURES, (0.97, 0.93, 0.94, 0.60), strict=True)),  # 0.990 0.950 0.960 0.628
    # (measured blind on arrival at 0.907 / 0.897 / 0.947 / 0.542; 0.901 / 0.897 /
    # 0.947 / 0.542 with the segmenter of the round's start)
    "dev_y": dict(zip(FIGURES, (0.88, 0.87, 0.92, 0.52), strict=True)),  # 0.907 0.897 0.947 0.542
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
