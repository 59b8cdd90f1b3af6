"""The archive's store: SQLite (WAL) holding files, pages, articles, issues and links.

Everything is plain rows, JSON text and zlib-compressed text: nothing read back
from disk is ever executed. Each ingest batch is one transaction, so a process
killed half-way leaves the last committed batch and the next ingest resumes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..corpus.model import Article, Issue, Jump, LoadError, Masthead, Page

#: Bumped whenever the tables change shape; an archive of another shape is rebuilt.
SCHEMA_VERSION = 4
STORE_NAME = "archive.sqlite3"
UNDATED = "undated"
CACHE_KB = 32_768  # SQLite's page cache per connection: a batch's index pages stay in memory
WAL_KEEP = 64 << 20  # bytes of write-ahead log kept after a checkpoint (a big batch's is cut)
TEXT_LEVEL = 6  # zlib level of raw pages and bodies (the archive's size on disk)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    segmenter TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS load_errors (
    path TEXT PRIMARY KEY REFERENCES files(path) ON DELETE CASCADE,
    shown TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    path TEXT NOT NULL,
    source TEXT NOT NULL,
    raw BLOB NOT NULL,
    issue_date TEXT,
    date_source TEXT NOT NULL,
    number INTEGER,
    masthead TEXT,
    duplicates TEXT NOT NULL,
    encoding TEXT NOT NULL,
    layout TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pages_date ON pages(issue_date);
CREATE INDEX IF NOT EXISTS pages_file ON pages(file);
CREATE TABLE IF NOT EXISTS extras (
    page INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,  -- masthead, box, swept (the export's extra_kinds)
    PRIMARY KEY (page, n)
);
CREATE TABLE IF NOT EXISTS articles (
    -- Rows in the order they are stored: kept in key order (a hash), each batch's
    -- rows would land all over the file.
    n INTEGER PRIMARY KEY,
    key INTEGER NOT NULL UNIQUE,
    id TEXT NOT NULL UNIQUE,
    page INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    source TEXT NOT NULL,
    issue_date TEXT,
    page_number INTEGER,
    kind TEXT NOT NULL,
    column_name TEXT NOT NULL,
    kicker TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL,
    title_derived INTEGER NOT NULL,
    byline TEXT NOT NULL,
    dateline TEXT NOT NULL,
    continued TEXT NOT NULL,
    subheads TEXT NOT NULL,
    source_lines TEXT NOT NULL,
    markers TEXT NOT NULL,
    jumps TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    paragraphs BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_page ON articles(page, position);
CREATE TABLE IF NOT EXISTS links (
    article TEXT NOT NULL,
    other TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    PRIMARY KEY (article, other)
);
CREATE INDEX IF NOT EXISTS links_date ON links(issue_date);
CREATE TABLE IF NOT EXISTS issues (
    date TEXT PRIMARY KEY,
    pages INTEGER NOT NULL,
    articles INTEGER NOT NULL
);
"""

# Columns read to rebuild an Article without its body, then the body.
_HEAD_COLUMNS = (
    "a.key, a.id, a.source, a.kind, a.column_name, a.kicker, a.title, a.subtitle, "
    "a.title_derived, a.byline, a.dateline, a.continued, a.subheads, a.issue_date, "
    "a.page_number, a.position, a.source_lines, a.markers, a.jumps"
)


# What a list of headlines needs: no body, no line numbers, markers or jumps.
_LEAN_COLUMNS = (
    "a.key, a.id, a.source, a.kind, a.column_name, a.kicker, a.title, a.subtitle, "
    "a.title_derived, a.byline, a.dateline, a.continued, a.issue_date, a.page_number, "
    "a.position"
)


class SchemaMismatch(RuntimeError):
    """The archive was written by a program with another table layout."""


