"""Where an ingest's time goes: CPU per page of each step, in one process.

Runs the steps a worker and the writing process do for each page, one after
the other, timing each with the process's CPU clock (other work on the
machine does not count): reading and hashing, segmenting, the engine's folded
fields, facets, the store's rows (compressed text, JSON), handing the result
between processes (pickled both ways), and the store's and the engine's
writes with their commits. With two workers on two cores an ingest can go no
faster than two pages per total.

    python bench/ingest.py [--pages N | --dev] [--profile]

``--pages N`` times N pages generated as ``bench/search.py`` makes them;
``--dev`` the development corpus (``tests/dev/pages``). ``--profile`` lists
the segmenter's hottest functions instead (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import hashlib
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hnreader.jieba_setup import use_user_cache  # noqa: E402

STEPS = (
    "read and hash",
    "segment",
    "engine fields",
    "facets",
    "store rows",
    "pickle both ways",
    "store and engine",
)
WRITE_BATCH = 512  # files per transaction here, as a long ingest's batches


def pages_of(args: argparse.Namespace, work: Path) -> list[Path]:
    if args.dev:
        return sorted((ROOT / "tests" / "dev" / "pages").glob("*.txt"))
    sys.path.insert(0, str(ROOT / "bench"))
    from search import generate  # the same pages as bench/search.py

    generate(work / "pages", args.pages, args.seed, dt.date(2015, 1, 1))
    return sorted((work / "pages").rglob("*.txt"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--dev", action="store_true", help="the development corpus instead")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", action="store_true", help="the segmenter's hot spots instead")
    args = parser.parse_args()

    use_user_cache()
    from hnreader.archive import ingest, open_archive
    from hnreader.archive.engine import document_fields
    from hnreader.archive.facets import facet_values
    from hnreader.archive.store import page_rows
    from hnreader.corpus.read import read_page, split_parts
    from hnreader.corpus.segment import segment_page
    from hnreader.search.text import index_document

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        files = pages_of(args, work)
        if args.profile:
            # Instead of the timings: the segmenter's caches are as cold as an ingest's.
            stats = profile_segmenter(files)
            print("segmenter, by time spent in each function itself (cProfile):")
            stats.sort_stats("tottime").print_stats(15)
            print("segmenter, by time spent in each of its functions and below:")
            stats.sort_stats("cumulative").print_stats(r"hnreader/corpus", 15)
            return 0
        # Loaded before the clock runs: jieba's dictionary, pypinyin's, the gazetteer.
        warm = segment_page(read_page(files[0]), "warm")
        for a in warm.articles:
            facet_values(a), index_document(a)

        clock = time.process_time
        spent = dict.fromkeys(STEPS, 0.0)
        prepared, articles = [], 0
        for path in files:
            t0 = clock()
            raw = read_page(path)
            hashlib.sha1(raw.text.encode("utf-8")).hexdigest()
            t1 = clock()
            pages = [
                segment_page(dataclasses.replace(raw, text=text), path.name)
                for text in split_parts(raw.text)
            ]
            t2 = clock()
            texts = [[index_document(a) for a in p.articles] for p in pages]
            t3 = clock()
            facets = [[facet_values(a) for a in p.articles] for p in pages]
            t4 = clock()
            rows = tuple(
                page_rows(p, [t["pinyin"] for t in ts]) for p, ts in zip(pages, texts, strict=True)
            )
            fields = tuple(
                tuple(document_fields(*each) for each in zip(p.articles, ts, fs, strict=True))
                for p, ts, fs in zip(pages, texts, facets, strict=True)
            )
            t5 = clock()
            done = ingest.Prepared(rows, fields)
            done = pickle.loads(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
            t6 = clock()
            prepared.append(done)
            articles += sum(len(p.articles) for p in pages)
            marks = (t0, t1, t2, t3, t4, t5, t6)
            for step, a, b in zip(STEPS[:-1], marks[:-1], marks[1:], strict=True):
                spent[step] += b - a

        archive = open_archive(work / "archive")
        records = [
            dataclasses.replace(ingest._record(path)[0], segmenter="bench") for path in files
        ]
        known, report = archive.store.known_dates(), ingest.Report()
        archive.engine  # noqa: B018 (opened before the clock runs)
        t0 = clock()
        for i in range(0, len(files), WRITE_BATCH):
            batch = list(
                zip(records[i : i + WRITE_BATCH], prepared[i : i + WRITE_BATCH], strict=True)
            )
            ingest._flush(archive, batch, report, known)
        archive.engine.release()
        spent["store and engine"] = clock() - t0
        archive.close()

    n = len(files)
    total = sum(spent.values())
    print(f"{n} pages, {articles / n:.1f} articles a page; CPU ms per page")
    for step, seconds in spent.items():
        print(f"  {step:18} {seconds / n * 1000:7.2f}  {seconds / total:4.0%}")
    print(f"  {'total':18} {total / n * 1000:7.2f}")
    print(
        f"  two processes at most {2 * n / total:.0f} pages/s; segmenting alone allows "
        f"{2 * n / spent['segment']:.0f}"
    )
    return 0


def profile_segmenter(files: list[Path]) -> pstats.Stats:
    """The segmenter's profile on ``files`` (jieba's dictionary loaded first)."""
    from hnreader.corpus.read import read_page
    from hnreader.corpus.segment import segment_page

    raws = [read_page(path) for path in files]
    import jieba

    jieba.initialize()
    profile = cProfile.Profile()
    profile.enable()
    for raw in raws:
        segment_page(raw, "profiled")
    profile.disable()
    return pstats.Stats(profile)


if __name__ == "__main__":
    sys.exit(main())
