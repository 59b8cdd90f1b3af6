"""ReaderApp: the Textual reader of the Hunan Daily, and ``make_app``."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.driver import Driver
from textual.worker import get_current_worker

from ..i18n import Lang, choose, reason, set_language, t
from ..settings import Settings
from .commands import BY_ACTION
from .messages import CorpusLoaded, LoadFailed, LoadProgress
from .providers import ReaderCommands
from .screens.main import MainScreen, screen_class
from .state import ReaderState
from .themes import register_themes

if TYPE_CHECKING:
    from ..corpus.model import Corpus
    from .library import Library

#: Exit status when loading fails in the reader (the message goes to stderr).
EXIT_LOAD_FAILED = 3
PROGRESS_EVERY = 0.05  # seconds between progress messages from the loader
STREAM_EVERY = 3.0  # seconds between deliveries of the pages stored so far (cold start)
SAVE_AFTER = 1.0  # seconds of quiet before state is written
CANCEL_POLL = 0.05  # seconds between looks at the worker's cancellation while loading


def until_cancelled(
    job: Callable[[], Any],
    cancelled: Callable[[], bool],
    started: Callable[[threading.Thread], None] | None = None,
) -> Any:
    """``job()``'s result, or ``LoadCancelled`` as soon as ``cancelled()`` says so.

    The job runs in a daemon thread (handed to ``started``): quitting never
    waits for it (reading a cache, building an index), and it ends with the
    process. The loader sees the same ``cancelled`` and stops its worker
    processes itself.
    """
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = job()
        except BaseException as exc:  # handed to the waiting thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="hnreader-load", daemon=True)
    thread.start()
    if started:
        started(thread)
    while thread.is_alive():
        thread.join(CANCEL_POLL)
        if cancelled():
            from ..corpus.loader import LoadCancelled

            raise LoadCancelled
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def terminal_driver() -> type[Driver] | None:
    """The driver to draw with: Textual draws on stderr, so when stderr is
    redirected (``hnreader 2>log``) the screen goes to stdout, the terminal."""
    if sys.platform == "win32" or _is_tty(sys.__stderr__) or not _is_tty(sys.__stdout__):
        return None
    from textual.drivers.linux_driver import LinuxDriver

    class StdoutDriver(LinuxDriver):
        def __init__(self, app: App, **kwargs: Any) -> None:
            super().__init__(app, **kwargs)
            self._file = sys.__stdout__

    return StdoutDriver


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream and stream.isatty())
    except (AttributeError, ValueError):
        return False


class ReaderApp(App[None]):
    """Read and search the Hunan Daily issue by issue."""

    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "hnreader"
    # One provider: the reader's commands, articles and issues, then Textual's
    # own commands (translated) below them.
    COMMANDS: ClassVar = {ReaderCommands}
    ENABLE_COMMAND_PALETTE = True
    # Ctrl-C quits at any moment, as in any terminal program (Textual's default only hints).
    BINDINGS: ClassVar = [Binding("ctrl+c", "quit", "Quit", show=False, priority=True, system=True)]

    def __init__(
        self,
        corpus_paths: Sequence[str | os.PathLike[str]] | None = None,
        state_dir: str | os.PathLike[str] | None = None,
        archive_dir: str | os.PathLike[str] | None = None,
        corpus: Any = None,
        settings: Settings | None = None,
        lang: Lang | str | None = None,
    ) -> None:
        self.settings = settings or Settings()
        self.lang = choose(lang.value if isinstance(lang, Lang) else lang, self.settings.language)
        set_language(self.lang)
        super().__init__(driver_class=terminal_driver())
        #: Why loading failed, said on stderr once the screen is restored.
        self.failure: str | None = None
        self._load_threads: list[threading.Thread] = []
        self.corpus_paths = [str(p) for p in corpus_paths] if corpus_paths else None
        self.archive_dir = Path(archive_dir) if archive_dir else None
        self.given_corpus = corpus
        # Seconds an article stays on screen before it counts as read.
        self.read_after = 1.5
        self.state = ReaderState.load(state_dir)
        self.corpus: Any = None
        self.index: Any = None
        self.startup_warnings = list(self.settings.messages())
        register_themes(self)
        wanted = self.settings.theme or self.state.theme
        if wanted and wanted in self.available_themes:
            self.theme = wanted
        elif self.settings.theme:
            names = ", ".join(sorted(self.available_themes))
            self.startup_warnings.append(t("settings.unknown_theme", name=wanted, themes=names))
        # The stylesheet took its variables before the themes were made readable.
        self.stylesheet.set_variables(self.get_css_variables())
        keymap = {}
        for name, keys in self.settings.keymap.items():
            if name in BY_ACTION:
                keymap[name] = keys
            else:
                self.startup_warnings.append(t("settings.unknown_command", name=name))
        if keymap:
            self.set_keymap(keymap)

    @property
    def copies_dir(self) -> Path:
        """Where an article is saved when copying cannot be confirmed."""
        return self.state.path.parent / "copies"

    def action_command_palette(self) -> None:
        """The palette, its prompt in the interface language."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(id="--command-palette", placeholder=t("palette.placeholder"))
            )

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Every shipped theme sets these (themes.py); these are only for a
        # theme registered later without them.
        return {
            "reader-muted": "#9e9e9e",
            "reader-accent": "#ffa62b",
            "reader-hit": "#ffc473",
            "reader-bar": "#242f38",
        }

    def get_default_screen(self) -> MainScreen:
        return screen_class(self.lang)()

    @property
    def main(self) -> MainScreen:
        """The main screen, wherever it sits in the stack."""
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def on_mount(self) -> None:
        for warning in self.state.warnings:
            self.notify(
                reason(warning), title=t("state.file"), severity="warning", markup=False, timeout=8
            )
        if self.startup_warnings:
            self.notify(
                "\n".join(self.startup_warnings),
                title=t("settings.file", path=self.settings.path or ""),
                severity="warning",
                markup=False,
                timeout=12,
            )
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def on_ready(self) -> None:
        # Started after the first frame so start-up never waits on the loader
        # (or on jieba's dictionary, which the loader pulls in).
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Open the archive and deliver its pages; add new files, streaming them in.

        Warm (the archive already holds the pages): the issues are delivered at
        once, then again if files were added or changed. Cold: after the first
        batch is stored, then every ``STREAM_EVERY`` seconds while the rest is
        segmented. Pages segmented by an older segmenter are done again last,
        their old results shown meanwhile. The work runs in a daemon thread
        (see ``until_cancelled``): quitting never waits for it.
        """
        worker = get_current_worker()
        started = time.monotonic()
        last = 0.0

        def cancelled() -> bool:
            return worker.is_cancelled

        def progress(done: int, total: int, name: str = "", *_: Any) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY or done == total:
                last = now
                left = (now - started) / done * (total - done) if done else 0
                eta = t("loading.left", n=f"{left:.0f}") if done and total > done else ""
                self.post_message(LoadProgress(done, total, f"{name}{eta}"))

        try:
            until_cancelled(
                lambda: self._load(progress, cancelled), cancelled, self._load_threads.append
            )
        except Exception as exc:  # said once the screen is restored; exit non-zero
            if not cancelled():  # a load cut short by quitting is no failure
                self.post_message(LoadFailed(f"{type(exc).__name__}: {exc}"))

    def _load(self, progress: Any, cancelled: Any) -> None:
        from ..archive import open_archive
        from ..corpus.model import Corpus
        from .library import Library

        archive = open_archive(self.archive_dir)
        if self.given_corpus is not None:
            archive.add_corpus(self.given_corpus)
            library = Library(archive, [p.path for p in self.given_corpus.pages])
            self._deliver(self.given_corpus, library, more=False)
            return
        paths = self.corpus_paths
        scope = archive.scope(paths)
        library = Library(archive, scope)
        delivered = 0.0
        if archive.store.has_pages(scope):
            self._deliver(archive.corpus(paths, bodies=False), library, more=True)
            delivered = time.monotonic()
        elif not paths and (pack := archive.seed_pack()) is not None:
            # A fresh machine: the seeds as bundled, shown before anything is indexed.
            self._deliver(pack[0], library, more=True)
            archive.store_pack(pack)
            delivered = time.monotonic()

        def stored() -> None:  # a batch of pages has been committed
            nonlocal delivered
            if not delivered or time.monotonic() - delivered >= STREAM_EVERY:
                self._deliver(archive.corpus(paths, bodies=False), library, more=True)
                delivered = time.monotonic()

        report = archive.ensure(paths, progress, cancelled, on_batch=stored)
        if cancelled():
            return
        corpus = archive.corpus(paths, bodies=False)
        if report is not None and report.errors:
            corpus = Corpus(corpus.issues, tuple(report.errors))
        self._deliver(corpus, library, more=False)
        stale = [p for p in archive.stale() if not scope or any(p.startswith(s) for s in scope)]
        if stale and not cancelled():
            # After an upgrade: segmented again in the background, old results readable.
            archive.ingest(stale, cancelled=cancelled, restale=True, on_batch=stored)
            self._deliver(archive.corpus(paths, bodies=False), library, more=False)

    def _deliver(self, corpus: Corpus, library: Library, more: bool) -> None:
        from .display import prepare

        displays = prepare(
            corpus, body=library.body, raw_text=lambda page: library.raw(page.path, page.source)
        )
        self.post_message(CorpusLoaded(corpus, library, displays, more=more))
        if not more:
            _warm_up(library, corpus)
            _hold()

    def wait_for_loader(self, timeout: float) -> None:
        """Give a load cut short by quitting up to ``timeout`` seconds to wind down."""
        end = time.monotonic() + timeout
        for thread in self._load_threads:
            thread.join(max(0.0, end - time.monotonic()))

    def on_load_progress(self, message: LoadProgress) -> None:
        self.main.progress(message.done, message.total, message.name)

    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        self.corpus, self.index = message.corpus, message.index
        errors = getattr(message.corpus, "errors", ())
        if errors and not message.more:
            from .display import sanitize

            # File names are data too: an escape in one must not reach the terminal.
            shown = "\n".join(sanitize(f"{e.path}: {reason(e.reason)}") for e in errors[:10])
            more = "\n" + t("more", n=len(errors) - 10) if len(errors) > 10 else ""
            self.notify(
                f"{shown}{more}",
                title=t("files.unreadable", n=len(errors)),
                severity="warning",
                markup=False,
                timeout=10,
            )
        self.main.loaded(message.corpus, message.index, message.displays)
        # More pages on their way: the progress stays in view.
        self.main.set_class(message.more, "-loading")

    def on_load_failed(self, message: LoadFailed) -> None:
        # Nothing to read: leave, and let the command line say why (no traceback).
        self.failure = message.error
        self.exit(return_code=EXIT_LOAD_FAILED)

    def _theme_changed(self, theme: Any) -> None:
        self.state.set_theme(theme.name)
        self.schedule_save()

    def schedule_save(self) -> None:
        """Write the state after a short quiet spell (many changes, one write)."""
        timer = getattr(self, "_save_timer", None)
        if timer is not None:
            timer.stop()
        self._save_timer = self.set_timer(SAVE_AFTER, self.save_state)

    def save_state(self) -> None:
        from .display import sanitize

        try:
            self.state.save()
        except OSError as exc:
            self.notify(
                sanitize(f"{self.state.path}: {exc}"),
                title=t("state.unsaved"),
                severity="warning",
                markup=False,
            )

    def on_unmount(self) -> None:
        self.save_state()


def _hold() -> None:
    """What was loaded stays for the session (every article's metadata): kept out of
    the cyclic collector's sight, so that a full collection no longer walks it (a
    150 ms pause on a decade, in the middle of a keystroke). Garbage is collected
    first, so none of it is kept."""
    gc.collect()
    gc.freeze()


def _warm_up(index: Any, corpus: Any) -> None:
    """Lazy set-up done now, so the first keystrokes never pay for it: jieba,
    pypinyin and the engine's files (see ``Searcher.warm_up``), and throwaway
    queries that read the engine's term dictionaries."""
    index.warm_up()
    articles = corpus.articles
    if articles and articles[0].title:
        index.search(articles[0].title[:2], limit=1)
        index.search(articles[0].title[:4], limit=1)


def make_app(
    corpus_paths: Sequence[str | os.PathLike[str]] | None = None,
    state_dir: str | os.PathLike[str] | None = None,
    archive_dir: str | os.PathLike[str] | None = None,
    corpus: Any = None,
    settings_dir: str | os.PathLike[str] | None = None,
    lang: Lang | str | None = None,
) -> ReaderApp:
    """The reader on ``corpus_paths`` (default: the whole archive) or on a given Corpus.

    ``state_dir``, ``archive_dir`` and ``settings_dir`` default to the user data
    and config directories (the archive also to ``$HNREADER_ARCHIVE``); tests pass
    temporary ones. ``lang`` (zh/en) overrides ``HNREADER_LANG`` and the settings file.
    """
    return ReaderApp(
        corpus_paths,
        state_dir=state_dir,
        archive_dir=archive_dir,
        corpus=corpus,
        settings=Settings.load(settings_dir),
        lang=lang,
    )