def article_key(article_id: str) -> int:
    """A stable 63-bit number for an article id: its row key in store and engine."""
    digest = hashlib.blake2b(article_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def pack_text(text: str) -> bytes:
    """Long text, compressed (zlib: data only)."""
    return zlib.compress(text.encode("utf-8"), TEXT_LEVEL)


def unpack_text(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


# A file name that is not UTF-8 holds surrogate escapes (U+DC80..U+DCFF), which
# SQLite and the engine cannot store: they are kept as private-use characters,
# one for one, so that a folder's files still sort under the folder.
_TO_DB = {0xDC80 + i: 0xF780 + i for i in range(128)}
_FROM_DB = {v: k for k, v in _TO_DB.items()}


def to_db(path: str) -> str:
    """A file path as the store and the engine keep it."""
    return path.translate(_TO_DB)


def from_db(text: str) -> str:
    """A file path as the store keeps it -> the path on disk."""
    return text.translate(_FROM_DB)


def under(paths: Sequence[str], column: str = "path") -> tuple[str, list[str]]:
    """An SQL condition on ``column`` for files at or under each of ``paths``."""
    terms, args = [], []
    for p in map(to_db, paths):
        # Under a folder: every path between "p/" and "p0" ("0" follows "/").
        terms.append(f"({column} = ? OR ({column} >= ? AND {column} < ?))")
        args += [p, p.rstrip("/") + "/", p.rstrip("/") + "0"]
    return "(" + " OR ".join(terms) + ")", args


@dataclass(frozen=True, slots=True)
class FileRecord:
    """What the archive knows of one page file."""

    path: str
    hash: str
    size: int
    mtime_ns: int
    segmenter: str


@dataclass(frozen=True, slots=True)
class Summary:
    """What an archive holds (``hnreader archive``)."""

    issues: int
    pages: int
    articles: int
    errors: int
    stale: int
    bytes: int


class Store:
    """One SQLite database; one connection per thread (SQLite's rule)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / STORE_NAME
        folder.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._connections: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._lock = threading.Lock()
        version = self.meta("schema")
        if version is not None and version != str(SCHEMA_VERSION):
            raise SchemaMismatch(f"archive schema {version}; this program reads {SCHEMA_VERSION}")
        # executescript commits on its own; every statement is idempotent.
        self.db.executescript(_SCHEMA)
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))

    @property
    def db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(
                self.path, timeout=60, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA foreign_keys=ON")
            db.execute(f"PRAGMA cache_size=-{CACHE_KB}")
            db.execute(f"PRAGMA journal_size_limit={WAL_KEEP}")
            self._local.db = db
            with self._lock:
                # Workers come and go (a thread per search): close what they left.
                alive = []
                for thread, other in self._connections:
                    if thread.is_alive():
                        alive.append((thread, other))
                    else:
                        with contextlib.suppress(sqlite3.Error):
                            other.close()
                self._connections = [*alive, (threading.current_thread(), db)]
        return db

    def close(self) -> None:
        with self._lock:
            for _, db in self._connections:
                with contextlib.suppress(sqlite3.Error):
                    db.close()
            self._connections.clear()
        self._local = threading.local()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it lands, or none of it."""
        db = self.db
        if db.in_transaction:  # nested: part of the outer one
            yield db
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    # ---- meta ---------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # a new, empty archive
            return None
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # ---- files --------------------------------------------------------------------------

    def files(self, paths: Sequence[str] | None = None) -> dict[str, FileRecord]:
        """Every file the archive holds (at or under ``paths`` when given)."""
        sql = "SELECT path, hash, size, mtime_ns, segmenter FROM files"
        args: list[str] = []
        if paths:
            cond, args = under(paths)
            sql += " WHERE " + cond
        return {
            from_db(r[0]): FileRecord(from_db(r[0]), *r[1:]) for r in self.db.execute(sql, args)
        }

    def stale_files(self, segmenter: str) -> list[str]:
        """Files segmented by another version of the segmenter."""
        rows = self.db.execute("SELECT path FROM files WHERE segmenter != ?", (segmenter,))
        return [from_db(r[0]) for r in rows]

    def remove_file(self, path: str) -> set[str]:
        """Forget a file and what was made of it; the issue dates it touched."""
        db = self.db
        dates = {
            r[0] or UNDATED
            for r in db.execute("SELECT issue_date FROM pages WHERE file = ?", (to_db(path),))
        }
        db.execute("DELETE FROM files WHERE path = ?", (to_db(path),))
        return dates

    def put_file(self, record: FileRecord) -> set[str]:
        """Record a file in place of what it gave before; the issue dates it touched."""
        dates = self.remove_file(record.path)
        row = (to_db(record.path), *dataclasses.astuple(record)[1:])
        self.db.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?)", row)
        return dates

    def put_error(self, record: FileRecord, shown: str, reason: str) -> set[str]:
        """Record a file that could not be loaded (``shown``: its name as printed)."""
        dates = self.put_file(record)
        self.db.execute(
            "INSERT INTO load_errors VALUES (?, ?, ?)", (to_db(record.path), shown, reason)
        )
        return dates

    def known_dates(self) -> dict:
        """(month, day) a story was filed -> the issue it was printed in (dated
        pages); and, under ("sure", month, day), every issue of that filing day
        whose masthead or file name says its date."""
        out: dict = {}
        rows = self.db.execute(
            "SELECT DISTINCT issue_date, date_source FROM pages "
            "WHERE issue_date IS NOT NULL AND date_source != 'unknown' ORDER BY issue_date"
        )
        for text, source in rows:
            date = dt.date.fromisoformat(text)
            filed = date - dt.timedelta(days=1)
            out.setdefault((filed.month, filed.day), date)
            if source in ("masthead", "filename"):
                out.setdefault(("sure", filed.month, filed.day), set()).add(date)
        return out

    def put_rows(
        self, record: FileRecord, rows: PageRows, ids: Sequence[str] | None = None
    ) -> list[Filed]:
        """Store one page, made into rows by :func:`page_rows`, of a file already
        recorded (``put_file``); where each of its articles was filed, in order.

        Articles get their stable ids here (date, page file, position) and the
        page's date and number, unless ``ids`` are given (pages segmented
        elsewhere, whose articles keep what they have).
        """
        db = self.db
        issue_date = _iso(rows.issue_date)
        cur = db.execute(
            "INSERT INTO pages (file, path, source, issue_date, date_source, number, raw, "
            "masthead, duplicates, encoding, layout) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                to_db(record.path),
                rows.path,
                rows.source,
                issue_date,
                rows.date_source,
                rows.number,
                *rows.cells,
            ),
        )
        page_id = cur.lastrowid
        db.executemany(
            "INSERT INTO extras VALUES (?, ?, ?, ?)",
            [
                (page_id, n, text, kind)
                for n, (text, kind) in enumerate(zip(rows.extras, rows.extra_kinds, strict=True))
            ],
        )
        articles, filed = [], []
        if ids is None:
            ids = self._new_ids(rows, record.path)
            for n, (aid, cells) in enumerate(zip(ids, rows.articles, strict=True), 1):
                key = article_key(aid)
                own = (n, cells[1], issue_date, rows.number)  # position, source, date, page
                articles.append((key, aid, page_id, *own, *cells[4:]))
                filed.append(Filed(key, rows.issue_date, rows.number, n))
        else:
            for aid, cells in zip(ids, rows.articles, strict=True):
                key = article_key(aid)
                articles.append((key, aid, page_id, *cells))
                filed.append(Filed(key, _date(cells[2]), cells[3], cells[0]))
        db.executemany(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({_ARTICLE_MARKS})", articles
        )
        return filed

    def _new_ids(self, rows: PageRows, path: str) -> list[str]:
        date = rows.issue_date.strftime("%Y%m%d") if rows.issue_date else UNDATED
        stem = _stem(rows.source)
        wanted = [f"{date}-{stem}-{n:02d}" for n in range(1, len(rows.articles) + 1)]
        taken = set()
        for chunk in range(0, len(wanted), 500):
            part = wanted[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            taken |= {
                r[0]
                for r in self.db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", part)
            }
        if not taken:
            return wanted
        suffix = hashlib.sha1(rows.path.encode()).hexdigest()[:6]
        # Another file of the same name and date holds these.
        return [f"{aid}-{suffix}" if aid in taken else aid for aid in wanted]

    # ---- issues and links ---------------------------------------------------------------

    def refresh(self, dates: Iterable[str]) -> None:
        """Recount the issues of ``dates`` and relink their continued stories."""
        from ..corpus.jumps import link_jumps

        db = self.db
        for date in set(dates):
            value = None if date == UNDATED else date
            match = "p.issue_date IS NULL" if value is None else "p.issue_date = ?"
            args = [] if value is None else [value]
            db.execute("DELETE FROM issues WHERE date = ?", (date,))
            db.execute("DELETE FROM links WHERE issue_date = ?", (date,))
            pages, articles, jumps = db.execute(
                "SELECT count(DISTINCT p.id), count(a.key), "
                "coalesce(sum(a.jumps LIKE '%\"from\"%'), 0) "
                f"FROM pages p LEFT JOIN articles a ON a.page = p.id WHERE {match}",
                args,
            ).fetchone()
            if not pages:
                continue
            db.execute("INSERT INTO issues VALUES (?, ?, ?)", (date, pages, articles))
            if value is None or not jumps:
                continue  # nothing continued from another page: nothing to link
            issue = self._issue(value, bodies=True, links=False)
            if issue is None:
                continue
            (linked,) = link_jumps([issue])
            db.executemany(
                "INSERT OR IGNORE INTO links VALUES (?, ?, ?)",
                [(a.id, other, date) for a in linked.articles for other in a.links],
            )

    # ---- reading ------------------------------------------------------------------------

    def issues(self, paths: Sequence[str] | None = None, bodies: bool = True) -> tuple[Issue, ...]:
        """Every issue (of the files at or under ``paths``), oldest first, undated last.

        Without ``bodies`` articles come without paragraphs, subheads, line
        numbers, markers and jumps (read them with :meth:`article`) and pages
        without raw text (:meth:`raw`): what lists of headlines need.
        """
        where, args = ("", [])
        if paths:
            cond, args = under(paths, "p.file")
            where = "WHERE " + cond
        pages = self._pages(where, args, bodies)
        by_date: dict[dt.date | None, list[Page]] = {}
        for page in pages:
            by_date.setdefault(page.issue_date, []).append(page)
        return _grouped(by_date)

    def _issue(self, date: str | None, bodies: bool, links: bool = True) -> Issue | None:
        where = "WHERE p.issue_date IS NULL" if date is None else "WHERE p.issue_date = ?"
        pages = self._pages(where, [] if date is None else [date], bodies, links)
        if not pages:
            return None
        return _grouped({pages[0].issue_date: pages})[0]

    def _pages(self, where: str, args: list, bodies: bool, links: bool = True) -> list[Page]:
        db = self.db
        raw = "p.raw" if bodies else "NULL"
        page_rows = db.execute(
            f"SELECT p.id, p.source, p.path, {raw}, p.issue_date, p.date_source, p.number, "
            f"p.masthead, p.duplicates, p.encoding, p.layout FROM pages p {where}",
            args,
        ).fetchall()
        if not page_rows:
            return []
        ids = [r[0] for r in page_rows]
        articles: dict[int, list[Article]] = {i: [] for i in ids}
        extras: dict[int, list[str]] = {i: [] for i in ids}
        kinds: dict[int, list[str]] = {i: [] for i in ids}
        columns = f"{_HEAD_COLUMNS}, a.paragraphs" if bodies else _LEAN_COLUMNS
        make = _article if bodies else _lean_article
        link_map = self._links() if links else {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk : chunk + 900]
            marks = ",".join("?" * len(part))
            for row in db.execute(
                f"SELECT a.page, {columns} FROM articles a "
                f"WHERE a.page IN ({marks}) ORDER BY a.page, a.position",
                part,
            ):
                articles[row[0]].append(make(row[1:], link_map))
            for page_id, text, kind in db.execute(
                f"SELECT page, text, kind FROM extras WHERE page IN ({marks}) ORDER BY page, n",
                part,
            ):
                extras[page_id].append(text)
                kinds[page_id].append(kind)
        return [
            Page(
                source=r[1],
                path=r[2],
                raw=unpack_text(r[3]) if r[3] is not None else "",
                articles=tuple(articles[r[0]]),
                issue_date=_date(r[4]),
                date_source=r[5],
                number=r[6],
                masthead=_masthead(r[7]),
                extras=tuple(extras[r[0]]),
                extra_kinds=tuple(kinds[r[0]]),
                duplicates=tuple(json.loads(r[8])),
                encoding=r[9],
                layout=r[10],
            )
            for r in page_rows
        ]

    def _links(self, ids: Sequence[str] | None = None) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        if ids is None:
            rows = self.db.execute("SELECT article, other FROM links ORDER BY rowid")
        else:
            marks = ",".join("?" * len(ids))
            rows = self.db.execute(
                f"SELECT article, other FROM links WHERE article IN ({marks}) ORDER BY rowid",
                list(ids),
            )
        for article, other in rows:
            out.setdefault(article, []).append(other)
        return out

    def article(self, article_id: str) -> Article | None:
        """One article, body included."""
        found = self.articles_by_key([article_key(article_id)])
        return next(iter(found.values()), None)

    def articles_by_key(self, keys: Sequence[int], bodies: bool = True) -> dict[int, Article]:
        """Articles by engine key (without paragraphs unless ``bodies``); unknown keys
        are left out."""
        out: dict[int, Article] = {}
        body = ", a.paragraphs" if bodies else ""
        for chunk in range(0, len(keys), 900):
            part = list(keys[chunk : chunk + 900])
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                f"SELECT {_HEAD_COLUMNS}{body} FROM articles a WHERE a.key IN ({marks})",
                part,
            ).fetchall()
            links = self._links([r[1] for r in rows]) if rows else {}
            for row in rows:
                out[row[0]] = _article(row, links)
        return out

    def holds(self, article_id: str, paths: Sequence[str]) -> bool:
        """Whether the article comes from a file at or under ``paths``."""
        cond, args = under(paths, "p.file")
        row = self.db.execute(
            "SELECT 1 FROM articles a JOIN pages p ON a.page = p.id WHERE a.key = ? AND " + cond,
            [article_key(article_id), *args],
        ).fetchone()
        return row is not None

    def ids_like(self, wanted: str, paths: Sequence[str] | None = None) -> list[str]:
        """Ids that could be what was meant: those of the same issue date, else all
        (on a big archive only the same date's, so a typo costs no scan)."""
        date = wanted.split("-", 1)[0]
        sql = "SELECT a.id FROM articles a JOIN pages p ON a.page = p.id"
        args: list = []
        terms = []
        if len(date) == 8 and date.isdigit():
            terms.append("a.id >= ? AND a.id < ?")
            args += [date, date + "~"]
        if paths:
            cond, more = under(paths, "p.file")
            terms.append(cond)
            args += more
        if terms:
            sql += " WHERE " + " AND ".join(terms)
        return [r[0] for r in self.db.execute(sql + " LIMIT 5000", args)]

    def pinyin(self, keys: Sequence[int]) -> dict[int, tuple[str, ...]]:
        """Headline pinyin (one piece per folded character) by key."""
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            f"SELECT key, pinyin FROM articles WHERE key IN ({marks})", list(keys)
        )
        return {k: tuple(p.split(" ")) if p else () for k, p in rows}

    def raw(self, path: str, source: str | None = None) -> str:
        """The decoded text of a page (``Page.path`` and ``Page.source``), as read."""
        sql, args = "SELECT raw FROM pages WHERE path = ?", [path]
        if source is not None:
            sql, args = sql + " AND source = ?", [path, source]
        row = self.db.execute(sql + " LIMIT 1", args).fetchone()
        return unpack_text(row[0]) if row else ""

    def errors(self, paths: Sequence[str] | None = None) -> tuple[LoadError, ...]:
        sql, args = "SELECT shown, reason FROM load_errors", []
        if paths:
            cond, args = under(paths)
            sql += " WHERE " + cond
        return tuple(LoadError(p, r) for p, r in self.db.execute(sql + " ORDER BY path", args))

    def summary(self, segmenter: str) -> Summary:
        db = self.db

        def one(sql: str, *args: object) -> int:
            return db.execute(sql, args).fetchone()[0]

        return Summary(
            issues=one("SELECT count(*) FROM issues WHERE date != ?", UNDATED),
            pages=one("SELECT count(*) FROM pages"),
            articles=one("SELECT count(*) FROM articles"),
            errors=one("SELECT count(*) FROM load_errors"),
            stale=one("SELECT count(*) FROM files WHERE segmenter != ?", segmenter),
            bytes=sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file()),
        )

    def has_pages(self, paths: Sequence[str] | None = None) -> bool:
        sql, args = "SELECT 1 FROM pages", []
        if paths:
            cond, args = under(paths, "file")
            sql += " WHERE " + cond
        return self.db.execute(sql + " LIMIT 1", args).fetchone() is not None

    def is_empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM files LIMIT 1").fetchone() is None


