"""Maximum-weight matching of a bipartite graph (the Hungarian method).

Used where pieces must be paired one to one by the best joint evidence
(stitching a cut paragraph's tail to the piece that goes on it), so that
one strong pair does not take a piece another tail needs more.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


def max_weight_matching(weights: Mapping[tuple[int, int], float]) -> dict[int, int]:
    """row -> column, one to one, maximising the summed weight of the pairs
    kept; only pairs of positive weight are given or kept."""
    edges = {pair: w for pair, w in weights.items() if w > 0}
    if not edges:
        return {}
    rows = sorted({r for r, _ in edges})
    cols = sorted({c for _, c in edges})
    n, m = len(rows), max(len(rows), len(cols))
    # Minimise cost = -weight over an n x m matrix; a missing pair costs 0,
    # which is the same as leaving the row unmatched.
    cost = [[-edges.get((r, c), 0.0) for c in cols] + [0.0] * (m - len(cols)) for r in rows]
    assigned = _hungarian(cost, n, m)
    out = {}
    for i, j in assigned.items():
        if j < len(cols) and (rows[i], cols[j]) in edges:
            out[rows[i]] = cols[j]
    return out


def _hungarian(cost: list[list[float]], n: int, m: int) -> dict[int, int]:
    """The classic O(n^2 m) potentials method; n <= m. Returns row -> column."""
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # column -> row (1-based), 0: free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [math.inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return {owner[j] - 1: j - 1 for j in range(1, m + 1) if owner[j]}
