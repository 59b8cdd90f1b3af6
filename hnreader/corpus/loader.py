"""load(paths) -> Corpus: read every page, segment it, date it, group issues."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from .dates import borrow_years, group_issues
from .jumps import link_jumps
from .model import Corpus, LoadError, Page
from .read import PageReadError, discover, display_path, read_page, split_parts
from .segment import segment_page
from .workers import in_workers

Progress = Callable[[int, int, str], None]


def seeds_path() -> Path:
    """The bundled seed pages: ``seeds/`` in a checkout, ``_seeds`` in a wheel."""
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("hnreader") / "_seeds"))


#: Below this many files a process pool costs more than it saves.
PARALLEL_MIN_FILES = 64


class LoadCancelled(Exception):
    """The ``cancelled`` callback said stop: nothing was kept."""


#: Files a worker process parses per task (fewer round trips, prompt cancellation).
BATCH_FILES = 8

#: The digest of a file's text and its pages (several when it is split in parts).
Parsed = tuple[str, list[Page]] | LoadError


def load(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> Corpus:
    """Load page files and folders (no paths: the bundled seeds) into a Corpus.

    Unreadable files are reported in ``Corpus.errors`` and skipped; the rest load.
    ``progress(done, total, name)`` is called after each file; ``cancelled()``
    is polled between files and while waiting on workers, and when it says
    so the load stops at once (worker processes too) with ``LoadCancelled``.
    Large corpora are parsed in ``workers`` processes (default: one per core
    when there are many files).
    """
    stop = cancelled or (lambda: False)
    given = list(paths) if paths else [seeds_path()]
    files, errors = discover(given)
    pages: list[Page] = []
    seen_content: dict[str, str] = {}
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(files) >= PARALLEL_MIN_FILES else 1
    with contextlib.closing(_parse_all(files, workers, stop)) as results:
        for n, (path, result) in enumerate(results, 1):
            if stop():
                raise LoadCancelled
            if isinstance(result, LoadError):
                errors.append(result)
            else:
                digest, found = result
                label = display_path(path)
                if digest in seen_content and any(p.raw.strip() for p in found):
                    errors.append(LoadError(label, f"same content as {seen_content[digest]}"))
                else:
                    seen_content[digest] = label
                    pages.extend(found)
            if progress:
                progress(n, len(files), display_path(path.name))
    if stop():
        raise LoadCancelled
    pages = borrow_years(pages)
    return Corpus(link_jumps(group_issues(_with_ids(pages))), tuple(errors))


def parse_file(path: Path) -> Parsed:
    """Read and segment one page file; a file that cannot be read is a LoadError.

    A file far larger than a page is segmented in parts (``name.txt#1``,
    ``name.txt#2``...), each its own Page, so the cost stays linear in its size.
    """
    shown = display_path(path)
    try:
        raw = read_page(path)
    except PageReadError as exc:
        return LoadError(shown, str(exc))
    parts = split_parts(raw.text)
    name = display_path(path.name)
    pages = []
    for k, text in enumerate(parts, 1):
        source = f"{name}#{k}" if len(parts) > 1 else name
        try:
            page = segment_page(dataclasses.replace(raw, text=text), source)
        except Exception as exc:  # a parser bug on one page must not stop the load
            return LoadError(shown, f"could not be segmented ({type(exc).__name__}: {exc})")
        pages.append(dataclasses.replace(page, path=shown))
    return hashlib.sha1(raw.text.encode("utf-8")).hexdigest(), pages


def _parse_batch(files: list[Path]) -> list[Parsed]:
    return [parse_file(path) for path in files]


def _parse_all(
    files: list[Path], workers: int, cancelled: Callable[[], bool]
) -> Iterator[tuple[Path, Parsed]]:
    if workers <= 1 or len(files) < 2:
        for path in files:
            if cancelled():
                return
            yield path, parse_file(path)
        return
    yield from in_workers(
        _parse_batch,
        files,
        workers=workers,
        per_task=BATCH_FILES,
        cancelled=cancelled,
        preload=["hnreader.corpus.segment"],
    )


def _with_ids(pages: list[Page]) -> list[Page]:
    """Give every article a stable id: date, page file and position."""
    used: set[str] = set()
    out = []
    for page in pages:
        date = page.issue_date.strftime("%Y%m%d") if page.issue_date else "undated"
        stem = _stem(page.source)
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


def _stem(source: str) -> str:
    """The id part naming a page file: its stem, with the part number of a split file."""
    name, hash_, part = source.rpartition("#")
    if hash_ and part.isdigit() and name:
        return f"{Path(name).stem[:16]}#{part}"
    return Path(source).stem[:16]


def clear_caches() -> None:
    """Forget memoised text work (for measurements and long-running processes)."""
    from . import match, reflow

    for fn in (reflow.squash, reflow.squeeze, match.words, match.bigrams, match._joins):
        fn.cache_clear()
