"""Work spread over worker processes, stopped at once when cancelled."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Seconds between looks at ``cancelled()`` while waiting on a worker.
CANCEL_POLL = 0.05


def in_workers(
    work: Callable[[list[Item]], list[Result]],
    items: Sequence[Item],
    *,
    workers: int,
    per_task: int,
    cancelled: Callable[[], bool],
    preload: Sequence[str] = (),
    initializer: Callable[[], None] | None = None,
) -> Iterator[tuple[Item, Result]]:
    """``(item, result)`` in order, ``work`` run on ``per_task`` items at a time in
    ``workers`` processes. A cancel drops queued work and kills running workers."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures import TimeoutError as FutureTimeout
    from multiprocessing import resource_tracker

    # The helper process multiprocessing starts first inherits stderr; a
    # terminal UI has replaced sys.stderr with an object that has no file.
    with real_stderr():
        resource_tracker.ensure_running()
    # Not forked from here: the reader loads from a thread, and forking a
    # process that runs other threads can leave the children stuck on their
    # locks. A fork server starts clean, with the segmenter already imported.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer)
    finished = False
    try:
        tasks = [list(items[i : i + per_task]) for i in range(0, len(items), per_task)]
        futures: list[Any] = [pool.submit(work, task) for task in tasks]
        for n, task in enumerate(tasks):
            while True:
                try:
                    results = futures[n].result(timeout=CANCEL_POLL)
                    break
                except FutureTimeout:
                    if cancelled():
                        return
            # A future keeps its result: let go of it, or every result of the
            # run stays in memory to the end.
            futures[n] = None
            yield from zip(task, results, strict=True)
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            stop_pool(pool)


def stop_pool(pool: Any) -> None:
    """End a process pool now: queued work dropped, running workers killed."""
    # Taken first: shutting down forgets them.
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=1)


@contextlib.contextmanager
def real_stderr() -> Iterator[None]:
    """The process's own stderr in place while a helper process starts."""
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable:
        yield
        return
    saved, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved
