"""Folding lives in :mod:`hnreader.search.fold`; this name stays for older imports."""

from ..search.fold import Folded, fold, fold_aligned, fold_char, fold_text

__all__ = ["Folded", "fold", "fold_aligned", "fold_char", "fold_text"]