def _stem(source: str) -> str:
    """The id part naming a page file (as the loader names it): its stem, and the part
    number of a file segmented in parts."""
    name, hash_, part = source.rpartition("#")
    if hash_ and part.isdigit() and name:
        return f"{Path(name).stem[:16]}#{part}"
    return Path(source).stem[:16]


def _grouped(by_date: dict[dt.date | None, list[Page]]) -> tuple[Issue, ...]:
    def page_key(page: Page) -> tuple[int, str]:
        return (page.number if page.number is not None else 999, page.source)

    dated = sorted(d for d in by_date if d is not None)
    issues = [Issue(d, tuple(sorted(by_date[d], key=page_key))) for d in dated]
    if None in by_date:
        issues.append(Issue(None, tuple(sorted(by_date[None], key=page_key))))
    return tuple(issues)


# The columns of an article row, the key, id and page first; then the cells
# :func:`page_rows` makes of an article.
_ARTICLE_COLUMNS = (
    "key, id, page, position, source, issue_date, page_number, kind, column_name, kicker, "
    "title, subtitle, title_derived, byline, dateline, continued, subheads, source_lines, "
    "markers, jumps, pinyin, paragraphs"
)
_ARTICLE_MARKS = ", ".join("?" * len(_ARTICLE_COLUMNS.split(",")))


