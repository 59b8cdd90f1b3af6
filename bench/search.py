"""Search at the scale of years: build time, warm start, per-keystroke latency.

Generates a year of the paper (default 2,920 pages, about 36,000 articles)
re-laid out from the bundled seed pages' articles with varied dates and
shuffled, perturbed content; builds the index; replays typing of queries one
character at a time; prints latency percentiles beside two references taken
in the same run: a plain substring scan over all the text (the floor) and
``fzf --filter`` over the same text when fzf is installed.

    python bench/search.py [--pages N] [--json] [--seed S]
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import gc
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hnreader.corpus import Corpus, Issue, Page, load
from hnreader.corpus.cache import write_cache
from hnreader.corpus.index import SearchIndex
from hnreader.corpus.query import QueryError

PAGES_PER_ISSUE = 8
ARTICLES_PER_PAGE = (10, 15)


def generate(pages: int, seed: int) -> Corpus:
    """A corpus of ``pages`` pages made from the seed articles, shuffled and perturbed."""
    rng = random.Random(seed)
    seeds = [a for a in load() if a.paragraphs]
    sentences = [
        s for a in seeds for p in a.paragraphs for s in re.findall(r"[^。！？]+[。！？]?", p)
    ]
    alphabet = sorted({ch for a in seeds for ch in a.body if "\u4e00" <= ch <= "\u9fff"})
    start = dt.date(2024, 1, 1)
    issues = []
    for first in range(0, pages, PAGES_PER_ISSUE):
        date = start + dt.timedelta(days=first // PAGES_PER_ISSUE)
        page_list = []
        for number in range(1, min(PAGES_PER_ISSUE, pages - first) + 1):
            source = f"{date:%Y%m%d}_{number:02d}.txt"
            arts = []
            for pos in range(1, rng.randint(*ARTICLES_PER_PAGE) + 1):
                base = rng.choice(seeds)
                paragraphs = []
                for _ in range(max(1, len(base.paragraphs) + rng.randint(-2, 2))):
                    chosen = rng.sample(sentences, rng.randint(1, 4))
                    para = "".join(chosen)
                    if rng.random() < 0.5:  # a wrong character here and there
                        i = rng.randrange(len(para))
                        para = para[:i] + rng.choice(alphabet) + para[i + 1 :]
                    paragraphs.append(para)
                other = rng.choice(seeds)
                arts.append(
                    dataclasses.replace(
                        base,
                        id=f"{date:%Y%m%d}-{number:02d}-{pos:02d}",
                        source=source,
                        kicker=other.kicker if rng.random() < 0.3 else base.kicker,
                        paragraphs=tuple(paragraphs),
                        issue_date=date,
                        page_number=number,
                        position=pos,
                    )
                )
            page_list.append(
                Page(
                    source=source,
                    path=source,
                    raw="",
                    articles=tuple(arts),
                    issue_date=date,
                    number=number,
                )
            )
        issues.append(Issue(date=date, pages=tuple(page_list)))
    return Corpus(issues=tuple(issues))


WARM = """
import resource, sys, time
t = time.perf_counter()
from hnreader.corpus.cache import read_cache
index = read_cache(__import__("pathlib").Path(sys.argv[1]), "bench")
elapsed = time.perf_counter() - t
assert index is not None and len(index) == int(sys.argv[2])
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def warm_start(path: Path, size: int) -> tuple[float, float]:
    """Seconds to import and read the cached index in a fresh process, and its peak MB."""
    out = subprocess.run(
        [sys.executable, "-c", WARM, str(path), str(size)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def typo(word: str, rng: random.Random, alphabet: str) -> str:
    i = rng.randrange(len(word))
    return word[:i] + rng.choice(alphabet) + word[i + 1 :]


def queries(corpus: Corpus, rng: random.Random) -> list[str]:
    """Queries of every kind, taken from the corpus itself (nothing hard-coded from it)."""
    from pypinyin import lazy_pinyin

    arts = [a for a in corpus.articles if len(a.title) >= 6 and not a.title_derived]
    words: list[str] = []
    while len(words) < 10:
        t = rng.choice(arts).title
        k = rng.randint(2, min(6, len(t)))
        i = rng.randrange(len(t) - k + 1)
        w = t[i : i + k]
        if all("\u4e00" <= ch <= "\u9fff" for ch in w):
            words.append(w)
    alphabet = "".join(sorted({ch for w in words for ch in w}))
    names = sorted(
        {
            m
            for a in corpus.articles[:2000]
            for m in re.findall(r"记者\s?([\u4e00-\u9fff]{2,3})", a.byline + a.dateline)
        }
    )
    name = rng.choice(names) if names else words[0][:2]
    para = rng.choice([a for a in arts if a.paragraphs]).paragraphs[0]
    phrase = para[len(para) // 3 : len(para) // 3 + 8]
    long_word = max(words, key=len)
    py_word = next((w for w in words if len(w) >= 4), long_word)
    full = "".join(lazy_pinyin(py_word))
    initials = "".join(p[0] for p in lazy_pinyin(py_word))
    return [
        *words[:6],
        phrase,
        f'"{words[6]}"',
        typo(long_word, rng, alphabet),
        typo(words[7] if len(words[7]) >= 3 else long_word, rng, alphabet),
        long_word[::-1] if len(long_word) <= 4 else long_word[1:] + long_word[0],
        full,
        initials,
        f"题:{words[8]}",
        f"by:{name}",
        f"{name} {words[9][:2]}",
        f"kind:评论 {words[0][:2]}",
        f"2024-03 {words[1]}",
        f"2024-05..2024-08 {words[2][:2]}",
        f"date:2024-10 {words[3][:2]}",
        f"{words[4]} -{words[5][:1]}",
        f"{words[0]} | {words[1]}",
        "湖南",
        "发展",
        "高质量发展",
        "kind:图片",
    ]


def replay(index: SearchIndex, typed: list[str]) -> list[float]:
    """Per-keystroke latency (ms) of typing every query one character at a time."""
    times = []
    for q in typed:
        for k in range(1, len(q) + 1):
            t = time.perf_counter()
            with contextlib.suppress(QueryError):
                index.search(q[:k], limit=100)
            times.append((time.perf_counter() - t) * 1000)
    return times


def scan_ms(corpus: Corpus, typed: list[str]) -> float:
    """Mean time of a plain substring scan of all the text, per query word."""
    texts = [f"{a.headline}\n{a.byline}\n{a.dateline}\n{a.body}" for a in corpus.articles]
    words = [w.strip('"-') for q in typed for w in q.split() if ":" not in w and w != "|"]
    t = time.perf_counter()
    for w in words:
        _ = [x for x in texts if w in x]
    return (time.perf_counter() - t) * 1000 / len(words)


def fzf_ms(corpus: Corpus, typed: list[str]) -> float | None:
    """Mean time of ``fzf --filter`` over the same text (one line per article)."""
    fzf = shutil.which("fzf")
    if not fzf:
        return None
    words = [w.strip('"-') for q in typed for w in q.split() if ":" not in w and w != "|"]
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        for a in corpus.articles:
            f.write(f"{a.headline} {a.byline} {a.body}".replace("\n", " ") + "\n")
        name = f.name
    try:
        t = time.perf_counter()
        for w in words:
            with open(name, "rb") as stdin:
                subprocess.run(
                    [fzf, "--filter", w], stdin=stdin, stdout=subprocess.DEVNULL, check=False
                )
        return (time.perf_counter() - t) * 1000 / len(words)
    finally:
        Path(name).unlink(missing_ok=True)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2920)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    say = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr))

    t = time.perf_counter()
    corpus = generate(args.pages, args.seed)
    say(
        f"generated {len(corpus.pages)} pages, {len(corpus)} articles "
        f"in {time.perf_counter() - t:.1f} s"
    )
    gc.collect()
    t = time.perf_counter()
    index = SearchIndex.build(corpus)
    build_s = time.perf_counter() - t
    say(f"index built in {build_s:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index-bench.pickle"
        write_cache(path, "bench", index)
        say(f"cache file {path.stat().st_size / 1e6:.0f} MB")
        # Median of three fresh processes: one run right after the write is
        # noisy (the file is still being flushed to disk).
        runs = sorted(warm_start(path, len(index)) for _ in range(3))
        warm_s, warm_rss = runs[1][0], max(rss for _, rss in runs)
    gc.collect()

    typed = queries(corpus, random.Random(args.seed))
    index.search("预热", limit=1)  # loads jieba, as the reader does once at start
    times = replay(index, typed)
    figures = {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 95), 2),
        "max_ms": round(max(times), 2),
        "build_s": round(build_s, 2),
        "warm_s": round(warm_s, 2),
        "rss_mb": round(max(warm_rss, peak_mb()), 1),
        "scan_ms": round(scan_ms(corpus, typed), 2),
        "fzf_ms": fzf_ms(corpus, typed),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        say(f"{len(typed)} queries, {len(times)} keystrokes: " + ", ".join(typed))
        typed_prefixes = [q[:k] for q in typed for k in range(1, len(q) + 1)]
        slow = sorted(zip(times, typed_prefixes, strict=True), reverse=True)[:5]
        say("slowest: " + ", ".join(f"{q!r} {ms:.1f} ms" for ms, q in slow))
        for key, value in figures.items():
            print(f"{key:8} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
