"""``hnreader export``: the corpus as JSON (the scoring contract) or Markdown."""

from __future__ import annotations

import argparse
import sys

from ..corpus import load
from ..corpus.export import to_json, to_markdown
from . import EXIT_OK, EXIT_USAGE
from .output import report_errors, safe


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="print the loaded articles as JSON or Markdown",
        description="Print every loaded article to stdout.",
    )
    p.add_argument("--format", choices=("json", "markdown"), default="json")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="page files or folders (default: the bundled seeds)",
    )


def run(args: argparse.Namespace) -> int:
    corpus = load(args.paths or None)
    report_errors(corpus)
    if not corpus.pages:
        print("hnreader: no page could be loaded", file=sys.stderr)
        return EXIT_USAGE
    text = to_json(corpus) if args.format == "json" else to_markdown(corpus)
    # safe() writes bidi and C1 controls as \uXXXX escapes: still the same JSON.
    sys.stdout.write(safe(text) if args.format == "json" else safe_lines(text))
    if args.format == "json":
        sys.stdout.write("\n")
    return EXIT_OK


def safe_lines(text: str) -> str:
    return "\n".join(safe(line) for line in text.split("\n"))
