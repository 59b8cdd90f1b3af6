"""``hnreader archive``: what the archive holds and where; ``--rebuild`` redoes it."""

from __future__ import annotations

import argparse
import sys

from . import EXIT_OK
from .output import add_archive, console, ingest_progress, is_tty, plain


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
    from ..archive import open_archive

    archive = open_archive(args.archive)
    if args.rebuild:
        with ingest_progress() as progress:
            archive.rebuild(progress=progress)
    s = archive.store.summary(archive.segmenter)
    rows = [
        ("location", str(archive.folder)),
        ("issues", str(s.issues)),
        ("pages", str(s.pages)),
        ("articles", str(s.articles)),
        ("unreadable files", str(s.errors)),
        ("pages to segment again", str(s.stale)),
        ("size", f"{s.bytes / 1e6:.1f} MB"),
    ]
    if is_tty(sys.stdout):
        out = console()
        for name, value in rows:
            out.print(plain(f"{name:>24}  {value}"))
    else:
        for name, value in rows:
            sys.stdout.write(f"{name}\t{value}\n")
    return EXIT_OK
