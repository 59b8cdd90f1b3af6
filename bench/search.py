"""Search at the scale of years, from the archive: ingest, warm start, keystrokes.

Generates ``--years`` years of page files (2,920 pages a year: eight pages a
day) composed from the bundled seed pages' stories with varied dates, shuffled
sentences and a wrong character here and there; ingests them into a new
archive with two worker processes; then, in a fresh process that holds the
reader's metadata of every issue, replays typing 25+ queries one keystroke
at a time. Prints figures beside the floor measured in the same run: a plain
substring scan over all the text.

    python bench/search.py [--years N | --pages N] [--json] [--seed S] [--keep DIR]
                           [--typing-only]

``--keep DIR`` works in DIR and leaves it there; run again with the same DIR,
size and seed, the pages are not generated again, and with ``--typing-only``
the archive kept there is only opened and typed into (no ingest).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hnreader.archive import open_archive  # noqa: E402
from hnreader.corpus import load  # noqa: E402

PAGES_PER_DAY = 8
DAYS_PER_YEAR = 365
STORIES_PER_PAGE = (10, 15)
ADDED_PAGES = 20  # "adding a day": a new issue's pages into the full archive


def generate(folder: Path, pages: int, seed: int, start: dt.date) -> int:
    """Write ``pages`` page files (one paragraph per line); their total size in bytes."""
    rng = random.Random(seed)
    seeds = [a for a in load() if a.paragraphs and a.title and not a.title_derived]
    sentences = [
        s for a in seeds for p in a.paragraphs for s in re.findall(r"[^。！？]+[。！？]?", p)
    ]
    alphabet = sorted({ch for a in seeds for ch in a.body if "\u4e00" <= ch <= "\u9fff"})
    bylines = [a.byline for a in seeds if a.byline]
    size = 0
    for n in range(pages):
        day = start + dt.timedelta(days=n // PAGES_PER_DAY)
        filed = day - dt.timedelta(days=1)
        lines = []
        for _ in range(rng.randint(*STORIES_PER_PAGE)):
            base = rng.choice(seeds)
            other = rng.choice(seeds)
            head = " ".join(
                p for p in (other.kicker if rng.random() < 0.3 else "", base.title) if p
            )
            lines.append(head)
            if rng.random() < 0.3 and bylines:
                lines.append(rng.choice(bylines))
            for k in range(max(1, len(base.paragraphs) + rng.randint(-2, 2))):
                para = "".join(rng.sample(sentences, rng.randint(1, 4)))
                if rng.random() < 0.5:  # a wrong character here and there
                    i = rng.randrange(len(para))
                    para = para[:i] + rng.choice(alphabet) + para[i + 1 :]
                if k == 0 and rng.random() < 0.7:
                    para = f"湖南日报{filed.month}月{filed.day}日讯 " + para
                lines.append(para)
        path = folder / f"{day:%Y}" / f"{day:%Y-%m-%d}" / f"page{n % PAGES_PER_DAY + 1:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    return size


def generated(folder: Path, pages: int, seed: int, start: dt.date) -> int:
    """The pages of ``generate``, written unless ``folder`` holds them already; their
    total size in bytes."""
    marker = folder / "generated.json"
    wanted = {"pages": pages, "seed": seed, "start": start.isoformat()}
    if marker.exists() and json.loads(marker.read_text()).get("wanted") == wanted:
        return json.loads(marker.read_text())["bytes"]
    size = generate(folder, pages, seed, start)
    marker.write_text(json.dumps({"wanted": wanted, "bytes": size}))
    return size


def queries(archive, rng: random.Random) -> list[str]:
    """Queries of every kind, taken from the archive itself (nothing hard-coded from it)."""
    from pypinyin import lazy_pinyin

    arts = [a for i in archive.corpus(bodies=False).issues[:30] for a in i.articles]
    arts = [a for a in arts if len(a.title) >= 6 and not a.title_derived]
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
            for a in arts
            for m in re.findall(r"记者\s?([\u4e00-\u9fff]{2,3})", a.byline + a.dateline)
        }
    )
    name = rng.choice(names) if names else words[0][:2]
    body = archive.article(rng.choice(arts).id)
    para = body.paragraphs[0] if body and body.paragraphs else words[0]
    phrase = para[len(para) // 3 : len(para) // 3 + 8]
    long_word = max(words, key=len)
    py_word = next((w for w in words if len(w) >= 4), long_word)
    full = "".join(lazy_pinyin(py_word))
    initials = "".join(p[0] for p in lazy_pinyin(py_word))

    def typo(word: str) -> str:
        i = rng.randrange(len(word))
        return word[:i] + rng.choice(alphabet) + word[i + 1 :]

    year = arts[0].issue_date.year if arts and arts[0].issue_date else 2024
    return [
        *words[:6],
        phrase,
        f'"{words[6]}"',
        typo(long_word),
        typo(words[7] if len(words[7]) >= 3 else long_word),
        long_word[::-1] if len(long_word) <= 4 else long_word[1:] + long_word[0],
        full,
        initials,
        f"题:{words[8]}",
        f"by:{name}",
        f"{name} {words[9][:2]}",
        f"kind:评论 {words[0][:2]}",
        f"{year}-03 {words[1]}",
        f"{year}-05..{year}-08 {words[2][:2]}",
        f"date:{year}-10 {words[3][:2]}",
        f"{words[4]} -{words[5][:1]}",
        f"{words[0]} | {words[1]}",
        "湖南",
        "发展",
        "高质量发展",
        "kind:图片",
    ]


# Run in a fresh process: open the archive as the reader does (every issue's
# metadata held), answer a first query, replay the keystrokes, report memory.
REPLAY = r"""
import contextlib, gc, json, resource, sys, time
t = time.perf_counter()
from hnreader.archive import open_archive
from hnreader.search.query import QueryError
archive = open_archive(sys.argv[1])
corpus = archive.corpus(bodies=False)
archive.search(json.loads(sys.argv[2])[0], limit=100)
warm = time.perf_counter() - t
gc.freeze()  # as the reader does with what it holds
archive.searcher.warm_up()  # jieba and pypinyin, loaded once as the reader does
times = []
for q in json.loads(sys.argv[2]):
    for k in range(1, len(q) + 1):
        t = time.perf_counter()
        with contextlib.suppress(QueryError):
            archive.search(q[:k], limit=100)
        times.append((time.perf_counter() - t) * 1000)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
