"""Values an article is counted under, indexed as the engine's facet fields.

``facet_values(article)`` gives ``reporter`` (names from the byline and
dateline), ``place`` (the dateline's place and the Hunan divisions named),
``column``, ``page`` and ``kind``; see :mod:`hnreader.analysis.facets`.
"""

from __future__ import annotations

from ..analysis.facets import facet_values

__all__ = ["facet_values"]
