"""load(paths) -> Corpus: read every page, segment it, date it, group issues."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from .dates import borrow_years, group_issues
from .jumps import link_jumps
from .model import Corpus, LoadError, Page
from .read import PageReadError, discover, read_page
from .segment import segment_page

Progress = Callable[[int, int, str], None]


def seeds_path() -> Path:
    """The bundled seed pages: ``seeds/`` in a checkout, ``_seeds`` in a wheel."""
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("hnreader") / "_seeds"))


#: Below this many files a process pool costs more than it saves.
PARALLEL_MIN_FILES = 64


def load(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Corpus:
    """Load page files and folders (no paths: the bundled seeds) into a Corpus.

    Unreadable files are reported in ``Corpus.errors`` and skipped; the rest load.
    ``progress(done, total, name)`` is called after each file; ``cancelled()``
    is polled between files. Large corpora are parsed in ``workers`` processes
    (default: one per core when there are many files).
    """
    given = list(paths) if paths else [seeds_path()]
    files, errors = discover(given)
    pages: list[Page] = []
    seen_content: dict[str, str] = {}
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(files) >= PARALLEL_MIN_FILES else 1
    for n, (path, result) in enumerate(_parse_all(files, workers), 1):
        if cancelled and cancelled():
            break
        if isinstance(result, LoadError):
            errors.append(result)
        else:
            page, digest = result
            if digest in seen_content and page.raw.strip():
                errors.append(LoadError(str(path), f"same content as {seen_content[digest]}"))
            else:
                seen_content[digest] = str(path)
                pages.append(page)
        if progress:
            progress(n, len(files), path.name)
    pages = borrow_years(pages)
    return Corpus(link_jumps(group_issues(_with_ids(pages))), tuple(errors))


def parse_file(path: Path) -> tuple[Page, str] | LoadError:
    """Read and segment one page file; a file that cannot be read is a LoadError."""
    try:
        raw = read_page(path)
    except PageReadError as exc:
        return LoadError(str(path), str(exc))
    digest = hashlib.sha1(raw.text.encode("utf-8")).hexdigest()
    try:
        return segment_page(raw, path.name), digest
    except Exception as exc:  # a parser bug on one page must not stop the load
        return LoadError(str(path), f"could not be segmented ({type(exc).__name__}: {exc})")


def _parse_all(
    files: list[Path], workers: int
) -> Iterator[tuple[Path, tuple[Page, str] | LoadError]]:
    if workers <= 1 or len(files) < 2:
        for path in files:
            yield path, parse_file(path)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import resource_tracker

    # The helper process multiprocessing starts first inherits stderr; a
    # terminal UI has replaced sys.stderr with an object that has no file.
    with _real_stderr():
        resource_tracker.ensure_running()

    # Not forked from here: the reader loads from a thread, and forking a
    # process that runs other threads can leave the children stuck on their
    # locks. A fork server starts clean, with the segmenter already imported.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["hnreader.corpus.segment"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from zip(files, pool.map(parse_file, files, chunksize=8), strict=True)


def _with_ids(pages: list[Page]) -> list[Page]:
    """Give every article a stable id: date, page file and position."""
    used: set[str] = set()
    out = []
    for page in pages:
        date = page.issue_date.strftime("%Y%m%d") if page.issue_date else "undated"
        stem = Path(page.source).stem[:16]
        articles = []
        for n, art in enumerate(page.articles, 1):
            aid = f"{date}-{stem}-{n:02d}"
            if aid in used:
                aid = f"{aid}-{hashlib.sha1(page.path.encode()).hexdigest()[:6]}"
            used.add(aid)
            articles.append(
                dataclasses.replace(
                    art, id=aid, position=n, issue_date=page.issue_date, page_number=page.number
                )
            )
        out.append(dataclasses.replace(page, articles=tuple(articles)))
    return out


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    saved, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


def clear_caches() -> None:
    """Forget memoised text work (for measurements and long-running processes)."""
    from . import match, reflow

    for fn in (reflow.squash, reflow.squeeze, match.words, match.bigrams, match._joins):
        fn.cache_clear()
