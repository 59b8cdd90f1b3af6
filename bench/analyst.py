"""Trend and facets of a query at the scale of years, from the engine's fast fields.

Builds (or reuses) a generated archive with ``bench/search.py``'s generator,
then for 20 queries taken from the archive times the trend of the query
(months or years across the archive, the totals for normalising included), the
counts of all five facets, and both together as the reader asks for them when
results arrive.
Prints median and p95 beside a reference measured in the same run: the same
monthly counts made by loading every matching article (without its body) and
counting in Python. Also times drawing the chart (legend and plot, 120x10)
against one frame at 60 Hz.

    python bench/analyst.py [--years N] [--archive DIR] [--keep DIR] [--json]

``--archive DIR`` reuses an archive built before (by ``bench/search.py --keep
DIR``, whose archive is ``DIR/archive``, or by this script with ``--keep``).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib.util
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hnreader.analysis.facets import Facet  # noqa: E402
from hnreader.analysis.narrowing import FACET_LIST_LENGTH, Narrowing  # noqa: E402
from hnreader.analysis.tally import EngineTally, query_trend  # noqa: E402
from hnreader.archive import open_archive  # noqa: E402

QUERIES = 20
FRAME_MS = 1000 / 60
CHART_SIZE = (120, 10)


def _search_bench():
    spec = importlib.util.spec_from_file_location("search_bench", ROOT / "bench" / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(work: Path, years: float, seed: int, workers: int, say) -> Path:
    """A new archive of ``years`` of generated pages in ``work``."""
    search_bench = _search_bench()
    pages_dir, archive_dir = work / "pages", work / "archive"
    pages = round(years * search_bench.DAYS_PER_YEAR * search_bench.PAGES_PER_DAY)
    t = time.perf_counter()
    search_bench.generate(pages_dir, pages, seed, dt.date(2015, 1, 1))
    say(f"generated {pages} pages in {time.perf_counter() - t:.1f} s")
    archive = open_archive(archive_dir)
    t = time.perf_counter()
    report = archive.ingest([pages_dir], workers=workers)
    say(f"ingested {report.added} pages in {time.perf_counter() - t:.1f} s")
    archive.close()
    return archive_dir


def analyst_ms(tally: EngineTally, query: str) -> tuple[float, float, float]:
    """Milliseconds for the trend of ``query`` alone, its five facets alone, and both
    together as the reader asks for them when results arrive (one pass)."""
    t = time.perf_counter()
    query_trend(tally, [query])
    trend_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    tally.breakdown(query, Facet, limit=FACET_LIST_LENGTH)
    facets_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    Narrowing(query, tally).view()
    return trend_ms, facets_ms, (time.perf_counter() - t) * 1000


def loading_ms(archive, query: str) -> float:
    """The reference: the same monthly counts from the matching articles themselves."""
    t = time.perf_counter()
    n = archive.searcher.count(query)
    keys = [k for k, _ in archive.searcher.rank(_parse(query), max(n, 1))]
    heads = archive.store.articles_by_key(keys, bodies=False)
    Counter(a.issue_date.replace(day=1) if a.issue_date else None for a in heads.values())
    return (time.perf_counter() - t) * 1000


def _parse(query: str):
    from hnreader.search.query import parse

    return parse(query)


def chart_ms(trends) -> list[float]:
    """Milliseconds to draw the chart of each trend (legend and plot) at CHART_SIZE."""
    from textual.app import App

    from hnreader.app.widgets.trend_chart import TrendChart

    class ChartApp(App):
        CSS = "TrendChart { height: 1fr; } #trend-compare { display: none; }"

        def compose(self):
            yield TrendChart()

    times: list[float] = []

    async def run() -> None:
        app = ChartApp()
        async with app.run_test(size=CHART_SIZE) as pilot:
            chart = app.query_one(TrendChart)
            for trend in trends:
                t = time.perf_counter()
                chart.show(trend)
                chart.plot.render()
                times.append((time.perf_counter() - t) * 1000)
                await pilot.pause()

    asyncio.run(run())
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--archive", metavar="DIR", help="reuse the archive in DIR")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and leave it there")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    say = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr))

    with tempfile.TemporaryDirectory() as tmp:
        if args.archive:
            folder = Path(args.archive)
        else:
            folder = build(Path(args.keep or tmp), args.years, args.seed, args.workers, say)
        archive = open_archive(folder)
        tally = EngineTally(archive)
        typed = _search_bench().queries(archive, random.Random(args.seed))[:QUERIES]
        archive.search("预热", limit=1)  # jieba and the engine's files, loaded once
        query_trend(tally, [typed[0]])
        trends, facets, both, loads, found = [], [], [], [], []
        for query in typed:
            trend_ms, facets_ms, both_ms = analyst_ms(tally, query)
            trends.append(trend_ms)
            facets.append(facets_ms)
            both.append(both_ms)
            loads.append(loading_ms(archive, query))
            found.append(archive.searcher.count(query))
        drawn = chart_ms([query_trend(tally, [q]) for q in typed])
        figures = {
            "articles": len(archive.engine),
            "queries": len(typed),
            "matches_median": statistics.median(found),
            "trend_p50_ms": round(statistics.median(trends), 2),
            "trend_p95_ms": round(percentile(trends, 95), 2),
            "facets_p50_ms": round(statistics.median(facets), 2),
            "facets_p95_ms": round(percentile(facets, 95), 2),
            "trend_and_facets_p95_ms": round(percentile(both, 95), 2),
            "loading_reference_p50_ms": round(statistics.median(loads), 2),
            "loading_reference_p95_ms": round(percentile(loads, 95), 2),
            "speedup_p50": round(statistics.median(loads) / statistics.median(both), 1),
            "chart_p50_ms": round(statistics.median(drawn), 2),
            "chart_p95_ms": round(percentile(drawn, 95), 2),
            "frame_ms": round(FRAME_MS, 2),
        }
        archive.close()
    if args.json:
        print(json.dumps(figures))
    else:
        say("queries: " + ", ".join(typed))
        for key, value in figures.items():
            print(f"{key:26} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
