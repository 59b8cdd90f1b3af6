"""Search: the query language, folding, ranking and match offsets (one definition).

Pure Python; the engine it queries lives in :mod:`hnreader.archive.engine`.
"""
