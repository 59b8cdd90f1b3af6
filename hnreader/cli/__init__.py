"""Command line: ``hnreader [PATH...]`` opens the reader; subcommands for scripts.

Exit codes: 0 ok, 1 nothing found, 2 usage or input error, 3 the reader
failed while loading, 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .. import __version__
from ..i18n import choose, set_language, t

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C

# Each command lives in its own module with add_parser(subparsers) and run(args).
COMMANDS = ("export", "search", "issues", "list", "show", "add", "archive", "trend", "facets")


def _module(name: str):
    module = {"list": "listing", "archive": "holdings"}.get(name, name)
    return importlib.import_module(f".{module}", __name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hnreader",
        description="Read and search the Hunan Daily (湖南日报) from raw page text. "
        "With no command, adds PATHs to the archive and opens the reader on them "
        "(default: the whole archive; a new archive starts with the bundled seed pages).",
    )
    parser.add_argument("--version", action="version", version=f"hnreader {__version__}")
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="interface language (default: zh, or HNREADER_LANG, or the settings file)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        _module(name).add_parser(sub)
    return parser


def take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang X`` / ``--lang=X`` wherever it is given, and the other arguments."""
    lang, rest = None, []
    items = iter(argv)
    for arg in items:
        if arg == "--lang":
            lang = next(items, None)
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        else:
            rest.append(arg)
    return lang, rest


def setup_language(flag: str | None) -> None:
    """Speak the chosen language: --lang, else HNREADER_LANG, else the settings file."""
    from ..settings import Settings

    setting = None if flag or os.environ.get("HNREADER_LANG") else Settings.load().language
    set_language(choose(flag, setting))


def unknown_command(word: str) -> str | None:
    """The message for a first argument that is neither a command nor a path, else None."""
    if word.startswith("-") or os.path.exists(word):
        return None
    guess = difflib.get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if guess:
        return t("cli.unknown_command", name=word, guess=guess[0])
    if os.sep in word or "." in word:
        return None  # a path that is not there: the loader says so
    return t("cli.unknown_command_plain", name=word)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``hnreader`` on ``argv`` (default: the process's own arguments, and
    then the reader ends the process as soon as it is done)."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv), leave=argv is None)
    except KeyboardInterrupt:  # Ctrl-C: stop quietly, as the shell expects
        return EXIT_INTERRUPTED


def _main(argv: list[str], leave: bool = False) -> int:
    lang, argv = take_lang(argv)
    setup_language(lang)
    parser = build_parser()
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        message = unknown_command(argv[0]) if argv else None
        if message:
            from .output import error

            error(message)
            return EXIT_USAGE
        return open_reader(parser, argv, leave=leave, lang=lang)
    args = parser.parse_args(argv)
    from .output import pipe_closed_quietly

    with pipe_closed_quietly():
        return _module(args.command).run(args)
    return EXIT_OK  # the reader of our output went away: nothing more to say


def open_reader(
    parser: argparse.ArgumentParser, argv: list[str], leave: bool = False, lang: str | None = None
) -> int:
    """The reader on the paths in ``argv``, in ``lang``; its exit status.

    ``leave``: end the process when the reader is done (see ``_leave_now``).
    """
    reader = argparse.ArgumentParser(prog="hnreader", parents=[], add_help=False)
    reader.add_argument("paths", nargs="*")
    reader.add_argument("--state-dir")
    reader.add_argument("--archive")
    args, unknown = reader.parse_known_args(argv)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        # No terminal to draw on (piped, redirected, in a script): say what
        # would be read instead of starting a full-screen app.
        print(f"hnreader: {t('cli.not_terminal')}", file=sys.stderr)
        extra = ["--archive", args.archive] if args.archive else []
        extra += ["--lang", lang] if lang else []
        return main(["issues", *extra, *args.paths])
    from ..app import make_app

    app = make_app(
        args.paths or None, state_dir=args.state_dir, archive_dir=args.archive, lang=lang
    )
    app.run()
    if app.failure:
        from .output import error

        error(t("cli.load_failed", error=app.failure))
    code = app.return_code or EXIT_OK
    if leave:
        _leave_now(app, code)
    return code


#: Seconds a load cut short by quitting gets to stop its worker processes.
QUIT_GRACE = 0.3


def _leave_now(app: Any, code: int) -> NoReturn:
    """End the process without the interpreter's teardown.

    All is done: the state was saved as the screen closed, and the screen
    is restored. What is left is freeing a large heap (the corpus, its
    index, jieba's dictionary) object by object: 0.4-1 s measured, while
    the shell waits. Quitting must take well under half a second.
    """
    app.wait_for_loader(QUIT_GRACE)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
