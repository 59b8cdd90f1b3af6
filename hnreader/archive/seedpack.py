"""The bundled seed pages, already segmented, as JSON: a fresh archive's first contents.

On a new machine the first start would otherwise wait for jieba to build its
dictionary and for the seeds to be segmented. The pack holds the pages as
the segmenter of its version made them, so the reader can show them at once;
when the program's segmenter is another version the pages are segmented
again in the background (see ``Archive.ensure``). Data only (JSON), never code.

    python -m hnreader.archive.seedpack   # write the pack for the current segmenter
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from ..corpus.model import Article, Corpus, Issue, Jump, Masthead, Page

PACK_NAME = "seeds.archive.json"
FORMAT = 1


def seeds_folder() -> Path:
    """``seeds/`` in a checkout, ``_seeds`` in a wheel: as ``corpus.loader.seeds_path``,
    without importing the loader (and jieba behind it) on a reader's first start."""
    checkout = Path(__file__).resolve().parents[2] / "seeds"
    if checkout.is_dir():
        return checkout
    from importlib import resources

    return Path(str(resources.files("hnreader") / "_seeds"))


def pack_path() -> Path:
    return seeds_folder() / PACK_NAME


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _article_dict(a: Article) -> dict[str, Any]:
    data = dataclasses.asdict(a)
    data["issue_date"] = a.issue_date.isoformat() if a.issue_date else None
    return data


def _article(data: dict[str, Any]) -> Article:
    data = dict(data)
    data["issue_date"] = _date(data["issue_date"])
    data["jumps"] = tuple(Jump(**j) for j in data["jumps"])
    for name in ("subheads", "paragraphs", "source_lines", "markers", "links"):
        data[name] = tuple(data[name])
    return Article(**data)


def _page_dict(p: Page, name: str, digest: str) -> dict[str, Any]:
    masthead = dataclasses.asdict(p.masthead) if p.masthead else None
    if masthead:
        masthead["date"] = p.masthead.date.isoformat() if p.masthead.date else None
    return {
        "file": name,
        "hash": digest,
        "source": p.source,
        "raw": p.raw,
        "issue_date": p.issue_date.isoformat() if p.issue_date else None,
        "date_source": p.date_source,
        "number": p.number,
        "masthead": masthead,
        "extras": list(p.extras),
        "extra_kinds": list(p.extra_kinds),
        "duplicates": list(p.duplicates),
        "encoding": p.encoding,
        "layout": p.layout,
        "articles": [_article_dict(a) for a in p.articles],
    }


def _page(data: dict[str, Any], folder: Path) -> Page:
    masthead = data["masthead"]
    if masthead:
        masthead = Masthead(**{**masthead, "date": _date(masthead["date"])})
    return Page(
        source=data["source"],
        path=str(folder / data["file"]),
        raw=data["raw"],
        articles=tuple(_article(a) for a in data["articles"]),
        issue_date=_date(data["issue_date"]),
        date_source=data["date_source"],
        number=data["number"],
        masthead=masthead,
        extras=tuple(data["extras"]),
        extra_kinds=tuple(data.get("extra_kinds", ())),
        duplicates=tuple(data["duplicates"]),
        encoding=data["encoding"],
        layout=data["layout"],
    )


def read_pack() -> tuple[Corpus, str, dict[str, str]] | None:
    """(the seeds' corpus, the segmenter version that made it, hash by file path),
    or None when there is no usable pack or the seed files have changed since."""
    folder = seeds_folder()
    try:
        data = json.loads(pack_path().read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        pages = [_page(p, folder) for p in data["pages"]]
        hashes = {str(folder / p["file"]): p["hash"] for p in data["pages"]}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for path, digest in hashes.items():
        try:
            if hashlib.sha1(Path(path).read_bytes()).hexdigest() != digest:
                return None
        except OSError:
            return None
    by_date: dict[dt.date | None, list[Page]] = {}
    for page in pages:
        by_date.setdefault(page.issue_date, []).append(page)
    dated = sorted(d for d in by_date if d is not None)
    issues = [Issue(d, tuple(by_date[d])) for d in dated]
    if None in by_date:
        issues.append(Issue(None, tuple(by_date[None])))
    return Corpus(tuple(issues)), data["segmenter"], hashes


def write_pack(folder: Path | None = None) -> Path:
    """Segment the seeds with the current segmenter (through a scratch archive, so
    ids and links are the archive's) and write the pack beside them."""
    import tempfile

    from ..corpus.loader import seeds_path
    from . import Archive

    seeds = seeds_path()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Archive(Path(tmp))
        archive.ingest([seeds], workers=1)
        corpus = archive.corpus([seeds])
        pages = []
        for page in corpus.pages:
            path = Path(page.path)
            digest = hashlib.sha1(path.read_bytes()).hexdigest()
            pages.append(_page_dict(page, path.name, digest))
        data = {"format": FORMAT, "segmenter": archive.segmenter, "pages": pages}
        archive.close()
    target = (folder or seeds) / PACK_NAME
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_pack())
