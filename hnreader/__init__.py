"""hnreader: read and search the Hunan Daily (湖南日报) from raw page text."""

__version__ = "0.1.0"