class Filed(NamedTuple):
    """Where a stored article was filed: its key, issue, page and position."""

    key: int
    date: dt.date | None
    page: int | None
    position: int


@dataclass(frozen=True, slots=True)
class PageRows:
    """One segmented page as the store keeps it, in rows of plain values.

    Made where the page was segmented (a worker process), so that the process
    writing the archive only inserts them: the text is compressed and the
    lists are JSON already. ``cells`` are the page's columns from ``raw`` to
    ``layout``; each of ``articles`` the article's columns from ``position``
    to ``paragraphs``. ``filed`` is the day most of the page's stories were
    filed (month, day), for a page whose date no masthead or file name gives.
    """

    source: str
    path: str
    issue_date: dt.date | None
    date_source: str
    number: int | None
    cells: tuple
    extras: tuple[str, ...]
    extra_kinds: tuple[str, ...]
    articles: tuple[tuple, ...]
    filed: tuple[int, int] | None = None


def page_rows(page: Page, pinyin: Sequence[str]) -> PageRows:
    """The rows of a page and its articles (``pinyin``: each headline's, in order)."""
    masthead = dataclasses.asdict(page.masthead) if page.masthead else None
    if masthead:
        masthead["date"] = _iso(page.masthead.date)
    filed = None
    if page.issue_date is None or page.date_source == "dateline":
        from ..corpus.dates import dateline_dates

        found = dateline_dates(page.raw).most_common(1)
        filed = found[0][0] if found else None
    return PageRows(
        source=page.source,
        path=page.path,
        issue_date=page.issue_date,
        date_source=page.date_source,
        number=page.number,
        cells=(
            pack_text(page.raw),
            json.dumps(masthead, ensure_ascii=False) if masthead else None,
            json.dumps(page.duplicates, ensure_ascii=False),
            page.encoding,
            page.layout,
        ),
        extras=tuple(page.extras),
        extra_kinds=_kinds_of(page),
        articles=tuple(_article_cells(a, py) for a, py in zip(page.articles, pinyin, strict=True)),
        filed=filed,
    )


