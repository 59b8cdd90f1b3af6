"""Segmentation quality on every annotated set, in one process, with the gold scorer.

    .venv/bin/python bench/quality.py                 # every set under tests/
    .venv/bin/python bench/quality.py dev -v          # one set, every miss listed
    .venv/bin/python bench/quality.py --export DIR    # keep each set's export JSON
    .venv/bin/python bench/quality.py --relayout a b  # the unseen stories laid out anew

Pages are segmented straight from their files (no archive), so a change to the
segmenter is measured at once. The figures are the scorer's (``tests/gold/score.py``,
kept as the scoring tool ships it).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import random
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hnreader.corpus.export import to_json  # noqa: E402
from hnreader.corpus.loader import load  # noqa: E402

#: name -> (pages, gold)
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "gold"),
    "dev": (ROOT / "tests" / "dev" / "pages", ROOT / "tests" / "dev" / "gold"),
    "holdout": (ROOT / "tests" / "holdout" / "pages", ROOT / "tests" / "holdout" / "gold"),
    "unseen": (ROOT / "tests" / "unseen" / "pages", ROOT / "tests" / "unseen" / "gold"),
    # laid out by independent composers, each with stories of its own
    **{
        folder.name: (folder / "pages", folder / "gold")
        for folder in sorted((ROOT / "tests").glob("dev_*"))
        if (folder / "compose.py").exists()
    },
}
#: Sets no rule was written from, their failures never read (only their
#: figures, in aggregate): their mean is the estimate for a page never seen.
BLIND = (
    "dev_q",
    "dev_za",
    "dev_zd",
    "dev_ze",
    "dev_zg",
    "dev_zj",
    "dev_zk",
    "dev_zm",
    "dev_zo",
    "dev_zp",
    "dev_zs",
    "dev_zt",
    "dev_zv",
    "dev_zw",
    "dev_zz",
    "dev_yb",
    "dev_ye",
    "dev_yg",
    "dev_yk",
    "dev_yn",
    "dev_yq",
    "dev_yt",
    "dev_yw",
    "dev_yz",
    "dev_xc",
    "dev_xf",
    "dev_xg",
    "dev_xi",
    "dev_xk",
    "dev_xm",
    "dev_xo",
    "dev_xq",
    "dev_xs",
    "dev_xu",
    "dev_xw",
    "dev_xy",
    "dev_wa",
    "dev_wc",
    "dev_we",
    "dev_wg",
    "dev_wi",
    "dev_wk",
    "dev_wm",
    "dev_wo",
    "dev_wq",
    "dev_ws",
    "dev_wu",
    "dev_ww",
    "dev_wy",
    "dev_va",
    "dev_vc",
    "dev_ve",
    "dev_vg",
    "dev_vi",
    "dev_vk",
    "dev_vm",
    "dev_vo",
    "dev_vq",
    "dev_vs",
    "dev_vu",
    "dev_vw",
    "dev_ua",
    "dev_vy",
    "dev_uc",
    "dev_ue",
    "dev_ug",
    "dev_ui",
    "dev_uk",
    "dev_um",
    "dev_uo",
    "dev_uq",
    "dev_uu",
    "dev_us",
    "dev_uy",
    "dev_uw",
    "dev_tc",
    "dev_ta",
    "dev_te",
    "dev_tg",
    "dev_ti",
    "dev_tk",
    "dev_tm",
    "dev_to",
    "dev_tq",
    "dev_ts",
    "dev_tu",
    "dev_tw",
    "dev_sa",
    "dev_sc",
    "dev_se",
    "dev_sg",
    "dev_si",
    "dev_sk",
    "dev_sm",
    "dev_so",
    "dev_sq",
    "dev_ss",
    "dev_su",
    "dev_sw",
    "dev_sy",
    "dev_ra",
    "dev_rc",
    "dev_re",
    "dev_rg",
    "dev_ri",
    "dev_rk",
    "dev_rm",
    "dev_ro",
    "dev_rq",
)
FIGURES = (
    "seg_f1",
    "headline_acc",
    "title_acc",
    "byline_acc",
    "dateline_acc",
    "kind_acc",
    "paragraph_f1",
    "issue_date_acc",
    "coverage",
)


def scorer():
    spec = importlib.util.spec_from_file_location("score", ROOT / "tests" / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(name: str, verbose: bool, keep: Path | None) -> dict[str, float]:
    pages, gold = SETS[name]
    started = time.perf_counter()
    corpus = load([pages], workers=1)
    elapsed = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / f"{name}.json"
        export.write_text(to_json(corpus), encoding="utf-8")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"{name}.json").write_text(export.read_text(encoding="utf-8"))
        out = io.StringIO()
        args = [str(export), str(gold), "--pages", str(pages), "--json"]
        with contextlib.redirect_stdout(out):
            scorer().main(args)
        text = out.getvalue()
        figures = json.loads(text[: text.rindex("}") + 1])
        if verbose:
            with contextlib.redirect_stdout(io.StringIO()) as listing:
                scorer().main([*args[:-1], "-v"])
            print(listing.getvalue())
    figures["seconds"] = elapsed
    figures["pages"] = len(corpus.pages)
    return figures


def relayout(salt: str, folder: Path) -> tuple[Path, Path]:
    """The unseen stories laid out again by their composer with its random
    choices seeded anew (the page name and ``salt``): pages no rule was
    written on, of the same stories; (pages, gold)."""
    spec = importlib.util.spec_from_file_location(
        "unseen_compose", SETS["unseen"][0].parent / "compose.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)

    class Salted(random.Random):
        def __init__(self, seed=None) -> None:
            super().__init__(f"{seed}-{salt}" if isinstance(seed, str) else seed)

    module.random = types.SimpleNamespace(Random=Salted)
    with contextlib.redirect_stdout(io.StringIO()):
        module.main(["--out", str(folder)])
    return folder / "pages", folder / "gold"


#: The figures of the README's table, in its order.
TABLE = ("seg_f1", "headline_acc", "title_acc", "byline_acc", "paragraph_f1")


def markdown(results: dict[str, dict[str, float]]) -> str:
    """The sets as rows of a Markdown table: pages, gold articles, figures."""
    head = ["set", "pages", "articles", *TABLE]
    rows = [
        [f"`{name}`", str(f["pages"]), str(f["articles_gold"]), *(f"{f[k]:.3f}" for k in TABLE)]
        for name, f in results.items()
    ]
    blind = [results[name] for name in BLIND if name in results]
    if blind:
        pages = sum(f["pages"] for f in blind)
        articles = sum(f["articles_gold"] for f in blind)
        means = (f"{sum(f[k] for f in blind) / len(blind):.3f}" for k in TABLE)
        rows.append([f"mean of the {len(blind)} blind sets", str(pages), str(articles), *means])
    lines = [head, ["---"] * len(head), *rows]
    return "\n".join("| " + " | ".join(row) + " |" for row in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET", help=f"any of {', '.join(SETS)}")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--export", type=Path, help="keep the export JSON of each set here")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--markdown", action="store_true", help="a table of the sets, one a row (the README's)"
    )
    parser.add_argument(
        "--relayout", nargs="+", metavar="SALT", default=[], help="the unseen stories laid out anew"
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        parser.error(f"no set named {unknown[0]!r}")
    names = args.sets or ([] if args.relayout else list(SETS))
    with tempfile.TemporaryDirectory() as work:
        for salt in args.relayout:
            SETS[f"re-{salt}"] = relayout(salt, Path(work) / salt)
            names.append(f"re-{salt}")
        results = {name: measure(name, args.verbose, args.export) for name in names}
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    if args.markdown:
        print(markdown(results))
        return 0
    print(f"{'':16}" + "".join(f"{name:>10}" for name in results))
    for key in (*FIGURES, "pages", "seconds"):
        row = []
        for figures in results.values():
            value = figures.get(key)
            row.append(f"{value:10.3f}" if isinstance(value, float) else f"{value!s:>10}")
        print(f"{key:16}" + "".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