with contextlib.suppress(OSError):
    # Linux's peak of this program alone: ru_maxrss also counts the memory of
    # the process it was started from, as it stood when it was started.
    with open("/proc/self/status") as status:
        rss = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
print(json.dumps({"warm": warm, "times": times, "rss": rss, "articles": len(corpus)}))
"""

WARM = r"""
import sys, time
t = time.perf_counter()
from hnreader.archive import open_archive
archive = open_archive(sys.argv[1])
archive.search(sys.argv[2], limit=20)
print(time.perf_counter() - t)
"""


def fresh(code: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout


def command_s(*args: str) -> float:
    """Median wall time of ``python -m hnreader ARGS`` over three runs."""
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "hnreader", *args], capture_output=True, check=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def scan_ms(archive, typed: list[str]) -> float:
    """Mean time of a plain substring scan of all the text, per query word."""
    from hnreader.archive.store import unpack_text

    rows = archive.store.db.execute(
        "SELECT kicker, title, subtitle, byline, dateline, paragraphs FROM articles"
    )
    texts = ["\n".join((*r[:5], "\n".join(json.loads(unpack_text(r[5]))))) for r in rows]
    words = [w.strip('"-') for q in typed for w in q.split() if ":" not in w and w != "|"]
    t = time.perf_counter()
    for w in words:
        _ = [x for x in texts if w in x]
    return (time.perf_counter() - t) * 1000 / len(words)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--pages", type=int, help="this many pages instead of --years")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and leave it there")
    parser.add_argument(
        "--typing-only",
        action="store_true",
        help="with --keep: type into the archive kept there (no ingest, no adding a day)",
    )
    args = parser.parse_args(argv)
    say = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr))

    if args.typing_only and not args.keep:
        parser.error("--typing-only types into the archive of --keep DIR")

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        pages_dir, archive_dir = work / "pages", work / "archive"
        pages = args.pages or round(args.years * DAYS_PER_YEAR * PAGES_PER_DAY)
        start = dt.date(2015, 1, 1)
        t = time.perf_counter()
        raw = generated(pages_dir, pages, args.seed, start)
        say(f"{pages} pages ({raw / 1e6:.0f} MB) ready in {time.perf_counter() - t:.1f} s")

        figures: dict[str, float] = {"pages": pages}
        if not args.typing_only:
            shutil.rmtree(archive_dir, ignore_errors=True)
            archive = open_archive(archive_dir)
            t, cpu = time.perf_counter(), time.process_time()
            report = archive.ingest([pages_dir], workers=args.workers)
            ingest_s = time.perf_counter() - t
            figures["ingest_pages_per_s"] = round(report.added / ingest_s, 1)
            # The writing process's share (store, engine, its merges), workers apart.
            writer_ms = (time.process_time() - cpu) * 1000 / max(report.added, 1)
            figures["ingest_writer_cpu_ms"] = round(writer_ms, 2)
            say(f"ingested {report.added} pages in {ingest_s:.1f} s ({len(report.errors)} errors)")
        else:
            archive = open_archive(archive_dir)

        typed = queries(archive, random.Random(args.seed))
        out = json.loads(fresh(REPLAY, str(archive_dir), json.dumps(typed, ensure_ascii=False)))
        times = out["times"]
        warm_s = statistics.median(float(fresh(WARM, str(archive_dir), typed[0])) for _ in range(3))
        figures |= {
            "articles": out["articles"],
            "p50_ms": round(statistics.median(times), 2),
            "p95_ms": round(percentile(times, 95), 2),
            "max_ms": round(max(times), 2),
            "warm_s": round(warm_s, 2),
            "rss_mb": round(out["rss"], 1),
        }

        if not args.typing_only:
            last = start + dt.timedelta(days=pages // PAGES_PER_DAY + 1)
            added = work / "added"
            shutil.rmtree(added, ignore_errors=True)
            generate(added, ADDED_PAGES, args.seed + 1, last)
            t = time.perf_counter()
            archive.ingest([added])  # as ``hnreader add`` would: one process for a day
            figures["add_day_s"] = round(time.perf_counter() - t, 2)
            some_id = archive.corpus(bodies=False).articles[-1].id
            figures["show_s"] = round(command_s("show", some_id, "--archive", str(archive_dir)), 3)
            figures["version_s"] = round(command_s("--version"), 3)
        figures["scan_ms"] = round(scan_ms(archive, typed), 2)
        archive.close()  # measured as it stays on disk (the write-ahead log folded in)
        figures |= {
            "archive_mb": round(folder_mb(archive_dir), 1),
            "raw_mb": round(raw / 1e6, 1),
        }
    if args.json:
        print(json.dumps(figures))
        return 0
    say(f"{len(typed)} queries, {len(times)} keystrokes")
    say(per_query(typed, times))
    for key, value in figures.items():
        print(f"{key:20} {value}")
    return 0


def per_query(typed: list[str], times: list[float]) -> str:
    """One line per query: its keystrokes' median and slowest, and the slowest prefix."""
    lines = [f"{'query':24} {'keys':>4} {'p50 ms':>7} {'max ms':>7}  slowest prefix"]
    at = 0
    for q in typed:
        mine = times[at : at + len(q)]
        at += len(q)
        worst = max(range(len(mine)), key=mine.__getitem__)
        lines.append(
            f"{q:24} {len(mine):4} {statistics.median(mine):7.1f} {mine[worst]:7.1f}  "
            f"{q[: worst + 1]!r}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
