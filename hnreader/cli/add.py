"""``hnreader add PATH...``: add page files to the archive (new and changed ones)."""

from __future__ import annotations

import argparse

from ..i18n import t
from . import EXIT_OK, EXIT_USAGE
from .output import add_archive, error, open_archive, report_errors


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "add",
        help="add page files and folders to the archive",
        description="Segment and store new or changed page files under PATHs; files gone "
        "from a folder leave the archive. Exit status: 0 ok, 2 nothing could be loaded.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
    add_archive(p)


def run(args: argparse.Namespace) -> int:
    archive, errors = open_archive(args)
    report_errors(errors)
    scope = archive.scope(args.paths)
    if not archive.store.has_pages(scope):
        error(t("cli.no_pages") + (t("cli.see_above") if errors else ""))
        return EXIT_USAGE
    return EXIT_OK
