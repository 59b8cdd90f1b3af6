"""Page files -> the archive: discover, hash, segment (in worker processes), store, index.

A file is known by its content hash: an unchanged file is never segmented
again, a changed one is, and a file gone from a folder leaves the archive.
Work is committed in batches (one SQLite transaction each, the engine
committed just before it), so a killed ingest loses at most its last batch and
the next one picks up where it stopped: files the store does not hold yet are
simply new again, and their half-indexed documents are deleted before they
are indexed anew.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..corpus.model import Corpus, LoadError, Page
from ..corpus.workers import in_workers
from .store import UNDATED, FileRecord, PageRows, from_db, page_rows

if TYPE_CHECKING:
    from . import Archive

Progress = Callable[[int, int, str], None]

#: Below this many files to segment a process pool costs more than it saves.
PARALLEL_MIN_FILES = 32
# Files per transaction, or seconds, whichever comes first: the first batch is
# small, so that a cold reader sees pages soon; each next one is twice as large up
# to the most, since every commit of the engine costs (and a new segment to merge).
BATCH_FILES = 64
BATCH_SECONDS = 2.0
BATCH_FILES_MOST = 1024
BATCH_SECONDS_MOST = 30.0
WORKER_FILES = 4  # files a worker process prepares per task (prompt cancellation)


@dataclass(frozen=True, slots=True)
class Prepared:
    """One file segmented (one page, or several for a file in parts) and made ready
    for the store and the engine, in plain values: per page its rows, and per
    article the fields the engine indexes (see ``engine.document_fields``)."""

    pages: tuple[PageRows, ...]
    fields: tuple[tuple[dict[str, list], ...], ...]


@dataclass
class Report:
    """What an ingest did."""

    added: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: int = 0
    errors: list[LoadError] = dataclasses.field(default_factory=list)
    seconds: float = 0.0


# The code whose output the archive keeps: reading and segmenting, the folded
# fields and headline pinyin the engine indexes, and the facets it counts by.
# (The query language and ranking are not among them: a change there reads the
# same archive.)
SEGMENTER_SOURCES = (
    "corpus",
    "search/fold.py",
    "search/text.py",
    "analysis/facets.py",
    "analysis/names.py",
    "analysis/places.py",
    "analysis/data",
)


def segmenter_version() -> str:
    """The version of the code that turns page text into articles and index fields.

    The sources of ``SEGMENTER_SOURCES``, hashed: any change to them (an
    upgrade, or a new checkout) marks every page stale.
    """
    from .. import __version__

    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha1(__version__.encode())
    for name in SEGMENTER_SOURCES:
        source = root / name
        paths = [source] if source.is_file() else sorted(source.rglob("*"))
        for path in paths:
            if path.suffix not in (".py", ".json"):
                continue
            with contextlib.suppress(OSError):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def prepare(path: str) -> Prepared | LoadError:
    """Read, segment and fold one file (runs in a worker process)."""
    from ..corpus.loader import parse_file
    from ..jieba_setup import use_user_cache

    use_user_cache()
    result = parse_file(Path(path))
    if isinstance(result, LoadError):
        return result
    _digest, pages = result
    try:
        return prepare_pages(pages)
    except Exception as exc:  # one odd page must not stop the ingest
        from ..corpus.read import display_path

        reason = f"could not be indexed ({type(exc).__name__}: {exc})"
        return LoadError(display_path(path), reason)


def prepare_pages(pages: Sequence[Page]) -> Prepared:
    """Pages made into the store's rows and the engine's fields."""
    from ..search.text import index_document
    from .engine import document_fields
    from .facets import facet_values

    rows, fields = [], []
    for page in pages:
        texts = [index_document(a) for a in page.articles]
        rows.append(page_rows(page, [t["pinyin"] for t in texts]))
        fields.append(
            tuple(
                document_fields(a, t, facet_values(a))
                for a, t in zip(page.articles, texts, strict=True)
            )
        )
    return Prepared(tuple(rows), tuple(fields))


def _worker_init() -> None:
    from ..jieba_setup import use_user_cache

    use_user_cache()


def _record(path: Path) -> tuple[FileRecord | None, LoadError | None]:
    """The identity of a file as it is now: path, content hash, size, time."""
    try:
        st = path.stat()
        with path.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha1").hexdigest()
    except OSError as exc:
        from ..corpus.read import _os_reason, display_path

        return None, LoadError(display_path(path), _os_reason(exc))
    return FileRecord(str(path), digest, st.st_size, st.st_mtime_ns, ""), None


def ingest(
    archive: Archive,
    paths: Sequence[str | os.PathLike[str]],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    restale: bool = False,
    on_batch: Callable[[], None] | None = None,
) -> Report:
    """Bring the archive up to date with the files at or under ``paths``.

    New and changed files are segmented and stored; files gone from under
    ``paths`` are removed. With ``restale``, files segmented by another
    version of the segmenter are segmented again (the old results stay
    readable until each page is replaced).
    """
    from ..corpus.read import discover

    started = time.monotonic()
    store = archive.store
    version = archive.segmenter
    roots = archive.scope(paths) or []
    # Discovered as given: an empty path is an error there, never the current folder.
    files, errors = discover([Path(p).absolute() if str(p) else p for p in paths])
    report = Report(errors=list(errors))
    known = store.files(roots)
    by_hash = {r.hash: p for p, r in store.files().items()}
    todo: list[FileRecord] = []
    seen: set[str] = set()
    for path in files:
        record, failure = _record(path)
        seen.add(str(path))
        if failure is not None:
            report.errors.append(failure)
            continue
        assert record is not None
        record = dataclasses.replace(record, segmenter=version)
        old = known.get(record.path)
        if (
            old is not None
            and old.hash == record.hash
            and (old.segmenter == version or not restale)
        ):
            report.unchanged += 1
            continue
        todo.append(record)
    # Stored under the paths but no longer found there: deleted, renamed or hidden.
    gone = [p for p in known if p not in seen]
    if gone:
        with store.transaction():
            dates: set[str] = set()
            for p in gone:
                dates |= store.remove_file(p)
            archive.engine.delete_paths(gone)
            archive.engine.commit()
            store.refresh(dates)
        report.removed = len(gone)
    # The same text under two names is read once (the first name kept).
    from ..corpus.read import display_path

    unique: list[FileRecord] = []
    for record in todo:
        first = by_hash.get(record.hash)
        if first is not None and first != record.path and Path(first).exists():
            reason = f"same content as {display_path(first)}"
            with store.transaction():
                dates = store.put_error(record, display_path(record.path), reason)
                archive.engine.delete_paths([record.path])
                archive.engine.commit()
                store.refresh(dates)
            report.failed += 1
            report.errors.append(LoadError(display_path(record.path), reason))
            continue
        by_hash[record.hash] = record.path
        unique.append(record)
    _segment_and_store(archive, unique, report, progress, cancelled, workers, on_batch)
    report.seconds = time.monotonic() - started
    return report


def _segment_and_store(
    archive: Archive,
    records: list[FileRecord],
    report: Report,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    workers: int | None,
    on_batch: Callable[[], None] | None = None,
) -> None:
    from ..corpus.read import display_path

    total = len(records)
    if not total:
        return
    store = archive.store
    batch: list[tuple[FileRecord, Prepared | LoadError]] = []
    flushed = time.monotonic()
    most_files, most_seconds = BATCH_FILES, BATCH_SECONDS
    known_dates = store.known_dates()
    stop = cancelled or (lambda: False)
    # Closed on the way out, so that a cancelled ingest stops its worker processes now.
    with contextlib.closing(_prepare_all(records, workers, stop)) as results:
        for done, (record, result) in enumerate(results, 1):
            if stop():
                break
            batch.append((record, result))
            if len(batch) >= most_files or time.monotonic() - flushed >= most_seconds:
                _flush(archive, batch, report, known_dates)
                batch, flushed = [], time.monotonic()
                most_files = min(2 * most_files, max(BATCH_FILES_MOST, BATCH_FILES))
                most_seconds = min(2 * most_seconds, max(BATCH_SECONDS_MOST, BATCH_SECONDS))
                if on_batch:
                    on_batch()
            if progress:
                progress(done, total, display_path(Path(record.path).name))
    if batch:
        _flush(archive, batch, report, known_dates)
        if on_batch:
            on_batch()


def _flush(
    archive: Archive,
    batch: list[tuple[FileRecord, Prepared | LoadError]],
    report: Report,
    known_dates: dict,
) -> None:
    """One batch: one transaction in the store, one commit of the engine."""
    store, engine = archive.store, archive.engine
    dates: set[str] = set()
    with store.transaction():
        engine.delete_paths(r.path for r, _ in batch)
        for record, result in batch:
            if isinstance(result, LoadError):
                dates |= store.put_error(record, result.path, result.reason)
                report.errors.append(result)
                report.failed += 1
                continue
            dates |= store.put_file(record)
            for rows, fields in zip(result.pages, result.fields, strict=True):
                rows = _dated(rows, known_dates)
                _put(archive, record, rows, fields)
                dates.add(rows.issue_date.isoformat() if rows.issue_date else UNDATED)
            report.added += 1
        store.refresh(dates)
        # The engine first: killed between the two, the store does not know the
        # batch, and its documents are deleted when it is ingested again.
        engine.commit()


def _put(
    archive: Archive,
    record: FileRecord,
    rows: PageRows,
    fields: Sequence[dict[str, list]],
    ids: Sequence[str] | None = None,
) -> None:
    """One page into the store, its articles into the engine."""
    stored = archive.store.put_rows(record, rows, ids)
    add = archive.engine.add_fields
    for filed, doc in zip(stored, fields, strict=True):
        add(record.path, filed.key, filed.date, filed.page, filed.position, doc)


def _dated(rows: PageRows, known_dates: dict) -> PageRows:
    """A page dated from its datelines, or not at all, takes the issue of a page
    filed the same day whose masthead or file name says its date (the one its
    own text names, where several years were filed that day); a page with no
    year, that of any dated page filed that day. A dated page tells the next
    ones which issue its filing day belongs to (``dates.borrow_years``, as a
    stream: the files are read in name order, front pages first)."""
    if rows.filed and (rows.issue_date is None or rows.date_source == "dateline"):
        sure = known_dates.get(("sure", *rows.filed), set())
        found = None
        if len(sure) == 1:
            found = next(iter(sure))
        elif rows.issue_date in sure:
            found = rows.issue_date
        elif rows.issue_date is None:
            found = known_dates.get(rows.filed)
        if found:
            return dataclasses.replace(rows, issue_date=found, date_source="dateline")
    if rows.issue_date is not None and rows.date_source != "unknown":
        filed_day = rows.issue_date - dt.timedelta(days=1)
        known_dates.setdefault((filed_day.month, filed_day.day), rows.issue_date)
        if rows.date_source in ("masthead", "filename"):
            known_dates.setdefault(("sure", filed_day.month, filed_day.day), set()).add(
                rows.issue_date
            )
    return rows


def _prepare_all(
    records: list[FileRecord], workers: int | None, cancelled: Callable[[], bool]
) -> Iterator[tuple[FileRecord, Prepared | LoadError]]:
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(records) >= PARALLEL_MIN_FILES else 1
    if workers <= 1:
        for record in records:
            if cancelled():
                return
            yield record, prepare(record.path)
        return
    yield from in_workers(
        _prepare_chunk,
        records,
        workers=workers,
        per_task=WORKER_FILES,
        cancelled=cancelled,
        preload=["hnreader.archive.ingest", "hnreader.corpus.segment"],
        initializer=_worker_init,
    )


def _prepare_chunk(records: list[FileRecord]) -> list[Prepared | LoadError]:
    return [prepare(r.path) for r in records]


def rebuild_engine(archive: Archive, progress: Progress | None = None) -> None:
    """Index every stored article again (after the engine's layout changed)."""
    from ..search.text import index_document
    from .facets import facet_values

    store, engine = archive.store, archive.engine
    engine.clear()
    issues = store.issues()
    pages = [p for i in issues for p in i.pages]
    # The file each page came from (a page knows only its name as shown).
    files = {
        (path, source): from_db(file)
        for path, source, file in store.db.execute("SELECT path, source, file FROM pages")
    }
    for n, page in enumerate(pages, 1):
        file = files[(page.path, page.source)]
        for article in page.articles:
            engine.add(file, article, index_document(article), facet_values(article))
        if n % 200 == 0:
            engine.commit()
        if progress:
            progress(n, len(pages), Path(page.path).name)
    engine.commit()


def store_corpus(
    archive: Archive, corpus: Corpus, records: dict[str, FileRecord] | None = None
) -> None:
    """Store and index pages already segmented (their article ids kept), in one batch.

    For pages that come from elsewhere than segmenting files now: tests, a
    reader given a corpus in memory, the seeds' pack (whose ``records`` say
    which files, and which segmenter, the pages come from).
    """
    store, engine = archive.store, archive.engine
    dates: set[str] = set()
    recorded: set[str] = set()
    with store.transaction():
        for page in corpus.pages:
            record = (records or {}).get(page.path)
            if record is None:
                digest = hashlib.sha1(page.raw.encode("utf-8")).hexdigest()
                record = FileRecord(page.path, digest, len(page.raw), 0, archive.segmenter)
            prepared = prepare_pages([page])
            if record.path not in recorded:  # a file in parts is recorded once
                recorded.add(record.path)
                engine.delete_paths([record.path])
                dates |= store.put_file(record)
            ids = [a.id for a in page.articles]
            _put(archive, record, prepared.pages[0], prepared.fields[0], ids)
            dates.add(page.issue_date.isoformat() if page.issue_date else UNDATED)
        store.refresh(dates)
        engine.commit()
    archive.refresh()
