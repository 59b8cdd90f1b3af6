"""Segmentation quality when the pages come out of another extraction.

    .venv/bin/python bench/variants.py                  # every variant, every read set
    .venv/bin/python bench/variants.py ascii quotes     # some variants
    .venv/bin/python bench/variants.py --sets dev_xd    # some sets

Each variant rewrites every page of the read sets the way another extraction of
the same PDF gives it: sentence marks in their ASCII form (``,()``, as seed 001
prints them), a glyph gap after every opening quote (“ 新湖南”), spaces around
every figure (突破 35 万户), spaces on both sides of every pause (隆 ， 20 多), a
space before every percent sign (增长 12.7 %), a space after a figure only (3.2 万亩).
The scorer squashes spaces and reads NFKC, so the gold is the same text; what
changes is only what the segmenter is given. Printed: each figure summed over
the sets, rewritten minus as written (0 everywhere: the segmenter reads every
variant as the page itself). The blind sets are left out: their failures are
never read, and these figures point at failures.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import quality

#: The figures summed, in the order printed.
SUMMED = ("seg_f1", "headline_acc", "byline_acc", "title_acc", "paragraph_f1")

_ASCII = str.maketrans(dict(zip("，（）：；？！", ",():;?!", strict=True)))

#: name -> what it does to a line of a page
VARIANTS: dict[str, Callable[[str], str]] = {
    "ascii": lambda line: line.translate(_ASCII),
    "quotes": lambda line: re.sub(r"“(?=\S)", "“ ", line),
    "figures": lambda line: re.sub(r"(?<=[^\s\d.])(\d[\d.]*)(?=[^\s\d.])", r" \1 ", line),
    "pauses": lambda line: re.sub(r"(?<=\S)([，、；：])(?=\S)", r" \1 ", line),
    "percent": lambda line: re.sub(r"(?<=\d)([%％])", r" \1", line),
    "after": lambda line: re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", line),
}


def read_sets() -> list[str]:
    """The annotated sets whose failures may be read: every one but the blind."""
    return [name for name in quality.SETS if name not in quality.BLIND]


def rewritten(name: str, variant: str, root: Path) -> tuple[Path, Path]:
    """The set's pages rewritten by ``variant`` under ``root``; (pages, gold)."""
    pages, gold = quality.SETS[name]
    out = root / variant / name
    out.mkdir(parents=True)
    change = VARIANTS[variant]
    for page in sorted(pages.glob("*.txt")):
        lines = page.read_text(encoding="utf-8").split("\n")
        (out / page.name).write_text("\n".join(change(line) for line in lines), encoding="utf-8")
    return out, gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "variants", nargs="*", metavar="VARIANT", help=f"any of {', '.join(VARIANTS)}"
    )
    parser.add_argument("--sets", nargs="+", metavar="SET", help="read sets to rewrite (all)")
    args = parser.parse_args(argv)
    variants = args.variants or list(VARIANTS)
    names = args.sets or read_sets()
    unknown = [v for v in variants if v not in VARIANTS]
    unknown += [name for name in names if name not in quality.SETS]
    if unknown:
        parser.error(f"no variant or set named {unknown[0]!r}")
    if any(name in quality.BLIND for name in names):
        parser.error("the blind sets are measured in aggregate only (bench/quality.py)")
    as_written = {name: quality.measure(name, False, None) for name in names}
    print(f"{len(names)} read sets; each figure summed over them, rewritten minus as written")
    print(f"{'variant':10}" + "".join(f"{key:>14}" for key in SUMMED))
    with tempfile.TemporaryDirectory() as work:
        for variant in variants:
            sums = dict.fromkeys(SUMMED, 0.0)
            for name in names:
                quality.SETS[f"{variant}:{name}"] = rewritten(name, variant, Path(work))
                figures = quality.measure(f"{variant}:{name}", False, None)
                for key in SUMMED:
                    sums[key] += (figures.get(key) or 0.0) - (as_written[name].get(key) or 0.0)
            print(f"{variant:10}" + "".join(f"{sums[key]:+14.3f}" for key in SUMMED))
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