def _kinds_of(page: Page) -> tuple[str, ...]:
    """Each extra's kind; a page read from an older pack names none: box."""
    kinds = tuple(page.extra_kinds)
    return kinds if len(kinds) == len(page.extras) else ("box",) * len(page.extras)


def _article_cells(a: Article, pinyin: str) -> tuple:
    return (
        a.position,
        a.source,
        _iso(a.issue_date),
        a.page_number,
        a.kind,
        a.column,
        a.kicker,
        a.title,
        a.subtitle,
        int(a.title_derived),
        a.byline,
        a.dateline,
        a.continued,
        json.dumps(a.subheads, ensure_ascii=False),
        json.dumps(a.source_lines),
        json.dumps(a.markers, ensure_ascii=False),
        json.dumps([dataclasses.astuple(j) for j in a.jumps], ensure_ascii=False),
        pinyin,
        pack_text(json.dumps(a.paragraphs, ensure_ascii=False)),
    )


def _head_fields(row: Sequence) -> dict:
    """The fields both row shapes (full and lean) begin with: id to continued."""
    return {
        "id": row[1],
        "source": row[2],
        "kind": row[3],
        "column": row[4],
        "kicker": row[5],
        "title": row[6],
        "subtitle": row[7],
        "title_derived": bool(row[8]),
        "byline": row[9],
        "dateline": row[10],
        "continued": row[11],
    }


def _article(row: Sequence, links: dict[str, list[str]]) -> Article:
    paragraphs = tuple(json.loads(unpack_text(row[19]))) if len(row) > 19 else ()
    return Article(
        **_head_fields(row),
        subheads=tuple(json.loads(row[12])),
        paragraphs=paragraphs,
        issue_date=_date(row[13]),
        page_number=row[14],
        position=row[15],
        source_lines=tuple(json.loads(row[16])),
        markers=tuple(json.loads(row[17])),
        jumps=tuple(Jump(*j) for j in json.loads(row[18])),
        links=tuple(links.get(row[1], ())),
    )


def _lean_article(row: Sequence, links: dict[str, list[str]]) -> Article:
    date = row[12]
    return Article(
        **_head_fields(row),
        issue_date=dt.date.fromisoformat(date) if date else None,
        page_number=row[13],
        position=row[14],
        links=tuple(links.get(row[1], ())),
    )


def _masthead(text: str | None) -> Masthead | None:
    if not text:
        return None
    data = json.loads(text)
    data["date"] = _date(data.get("date"))
    return Masthead(**data)
