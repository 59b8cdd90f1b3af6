"""load(paths) -> Corpus: read every page, segment it, date it, group issues."""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path

from .dates import group_issues
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


def load(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Corpus:
    """Load page files and folders (no paths: the bundled seeds) into a Corpus.

    Unreadable files are reported in ``Corpus.errors`` and skipped; the rest load.
    ``progress(done, total, name)`` is called after each file.
    """
    given = list(paths) if paths else [seeds_path()]
    files, errors = discover(given)
    pages: list[Page] = []
    seen_content: dict[str, str] = {}
    for n, path in enumerate(files, 1):
        if cancelled and cancelled():
            break
        try:
            raw = read_page(path)
        except PageReadError as exc:
            errors.append(LoadError(str(path), str(exc)))
        else:
            digest = hashlib.sha1(raw.text.encode("utf-8")).hexdigest()
            if digest in seen_content and raw.text.strip():
                errors.append(LoadError(str(path), f"same content as {seen_content[digest]}"))
            else:
                seen_content[digest] = str(path)
                pages.append(segment_page(raw, path.name))
        if progress:
            progress(n, len(files), path.name)
    return Corpus(link_jumps(group_issues(_with_ids(pages))), tuple(errors))


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
