"""Loader throughput: pages per second on a generated corpus.

    python bench/load.py [--pages 1000] [--workers N] [--json]

Pages are the bundled seeds re-dated and varied (every page distinct), laid
out in both extraction layouts as the seeds are. jieba's dictionary is loaded
before timing starts, as the reader loads it once per run.
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=None, help="processes (default: automatic)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
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
