"""The newspaper as data: reading, reflow, segmentation, dates, search, export.

Pure Python: nothing here imports Textual. Names are imported on first use, so
that a module such as ``hnreader.corpus.fold`` can be used without loading the
segmenter (and jieba) behind ``load``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .loader import load, seeds_path
    from .model import Article, Corpus, Issue, Jump, LoadError, Masthead, Page

_WHERE = {
    "load": ".loader",
    "seeds_path": ".loader",
    "Article": ".model",
    "Corpus": ".model",
    "Issue": ".model",
    "Jump": ".model",
    "LoadError": ".model",
    "Masthead": ".model",
    "Page": ".model",
}

__all__ = [
    "Article",
    "Corpus",
    "Issue",
    "Jump",
    "LoadError",
    "Masthead",
    "Page",
    "load",
    "seeds_path",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
