"""jieba's dictionary cache in the user's own cache folder, never the shared temp folder.

jieba keeps its parsed dictionary in a cache file that it reads back with
``marshal``; in the shared temp folder anyone could leave that file for
everyone. Here it lives in the user cache directory (created private), and a
cache file that another user owns or could have written is removed unread.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from pathlib import Path

CACHE_NAME = "jieba.cache"
_lock = threading.Lock()
_done = False


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("hnreader", appauthor=False))


def use_user_cache() -> None:
    """Point jieba's cache at the user cache folder (once, before jieba loads)."""
    global _done
    with _lock:
        if _done:
            return
        import jieba

        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / CACHE_NAME
        _drop_if_foreign(path)
        jieba.dt.tmp_dir = str(folder)
        jieba.dt.cache_file = CACHE_NAME
        _done = True


def _drop_if_foreign(path: Path) -> None:
    try:
        st = path.lstat()
    except OSError:
        return
    foreign = (
        not stat.S_ISREG(st.st_mode)
        or (hasattr(os, "getuid") and st.st_uid != os.getuid())
        or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )
    if foreign:
        with contextlib.suppress(OSError):
            path.unlink()
