"""``hnreader archive``: what the archive holds and where; ``--rebuild`` redoes it."""

from __future__ import annotations

import argparse
import sys

from rich.cells import cell_len

from ..i18n import t
from . import EXIT_OK
from .output import add_archive, console, ingest_progress, is_tty, open_archive, plain


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "archive",
        help="what the archive holds: issues, pages, articles, size, location",
        description="Print what the archive holds. With --rebuild, segment every stored "
        "file again (those still on disk) and index them anew.",
    )
    p.add_argument("--rebuild", action="store_true", help="segment and index everything again")
    add_archive(p)


def run(args: argparse.Namespace) -> int:
    # Opened as every other command opens it: a new archive starts with the seeds.
    archive, _ = open_archive(args)
    if args.rebuild:
        with ingest_progress() as progress:
            archive.rebuild(progress=progress)
    s = archive.store.summary(archive.segmenter)
    # Scripts get stable keys (piped); people get labels in the interface language.
    rows = [
        ("location", str(archive.folder)),
        ("issues", str(s.issues)),
        ("pages", str(s.pages)),
        ("articles", str(s.articles)),
        ("unreadable", str(s.errors)),
        ("stale", str(s.stale)),
        ("size", t("archive.megabytes", n=f"{s.bytes / 1e6:.1f}")),
    ]
    if is_tty(sys.stdout):
        out = console()
        labels = [t(f"archive.{name}") for name, _ in rows]
        width = max(map(cell_len, labels))  # Chinese characters take two cells
        for label, (_, value) in zip(labels, rows, strict=True):
            pad = " " * (width - cell_len(label))
            out.print(plain(f"{pad}{label}  {value}"))
    else:
        for name, value in rows:
            sys.stdout.write(f"{name}\t{value}\n")
    return EXIT_OK
