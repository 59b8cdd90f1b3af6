"""When is an approximate match near enough to show?

One rule, used wherever approximate matches are found (and small enough to
move with the search code): a query term of one or two characters matches only
itself (after folding: traditional, full-width and case forms); a longer term
matches text one character longer or shorter or of its length that holds all
but one of its characters in order. So 天心 never finds 今天…中心, and 茶旅融和
or 旅融合茶 still find 茶旅融合.
"""

from __future__ import annotations

SHORT = 2  # terms of at most this many characters match exactly or not at all


def in_order(a: str, b: str) -> int:
    """How many characters of ``a`` appear in ``b`` in the same order (LCS length)."""
    previous = [0] * (len(b) + 1)
    for ca in a:
        current = [0]
        for j, cb in enumerate(b):
            current.append(previous[j] + 1 if ca == cb else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def near_enough(term: str, found: str) -> bool:
    """Whether ``found`` (folded text) may be shown as a near match of ``term`` (folded)."""
    n = len(term)
    if n <= SHORT:
        return found == term
    if not n - 1 <= len(found) <= n + 1:
        return False
    return in_order(term, found) >= n - 1
