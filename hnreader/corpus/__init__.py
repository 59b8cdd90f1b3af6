"""The newspaper as data: reading, reflow, segmentation, dates, search, export.

Pure Python: nothing here imports Textual.
"""

from .load import load, seeds_path
from .model import Article, Corpus, Issue, Jump, LoadError, Masthead, Page

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
