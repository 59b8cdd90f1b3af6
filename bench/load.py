"""Loader throughput: pages per second on a generated corpus.

    python bench/load.py [--pages 1000] [--workers N] [--json]
    python bench/load.py --page-mb 1,2,8

Pages are the bundled seeds re-dated and varied (every page distinct), laid
out in both extraction layouts as the seeds are. jieba's dictionary is loaded
before timing starts, as the reader loads it once per run.

``--page-mb`` times single files of those sizes instead (many varied pages
run together with blank lines, as a careless dump would hold them): the cost
per MB should not grow with the size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hnreader.corpus import load, seeds_path  # noqa: E402
from hnreader.corpus.loader import clear_caches  # noqa: E402


def generate(folder: Path, pages: int, seed: int = 7) -> None:
    """Write ``pages`` page files: seeds with new dates and shuffled figures."""
    rng = random.Random(seed)
    seeds = sorted(seeds_path().glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    start = dt.date(2023, 1, 1)
    for n in range(pages):
        text = texts[n % len(texts)]
        day = start + dt.timedelta(days=n // 8)
        text = re.sub(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日讯", f"{day.month}月{day.day}日讯", text)
        text = re.sub(
            r"\d+(?:\.\d+)?(?=\s*[万亿%个家项])",
            lambda m: str(round(float(m.group()) * rng.uniform(0.5, 1.5), 1)),
            text,
        )
        name = f"{day:%Y-%m-%d}/page{n % 8 + 1:02d}.txt"
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def one_big_page(path: Path, megabytes: float, seed: int = 7) -> None:
    """A single file of about ``megabytes`` MB: varied seed pages one after another."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_path().glob("*.txt"))]
    out, size, n = [], 0, 0
    while size < megabytes * 1e6:
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), texts[n % len(texts)])
        out.append(text)
        size += len(text.encode("utf-8")) + 2
        n += 1
    path.write_text("\n\n".join(out), encoding="utf-8")


def big_pages(sizes: list[float], as_json: bool) -> None:
    """Time loading one file of each size (one process): seconds, and per MB."""
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp, f"page-{mb:g}mb.txt")
            one_big_page(path, mb)
            clear_caches()
            t0 = time.perf_counter()
            corpus = load([path], workers=1)
            took = time.perf_counter() - t0
            figures[f"{mb:g}MB"] = {
                "parts": len(corpus.pages),
                "load_s": round(took, 1),
                "s_per_mb": round(took / mb, 1),
            }
    first = figures[f"{sizes[0]:g}MB"]["s_per_mb"]
    for value in figures.values():
        # 1.0 everywhere: linear; growing with the size: worse than linear.
        value["per_mb_vs_smallest"] = round(value["s_per_mb"] / first, 2)
    if as_json:
        print(json.dumps(figures))
    else:
        for name, value in figures.items():
            print(f"{name:6} " + "  ".join(f"{k} {v}" for k, v in value.items()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument(
        "--page-mb", metavar="SIZES", help="time single files of these sizes, e.g. 1,2,8"
    )
    ap.add_argument("--workers", type=int, default=None, help="processes (default: automatic)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    if args.page_mb:
        big_pages([float(v) for v in args.page_mb.split(",")], args.json)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, args.pages)
        size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
        t0 = time.perf_counter()
        load([seeds_path()], workers=1)
        seeds_s = time.perf_counter() - t0
        times = []
        cpu = []
        for _ in range(args.repeat):
            clear_caches()  # every page of a real corpus is new text
            c0 = time.process_time()
            t0 = time.perf_counter()
            corpus = load([folder], workers=args.workers)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        med = statistics.median(times)
        figures = {
            "pages": len(corpus.pages),
            "articles": len(corpus),
            "issues": len(corpus.issues),
            "megabytes": round(size / 1e6, 1),
            "load_s_median": round(med, 2),
            "pages_per_s": round(len(corpus.pages) / med, 1),
            # CPU of this process: the whole cost per page when --workers 1
            "cpu_ms_per_page": round(statistics.median(cpu) * 1000 / len(corpus.pages), 1),
            "seeds_load_s": round(seeds_s, 3),
        }
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:16} {value}")


if __name__ == "__main__":
    main()
