"""Analyst views over the archive: who and where writes, and how a topic moves in time.

Pure Python, no Textual: names and places read from bylines, datelines and text
(:mod:`.names`, :mod:`.places`), facet values and their counts (:mod:`.facets`),
counts per month or year (:mod:`.trend`), over rows from any source (:mod:`.rows`).
"""
